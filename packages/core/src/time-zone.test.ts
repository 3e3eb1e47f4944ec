import { describe, expect, it } from "vitest";

// Guard for vitest.config.ts: each project sets TZ; if the host time zone silently stayed the same, the
// "independent of the host TZ" tests would prove nothing.
const ZONES: Record<string, { names: string[]; januaryOffset: number }> = {
  // ICU may report Vietnam's zone under its older name.
  "Asia/Ho_Chi_Minh": { names: ["Asia/Ho_Chi_Minh", "Asia/Saigon"], januaryOffset: -420 },
  UTC: { names: ["UTC", "Etc/UTC"], januaryOffset: 0 },
  "America/New_York": { names: ["America/New_York"], januaryOffset: 300 },
};

describe("the test run's time zone", () => {
  it("is the one the project asked for", () => {
    const expected = process.env.CQS_EXPECTED_TZ;
    expect(expected, "run the suite through vitest.config.ts projects").toBeDefined();
    const zone = ZONES[expected ?? ""];
    expect(zone, `unexpected CQS_EXPECTED_TZ ${expected}`).toBeDefined();
    expect(zone?.names).toContain(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(new Date(2026, 0, 15, 12).getTimezoneOffset()).toBe(zone?.januaryOffset);
  });
});
