import { afterEach, describe, expect, it } from "vitest";
import {
  dayKey,
  dayNumberOfKey,
  mondayOf,
  safeDate,
  safeDateTime,
  safeTime,
  vietnamDay,
  weekdayOf,
} from "./dates";

const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

describe("safe formatters", () => {
  it("format dates in Vietnam time, leave malformed strings as written and show anything else as a dash", () => {
    expect(safeDate("2026-01-19T20:00:00Z")).toBe("20/01/2026");
    expect(safeDateTime("2026-01-19T20:00:00Z")).toBe("03:00 20/01/2026");
    expect(safeTime("2026-01-19T20:00:00Z")).toBe("03:00");
    expect(safeDate("hôm qua")).toBe("hôm qua");
    expect(safeDate(null)).toBe("—");
    expect(safeDateTime(42)).toBe("—");
  });
});

describe("Vietnam calendar days", () => {
  for (const zone of ["Asia/Ho_Chi_Minh", "UTC", "America/New_York", "Pacific/Kiritimati"]) {
    it(`group instants by their Vietnam date with the host in ${zone}`, () => {
      process.env.TZ = zone;
      expect(new Date("2026-11-26T00:00:00Z").getTimezoneOffset()).toBe(
        zone === "America/New_York" ? 300 : zone === "Pacific/Kiritimati" ? -840 : zone === "UTC" ? 0 : -420,
      );
      const thursday = dayNumberOfKey("2026-11-26");
      expect(vietnamDay("2026-11-26T23:59:00+07:00")).toBe(thursday);
      expect(vietnamDay("2026-11-26T17:00:00Z")).toBe((thursday as number) + 1); // 00:00 Friday in Vietnam
      expect(vietnamDay(new Date("2026-11-25T17:00:00Z"))).toBe(thursday);
      expect(dayKey(mondayOf(thursday as number))).toBe("2026-11-23");
      expect(weekdayOf(thursday as number)).toBe(3);
    });
  }

  it("refuses what is not a date rather than guessing", () => {
    expect(vietnamDay("26/11/2026")).toBeNull();
    expect(vietnamDay(undefined)).toBeNull();
    expect(dayNumberOfKey("2026-02-30")).toBeNull();
    expect(dayKey(mondayOf(dayNumberOfKey("2026-11-29") as number))).toBe("2026-11-23"); // Sunday
  });
});
