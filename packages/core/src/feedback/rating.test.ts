import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  FEEDBACK_LOW_RATING,
  FEEDBACK_RATING_LABELS,
  FEEDBACK_RATINGS,
  feedbackRatingLabel,
  isFeedbackRating,
  isLowFeedbackRating,
} from "./rating";

const glossary = readFileSync(new URL("../../../../docs/glossary.md", import.meta.url), "utf8");

describe("the citizen's rating scale", () => {
  it("is the whole numbers 1 to 5, nothing looser", () => {
    expect(FEEDBACK_RATINGS).toEqual([1, 2, 3, 4, 5]);
    for (const level of FEEDBACK_RATINGS) expect(isFeedbackRating(level)).toBe(true);
    for (const bad of [0, 6, 2.5, -1, "5", null, undefined, Number.NaN, "satisfied"])
      expect(isFeedbackRating(bad), String(bad)).toBe(false);
  });

  it("labels every level in Vietnamese and English, as the glossary does", () => {
    expect(Object.keys(FEEDBACK_RATING_LABELS)).toEqual(["1", "2", "3", "4", "5"]);
    const line = glossary.replace(/\s+/g, " ").match(/Rating \(`rating`[^)]*\):[^.]*\./)?.[0] ?? "";
    for (const level of FEEDBACK_RATINGS) {
      const { vi, en } = FEEDBACK_RATING_LABELS[level];
      expect(en.trim()).not.toBe("");
      expect(line, `glossary level ${level}`).toContain(`\`${level}\` (${vi})`);
    }
    expect(feedbackRatingLabel(1)).toBe("Rất không hài lòng");
    expect(feedbackRatingLabel(5, "en")).toBe("Very satisfied");
  });

  it("shows a value off the scale as it came (a newer or broken server)", () => {
    expect(feedbackRatingLabel("satisfied")).toBe("satisfied");
    expect(feedbackRatingLabel(7, "en")).toBe("7");
  });

  it("calls a rating low up to the rule's level, and reads the rule as data", () => {
    expect(FEEDBACK_LOW_RATING.atMost).toBe(2);
    expect(FEEDBACK_LOW_RATING.source).toMatch(/issue 16/);
    expect(FEEDBACK_RATINGS.filter((level) => isLowFeedbackRating(level))).toEqual([1, 2]);
    expect(
      FEEDBACK_RATINGS.filter((level) => isLowFeedbackRating(level, { atMost: 3, source: "t" })),
    ).toEqual([1, 2, 3]);
    expect(isLowFeedbackRating("1")).toBe(false);
    expect(isLowFeedbackRating(0)).toBe(false);
  });
});
