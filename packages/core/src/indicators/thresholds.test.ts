import { describe, expect, it } from "vitest";
import { indicatorFreshness, thresholdState } from "./thresholds";

describe("threshold state", () => {
  const below = { breachWhen: "below", warning: 95, alarm: 90 } as const;
  const above = { breachWhen: "above", warning: 300, alarm: 500 } as const;

  it("judges a value against levels that breach below or above", () => {
    expect(thresholdState(97, below)).toBe("normal");
    expect(thresholdState(95, below)).toBe("normal");
    expect(thresholdState(94.9, below)).toBe("warning");
    expect(thresholdState(89, below)).toBe("alarm");
    expect(thresholdState(120, above)).toBe("normal");
    expect(thresholdState(301, above)).toBe("warning");
    expect(thresholdState(800, above)).toBe("alarm");
  });

  it("works with one level only", () => {
    expect(thresholdState(50, { breachWhen: "above", alarm: 40 })).toBe("alarm");
    expect(thresholdState(30, { breachWhen: "above", warning: null, alarm: 40 })).toBe("normal");
    expect(thresholdState(30, { breachWhen: "below", warning: 35 })).toBe("warning");
  });

  it("never guesses: no thresholds, unreadable ones or no figure have their own states", () => {
    expect(thresholdState(10, null)).toBe("none");
    expect(thresholdState(10, undefined)).toBe("none");
    expect(thresholdState(10, { breachWhen: "sideways", warning: 1 })).toBe("none");
    expect(thresholdState(10, { breachWhen: "below", warning: null, alarm: Number.NaN })).toBe("none");
    expect(thresholdState(null, below)).toBe("no_data");
    expect(thresholdState(Number.POSITIVE_INFINITY, below)).toBe("no_data");
  });

  it("alarms even when the levels are set the wrong way round", () => {
    expect(thresholdState(80, { breachWhen: "below", warning: 70, alarm: 90 })).toBe("alarm");
  });
});

describe("freshness", () => {
  const now = Date.parse("2026-03-10T00:00:00+07:00");

  it("follows the reporting period", () => {
    expect(indicatorFreshness("2026-02-05T08:00:00+07:00", "month", now)).toBe("fresh");
    expect(indicatorFreshness("2026-01-05T08:00:00+07:00", "month", now)).toBe("stale");
    expect(indicatorFreshness("2026-01-05T08:00:00+07:00", "quarter", now)).toBe("fresh");
    expect(indicatorFreshness("2025-02-15T08:00:00+07:00", "year", now)).toBe("fresh");
    expect(indicatorFreshness("2024-12-31T08:00:00+07:00", "year", now)).toBe("stale");
  });

  it("is unknown for unreadable input", () => {
    expect(indicatorFreshness("yesterday", "month", now)).toBe("unknown");
    expect(indicatorFreshness(undefined, "month", now)).toBe("unknown");
    expect(indicatorFreshness("2026-02-05T08:00:00+07:00", "week", now)).toBe("unknown");
    expect(indicatorFreshness("2026-02-05T08:00:00+07:00", "toString", now)).toBe("unknown");
  });
});
