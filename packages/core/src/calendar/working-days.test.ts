import { describe, expect, it } from "vitest";
import { addWorkingDays, workingDaysBetween } from "./working-days";

// The bundled 2026 notice: Tết is Monday 16 to Friday 20 February; Saturday 10 January is worked (make-up day).
describe("working days between two days", () => {
  it("counts the working days after the first day, up to and including the last", () => {
    expect(workingDaysBetween("2026-01-16", "2026-01-19")).toBe(1); // Friday → Monday
    expect(workingDaysBetween("2026-01-09", "2026-01-12")).toBe(2); // the make-up Saturday counts
    expect(workingDaysBetween("2026-01-12", "2026-01-12")).toBe(0);
    expect(workingDaysBetween("2026-01-12", "2026-01-16")).toBe(4);
    expect(workingDaysBetween("2026-01-16", "2026-01-12")).toBe(-4);
  });

  it("skips Tết and reads only the day of an instant", () => {
    const beforeTet = "2026-02-13T16:00:00+07:00";
    const afterTet = "2026-02-23";
    expect(workingDaysBetween(beforeTet, afterTet)).toBe(1);
    expect(addWorkingDays("2026-02-13", 1)).toBe("2026-02-23");
    expect(addWorkingDays("2026-02-23", -1)).toBe("2026-02-13");
  });

  it("is the inverse of adding working days", () => {
    for (const amount of [1, 3, 10, 25, -7]) {
      const day = addWorkingDays("2026-01-05", amount);
      expect(workingDaysBetween("2026-01-05", day)).toBe(amount);
    }
    expect(addWorkingDays("2026-01-10", 0)).toBe("2026-01-10");
  });

  it("refuses spans that can only be typing slips", () => {
    expect(() => workingDaysBetween("2026-01-01", "20026-01-01")).toThrow();
    expect(() => addWorkingDays("2026-01-01", 1.5)).toThrow(/amount/);
    expect(() => workingDaysBetween("2026-01-01", "2040-01-01")).toThrow(/from/);
  });
});
