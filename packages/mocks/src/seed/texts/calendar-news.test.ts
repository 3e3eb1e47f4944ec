import { describe, expect, it } from "vitest";
import { createRandom } from "../../random";
import { AGENCIES } from "../agencies";
import { generateEventLocation, generateEventTitle, generateMeetingAgenda } from "./calendar";
import { generateNewsItem } from "./news";

describe("work calendar and meetings", () => {
  it("titles events and places them", () => {
    const random = createRandom(1);
    const titles = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const agency = random.pick(AGENCIES);
      const title = generateEventTitle(random, agency);
      titles.add(title);
      expect(title).not.toMatch(/undefined|\s{2}/);
      expect(generateEventLocation(random, agency).length).toBeGreaterThan(5);
    }
    expect(titles.size).toBeGreaterThan(100);
  });

  it("frames agendas with an opening and the chair's conclusions around distinct items", () => {
    const random = createRandom(2);
    for (let i = 0; i < 200; i++) {
      const agenda = generateMeetingAgenda(random, 2025);
      expect(agenda.length).toBeGreaterThanOrEqual(5);
      expect(agenda.length).toBeLessThanOrEqual(7);
      expect(agenda[0]).toMatch(/^Khai mạc/);
      expect(agenda.at(-1)).toMatch(/^Kết luận/);
      expect(new Set(agenda).size).toBe(agenda.length);
    }
  });
});

describe("news", () => {
  it("writes headlines with summaries for news and reference news", () => {
    const random = createRandom(3);
    for (const kind of ["news", "reference"] as const)
      for (let i = 0; i < 100; i++) {
        const { headline, summary } = generateNewsItem(random, kind, 2024);
        expect(headline.length).toBeGreaterThan(15);
        expect(headline.length).toBeLessThan(140);
        expect(summary.length).toBeGreaterThan(headline.length / 2);
        expect(summary).toMatch(/[.!]$/);
        expect(`${headline} ${summary}`).not.toMatch(/undefined|NaN|\s{2}/);
      }
  });
});
