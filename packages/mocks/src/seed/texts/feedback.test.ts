import { describe, expect, it } from "vitest";
import { createRandom } from "../../random";
import { drawTimeBetween, formatVietnamDate, windowBefore } from "../dates";
import { SeedInputError } from "../errors";
import { agencyByKey, PRE_MERGER_MAP } from "../maps";
import { generateAddress, wardLabel } from "../places";
import {
  FEEDBACK_CATEGORIES,
  type FeedbackCategoryKey,
  feedbackAgencyKey,
  generateFeedbackReply,
  generateFeedbackReport,
  generateIntakeNote,
  generateInternalNote,
  pickFeedbackCategory,
  type ReplyState,
} from "./feedback";
import { CATEGORIES } from "./feedback-incidents";

const NOW = new Date("2024-11-20T10:00:00+07:00");
const STATES: readonly ReplyState[] = ["in_progress", "resolved", "rejected", "closed"];

describe("1022 feedback", () => {
  it("covers the nine categories of the task, each with incidents", () => {
    expect(FEEDBACK_CATEGORIES.map((c) => c.key).sort()).toEqual(
      [
        "administrative",
        "environment_pollution",
        "flooding",
        "illegal_construction",
        "noise",
        "public_order",
        "roads",
        "street_lighting",
        "waste_collection",
      ].sort(),
    );
    for (const key of Object.keys(CATEGORIES) as FeedbackCategoryKey[])
      expect(CATEGORIES[key].incidents.length).toBeGreaterThan(0);
  });

  it("writes reports with a concrete place and time of the slots", () => {
    const random = createRandom(1);
    for (const { key } of FEEDBACK_CATEGORIES)
      for (let i = 0; i < 100; i++) {
        const address = generateAddress(random);
        const at = drawTimeBetween(random, windowBefore(NOW, 30));
        const report = generateFeedbackReport(random, key, { address, at });
        expect(report.category).toBe(key);
        expect(report.title.length).toBeGreaterThan(10);
        expect(report.body.length).toBeGreaterThan(40);
        expect(`${report.title} ${report.body}`).not.toMatch(/undefined|NaN|\s{2}/);
        expect(report.body).toContain(formatVietnamDate(at));
        // Administrative complaints name the local one-stop desk, all others the place itself.
        if (key !== "administrative") expect(`${report.title} ${report.body}`).toContain(address.ward.name);
      }
  });

  it("replies about the same incident the report tells", () => {
    const random = createRandom(2);
    const address = generateAddress(random);
    const at = drawTimeBetween(random, windowBefore(NOW, 30));
    const agency = agencyByKey(feedbackAgencyKey("roads", address));
    const report = { category: "roads" as const, incident: 2 };
    const fix = CATEGORIES.roads.incidents[2]?.fix ?? "";
    const replies = Array.from({ length: 50 }, () =>
      generateFeedbackReply(random, report, "resolved", { address, at, agency }),
    );
    expect(replies.every((reply) => reply.includes(fix))).toBe(true);
  });

  it("has replies for every state and every incident", () => {
    const random = createRandom(3);
    for (const { key } of FEEDBACK_CATEGORIES)
      CATEGORIES[key].incidents.forEach((_, incident) => {
        for (const state of STATES) {
          const address = generateAddress(random);
          const agency = agencyByKey(feedbackAgencyKey(key, address));
          const reply = generateFeedbackReply(random, { category: key, incident }, state, {
            address,
            at: NOW,
            agency,
          });
          expect(reply.length).toBeGreaterThan(30);
          expect(reply).not.toMatch(/undefined|NaN|\s{2}/);
        }
      });
  });

  it("refuses a reply to an incident that does not exist", () => {
    const address = generateAddress(createRandom(4));
    const slots = { address, at: NOW, agency: agencyByKey("sxd") };
    expect(() =>
      generateFeedbackReply(createRandom(4), { category: "noise", incident: 9 }, "resolved", slots),
    ).toThrow(SeedInputError);
  });

  it("routes provincial roads to the transport department and local matters to the local committee", () => {
    const random = createRandom(5);
    for (let i = 0; i < 300; i++) {
      const address = generateAddress(random);
      const onProvincialRoad = address.street !== null && /^(Quốc lộ|đường ĐT)/.test(address.street);
      expect(feedbackAgencyKey("roads", address)).toBe(
        onProvincialRoad ? "sxd" : `ubnd_${address.locality.key}`,
      );
      expect(feedbackAgencyKey("noise", address)).toBe(`ubnd_${address.locality.key}`);
    }
    expect(feedbackAgencyKey("environment_pollution", generateAddress(random))).toBe("snnmt");
    expect(feedbackAgencyKey("administrative", generateAddress(random))).toBe("ttpvhcc");
    const before = generateAddress(random, { map: PRE_MERGER_MAP });
    expect(feedbackAgencyKey("environment_pollution", before, PRE_MERGER_MAP)).toBe("stnmt");
  });

  it("writes intake and internal notes without any phone number or ID", () => {
    const random = createRandom(6);
    for (let i = 0; i < 300; i++) {
      const address = generateAddress(random);
      const intake = generateIntakeNote(
        random,
        NOW,
        random.pick(["phone", "zalo", "app", "facebook", "email", "web"]),
      );
      const note = generateInternalNote(random, { address, at: NOW });
      for (const text of [intake, note]) {
        expect(text).not.toMatch(/\d{9,}/);
        expect(text.length).toBeGreaterThan(20);
      }
      if (note.includes("Công an")) expect(note).toContain(wardLabel(address.ward));
    }
  });

  it("draws every category, roads more often than noise", () => {
    const random = createRandom(7);
    const keys = Array.from({ length: 10_000 }, () => pickFeedbackCategory(random));
    expect(new Set(keys).size).toBe(9);
    expect(keys.filter((k) => k === "roads").length).toBeGreaterThan(
      keys.filter((k) => k === "noise").length,
    );
  });
});
