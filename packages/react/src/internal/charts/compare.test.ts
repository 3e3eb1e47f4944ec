import { describe, expect, it } from "vitest";
import { changeBetween, targetStanding } from "./compare";

describe("changeBetween", () => {
  it("gives direction, absolute and relative change, judged only with a polarity", () => {
    expect(changeBetween(7.1, 6.8)).toMatchObject({ direction: "up", sentiment: "neutral" });
    expect(changeBetween(7.1, 6.8, "higher_is_better")?.sentiment).toBe("good");
    expect(changeBetween(7.1, 6.8, "lower_is_better")?.sentiment).toBe("bad");
    expect(changeBetween(80, 100, "lower_is_better")).toEqual({
      direction: "down",
      absolute: -20,
      relative: -0.2,
      sentiment: "good",
    });
  });

  it("has no ratio to a zero and no change without both values", () => {
    expect(changeBetween(12, 0)?.relative).toBeNull();
    expect(changeBetween(-5, -10)?.relative).toBe(0.5);
    expect(changeBetween(null, 3)).toBeNull();
    expect(changeBetween(3, null)).toBeNull();
    expect(changeBetween(3, 3, "higher_is_better")).toMatchObject({
      direction: "flat",
      sentiment: "neutral",
    });
  });
});

describe("targetStanding", () => {
  it("reads at-least and at-most targets, and does not judge without a polarity", () => {
    expect(targetStanding(96, 100, "higher_is_better")).toEqual({
      polarity: "higher_is_better",
      ratio: 0.96,
      met: false,
      sentiment: "bad",
    });
    expect(targetStanding(80, 100, "lower_is_better")).toMatchObject({ met: true, sentiment: "good" });
    expect(targetStanding(80, 100)).toMatchObject({ met: null, sentiment: "neutral", ratio: 0.8 });
    expect(targetStanding(5, 0, "higher_is_better")).toMatchObject({ ratio: null, met: true });
    expect(targetStanding(null, 100)).toBeNull();
  });
});
