import { describe, expect, it } from "vitest";
import { isKnownTimeliness, TIMELINESS_LABELS } from "./labels";

describe("timeliness labels", () => {
  it("cover the same values in every locale", () => {
    expect(Object.keys(TIMELINESS_LABELS.en).sort()).toEqual(Object.keys(TIMELINESS_LABELS.vi).sort());
  });

  it("recognise only their own values", () => {
    expect(isKnownTimeliness("overdue")).toBe(true);
    expect(isKnownTimeliness("toString")).toBe(false);
    expect(isKnownTimeliness("paused")).toBe(false);
  });
});
