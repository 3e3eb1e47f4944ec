import { describe, expect, it } from "vitest";
import { createCalendar } from "../calendar/calendar";
import { CalendarCoverageError, InvalidInputError } from "../errors";
import { remainingWorkingTime, workingTimeBetween } from "./measure";

describe("workingTimeBetween", () => {
  it("counts only office time", () => {
    expect(workingTimeBetween("2026-03-02T09:00:00+07:00", "2026-03-02T15:00:00+07:00").hours).toBe(4);
    expect(workingTimeBetween("2026-03-02T17:00:00+07:00", "2026-03-03T07:00:00+07:00").milliseconds).toBe(0);
    expect(workingTimeBetween("2026-03-06T09:00:00+07:00", "2026-03-09T09:00:00+07:00")).toEqual({
      milliseconds: 8 * 3_600_000,
      hours: 8,
      workingDays: 1,
    });
    // Tết 2026: nothing counts from Friday 13/02 17:00 to Monday 23/02 07:00.
    expect(workingTimeBetween("2026-02-13T17:00:00+07:00", "2026-02-23T07:00:00+07:00").hours).toBe(0);
  });

  it("is negative when measured backwards", () => {
    expect(workingTimeBetween("2026-03-03T09:00:00+07:00", "2026-03-02T09:00:00+07:00").workingDays).toBe(-1);
  });

  it("rejects bad instants with typed errors, and years without a notice on a strict calendar", () => {
    expect(() => workingTimeBetween("2026-13-01", "2026-03-02")).toThrow(InvalidInputError);
    // By default 2027 comes from the statute: Thu 31/12 and Mon 04/01 (Fri 01/01 is New Year's Day).
    expect(workingTimeBetween("2026-12-30T17:00:00+07:00", "2027-01-04T17:00:00+07:00").workingDays).toBe(2);
    const calendar = createCalendar({ uncoveredYears: "error" });
    expect(() => workingTimeBetween("2026-12-30", "2027-01-05", { calendar })).toThrow(CalendarCoverageError);
  });
});

describe("remainingWorkingTime", () => {
  it("is the office time left, negative once overdue", () => {
    expect(remainingWorkingTime("2026-03-04T09:00:00+07:00", "2026-03-02T09:00:00+07:00").workingDays).toBe(
      2,
    );
    expect(remainingWorkingTime("2026-03-02T09:00:00+07:00", "2026-03-02T14:30:00+07:00").hours).toBe(-3.5);
  });

  it("names the argument that was malformed", () => {
    expect(() => remainingWorkingTime("2026-03-04", "soon")).toThrow(/^now: "soon" is not an ISO 8601/);
  });
});
