import { describe, expect, it } from "vitest";
import { createRandom } from "../../random";
import { CURRENT_MAP, PRE_MERGER_MAP } from "../maps";
import { generateEventLocation, generateEventTitle, generateMeetingAgenda } from "./calendar";
import { generateNewsItem } from "./news";

describe("work calendar and meetings", () => {
  it("titles events and places them", () => {
    const random = createRandom(1);
    const titles = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const agency = random.pick(CURRENT_MAP.agencies);
      const title = generateEventTitle(random, agency);
      titles.add(title);
      expect(title).not.toMatch(/undefined|\s{2}|huyện|tỉnh/);
      const location = generateEventLocation(random, agency);
      expect(location.length).toBeGreaterThan(5);
      expect(location).not.toMatch(/huyện|tỉnh/);
    }
    expect(titles.size).toBeGreaterThan(100);
    const before = Array.from({ length: 300 }, () =>
      generateEventTitle(random, random.pick(PRE_MERGER_MAP.agencies), PRE_MERGER_MAP),
    );
    expect(before.some((title) => /huyện|thành phố|tỉnh/.test(title))).toBe(true);
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
        const { headline, summary } = generateNewsItem(random, kind, 2026);
        expect(headline.length).toBeGreaterThan(15);
        expect(headline.length).toBeLessThan(140);
        expect(summary.length).toBeGreaterThan(headline.length / 2);
        expect(summary).toMatch(/[.!]$/);
        expect(`${headline} ${summary}`).not.toMatch(/undefined|NaN|\s{2}|Bình Dương đẩy|huyện|UBND tỉnh/);
      }
    const before = Array.from({ length: 300 }, () => generateNewsItem(random, "news", 2024, PRE_MERGER_MAP));
    expect(before.some((item) => item.headline.startsWith("Bình Dương đẩy mạnh"))).toBe(true);
  });
});
