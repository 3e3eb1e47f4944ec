import { describe, expect, it } from "vitest";
import { createCalendar } from "../calendar/calendar";
import { CalendarCoverageError, InvalidInputError } from "../errors";
import { dueDate } from "./due-date";

const wd = (amount: number) => ({ amount, unit: "working_day" as const });
const hours = (amount: number) => ({ amount, unit: "hour" as const });
const days = (amount: number) => ({ amount, unit: "calendar_day" as const });

describe("dueDate — intake", () => {
  it("counts a working day as the same time on the next working day", () => {
    expect(dueDate("2026-03-02T09:00:00+07:00", wd(1))).toBe("2026-03-03T09:00:00+07:00");
    expect(dueDate("2026-03-02T09:00:00+07:00", wd(5))).toBe("2026-03-09T09:00:00+07:00");
  });

  it("counts intake after 17:00 from the next working morning", () => {
    // Friday evening → Monday 07:00, plus 8 office hours → Monday 17:00.
    expect(dueDate("2026-03-06T18:30:00+07:00", wd(1))).toBe("2026-03-09T17:00:00+07:00");
    // 17:00 sharp leaves no office time that day either.
    expect(dueDate("2026-03-06T17:00:00+07:00", hours(1))).toBe("2026-03-09T08:00:00+07:00");
  });

  it("counts intake during the lunch break from 13:30", () => {
    expect(dueDate("2026-03-02T12:10:00+07:00", hours(1))).toBe("2026-03-02T14:30:00+07:00");
    expect(dueDate("2026-03-02T11:30:00+07:00", hours(1))).toBe("2026-03-02T14:30:00+07:00");
  });

  it("counts intake before opening from 07:00 and on a day off from the next working morning", () => {
    expect(dueDate("2026-03-02T05:45:00+07:00", hours(2))).toBe("2026-03-02T09:00:00+07:00");
    expect(dueDate("2026-03-07T10:00:00+07:00", hours(2))).toBe("2026-03-09T09:00:00+07:00");
  });

  it("ends a duration that uses up a period at its end, not at the next opening", () => {
    expect(dueDate("2026-03-02T07:00:00+07:00", wd(1))).toBe("2026-03-02T17:00:00+07:00");
    expect(dueDate("2026-03-02T07:00:00+07:00", hours(4.5))).toBe("2026-03-02T11:30:00+07:00");
  });

  it("returns the start of counting for a zero duration", () => {
    expect(dueDate("2026-03-02T18:00:00+07:00", wd(0))).toBe("2026-03-03T07:00:00+07:00");
    expect(dueDate("2026-03-02T12:00:00+07:00", hours(0))).toBe("2026-03-02T13:30:00+07:00");
  });
});

describe("dueDate — units", () => {
  it("treats 8 office hours as one working day and allows fractions", () => {
    expect(dueDate("2026-03-02T09:00:00+07:00", hours(8))).toBe(dueDate("2026-03-02T09:00:00+07:00", wd(1)));
    // 09:00 + 4 h: 2.5 h before lunch, 1.5 h after 13:30.
    expect(dueDate("2026-03-02T09:00:00+07:00", wd(0.5))).toBe("2026-03-02T15:00:00+07:00");
    // 10 h: 6 h on Monday, then 07:00 + 4 h on Tuesday.
    expect(dueDate("2026-03-02T09:00:00+07:00", wd(1.25))).toBe("2026-03-03T11:00:00+07:00");
    expect(dueDate("2026-03-02T09:00:00+07:00", hours(0.1))).toBe("2026-03-02T09:06:00+07:00");
  });

  it("counts calendar days over weekends but never ends on a day off", () => {
    expect(dueDate("2026-03-02T09:00:00+07:00", days(3))).toBe("2026-03-05T09:00:00+07:00");
    expect(dueDate("2026-03-02T09:00:00+07:00", days(10))).toBe("2026-03-12T09:00:00+07:00");
    // Friday + 1 day = Saturday → Monday, when the office opens.
    expect(dueDate("2026-03-06T09:00:00+07:00", days(1))).toBe("2026-03-09T07:00:00+07:00");
    // Friday + 2 = Sunday 26/04/2026 (Giỗ Tổ Hùng Vương), Monday 27 is its compensatory day → Tuesday.
    expect(dueDate("2026-04-24T10:00:00+07:00", days(2))).toBe("2026-04-28T07:00:00+07:00");
  });

  it("keeps calendar-day due dates in order of intake across a weekend", () => {
    const thursday = dueDate("2026-03-05T10:00:00+07:00", days(3));
    const friday = dueDate("2026-03-06T08:00:00+07:00", days(3));
    expect([thursday, friday]).toEqual(["2026-03-09T07:00:00+07:00", "2026-03-09T08:00:00+07:00"]);
  });

  it("starts calendar days at the next working morning; a fraction is a fraction of 24 hours", () => {
    expect(dueDate("2026-03-06T18:00:00+07:00", days(1))).toBe("2026-03-10T07:00:00+07:00");
    // Monday 09:00 + 1.25 days = Tuesday 15:00.
    expect(dueDate("2026-03-02T09:00:00+07:00", days(1.25))).toBe("2026-03-03T15:00:00+07:00");
    // Monday 09:00 + 0.5 day = 21:00, after hours → Tuesday 07:00.
    expect(dueDate("2026-03-02T09:00:00+07:00", days(0.5))).toBe("2026-03-03T07:00:00+07:00");
  });
});

describe("dueDate — the holiday calendar", () => {
  it("skips the 2026 Tết break (14–22 February)", () => {
    expect(dueDate("2026-02-13T09:00:00+07:00", wd(1))).toBe("2026-02-23T09:00:00+07:00");
    expect(dueDate("2026-02-13T18:00:00+07:00", wd(3))).toBe("2026-02-25T17:00:00+07:00");
  });

  it("counts a make-up Saturday as a working day and skips the swapped Monday", () => {
    // 22/08/2026 is worked in exchange for 31/08; 01–02/09 is National Day.
    expect(dueDate("2026-08-21T09:00:00+07:00", wd(1))).toBe("2026-08-22T09:00:00+07:00");
    expect(dueDate("2026-08-28T09:00:00+07:00", wd(1))).toBe("2026-09-03T09:00:00+07:00");
  });

  it("skips compensatory days (2024 Tết: 13–14 February)", () => {
    expect(dueDate("2024-02-07T09:00:00+07:00", wd(1))).toBe("2024-02-15T09:00:00+07:00");
  });

  it("computes a year without an official notice from the statute (provisionally)", () => {
    // The cases, provable from Labour Code 2019 Art. 112 alone (2027 has no notice).
    // 01/01/2027 is a Friday: Thu 31/12 and Mon 04/01 are the two working days.
    expect(dueDate("2026-12-30T09:00:00+07:00", wd(2))).toBe("2027-01-04T09:00:00+07:00");
    // 16/04/2027 is 10/3 lunar (Hùng Kings' day, a Friday).
    expect(dueDate("2027-04-15T09:00:00+07:00", wd(2))).toBe("2027-04-20T09:00:00+07:00");
    // 30/04 is a Friday, 01/05 a Saturday: its compensatory day is Monday 03/05.
    expect(dueDate("2027-04-29T09:00:00+07:00", wd(2))).toBe("2027-05-05T09:00:00+07:00");
    // Tết 2027 (Sat 06/02): 04–08/02 and compensatory 09–10/02.
    expect(dueDate("2027-02-03T09:00:00+07:00", wd(1))).toBe("2027-02-11T09:00:00+07:00");
    // 02/09/2027 is a Thursday: the adjacent day is Friday 03/09.
    expect(dueDate("2027-09-01T09:00:00+07:00", wd(1))).toBe("2027-09-06T09:00:00+07:00");
  });

  it("throws a typed error for a year without a notice when the calendar is strict, naming the year", () => {
    const strict = createCalendar({ uncoveredYears: "error" });
    const error = catchError(() => dueDate("2026-12-28T09:00:00+07:00", wd(10), { calendar: strict }));
    expect(error).toBeInstanceOf(CalendarCoverageError);
    expect(error).toMatchObject({ code: "year_not_covered", year: 2027, coveredYears: [2024, 2025, 2026] });
    expect(catchError(() => dueDate("2023-12-29T09:00:00+07:00", wd(1), { calendar: strict }))).toMatchObject(
      {
        year: 2023,
      },
    );
  });

  it("assumes weekends only for an uncovered year when the caller chooses it, and warns once", () => {
    const warnings: number[] = [];
    const calendar = createCalendar({
      uncoveredYears: "assume_weekends",
      onWarning: (warning) => warnings.push(warning.year),
    });
    expect(dueDate("2026-12-28T09:00:00+07:00", wd(10), { calendar })).toBe("2027-01-11T09:00:00+07:00");
    expect(dueDate("2026-12-30T09:00:00+07:00", wd(2), { calendar })).toBe("2027-01-01T09:00:00+07:00");
    expect(warnings).toEqual([2027]);
  });

  it("uses a year loaded at run time from the holidays endpoint", () => {
    const calendar = createCalendar().withHolidays({
      year: 2027,
      items: [
        { date: "2027-01-01", kind: "holiday", name: "Tết Dương lịch", source: "Bộ luật Lao động 2019" },
      ],
    });
    expect(dueDate("2026-12-31T09:00:00+07:00", wd(1), { calendar })).toBe("2027-01-04T09:00:00+07:00");
  });
});

describe("dueDate — clock pauses", () => {
  const start = "2026-03-02T09:00:00+07:00"; // Monday; 5 working days → Monday 09/03 09:00

  it("pushes the due date by the office time of a pause", () => {
    const pauses = [{ from: "2026-03-03T09:00:00+07:00", to: "2026-03-04T09:00:00+07:00" }];
    expect(dueDate(start, wd(5), { pauses })).toBe("2026-03-10T09:00:00+07:00");
  });

  it("counts only office time of a pause over a weekend", () => {
    // Friday 16:00 → Monday 08:00 is 1 h + 1 h of office time.
    const pauses = [{ from: "2026-03-06T16:00:00+07:00", to: "2026-03-09T08:00:00+07:00" }];
    expect(dueDate(start, wd(5), { pauses })).toBe("2026-03-09T11:00:00+07:00");
  });

  it("ignores a pause that starts after the due date and clips one before intake", () => {
    const late = [{ from: "2026-03-10T09:00:00+07:00", to: "2026-03-11T09:00:00+07:00" }];
    expect(dueDate(start, wd(5), { pauses: late })).toBe("2026-03-09T09:00:00+07:00");
    const early = [{ from: "2026-03-02T07:00:00+07:00", to: "2026-03-02T10:00:00+07:00" }];
    expect(dueDate(start, wd(5), { pauses: early })).toBe("2026-03-09T10:00:00+07:00");
  });

  it("merges overlapping pauses instead of counting the overlap twice", () => {
    const pauses = [
      { from: "2026-03-03T08:00:00+07:00", to: "2026-03-03T10:00:00+07:00" },
      { from: "2026-03-03T09:00:00+07:00", to: "2026-03-03T11:00:00+07:00" },
    ];
    // 08:00–11:00 is 3 h, not 4: 09:00 + 3 h of office time = 14:00 after the lunch break.
    expect(dueDate(start, wd(5), { pauses })).toBe("2026-03-09T14:00:00+07:00");
  });

  it("lets a pause pushed into range by an earlier one push as well", () => {
    const pauses = [
      { from: "2026-03-09T08:00:00+07:00", to: "2026-03-09T10:00:00+07:00" }, // before the due date: +2 h
      { from: "2026-03-09T10:30:00+07:00", to: "2026-03-09T11:00:00+07:00" }, // before the pushed one: +0.5 h
    ];
    expect(dueDate(start, wd(5), { pauses })).toBe("2026-03-09T11:30:00+07:00");
  });

  it("measures an open pause until now, and needs now for it", () => {
    const pauses = [{ from: "2026-03-03T09:00:00+07:00", to: null, status: "awaiting_supplement" }];
    expect(dueDate(start, wd(5), { pauses, now: "2026-03-03T11:00:00+07:00" })).toBe(
      "2026-03-09T11:00:00+07:00",
    );
    expect(catchError(() => dueDate(start, wd(5), { pauses }))).toMatchObject({
      code: "open_pause_without_now",
      field: "now",
    });
  });

  it("rejects a pause that ends before it starts", () => {
    const pauses = [{ from: "2026-03-04T09:00:00+07:00", to: "2026-03-03T09:00:00+07:00" }];
    expect(catchError(() => dueDate(start, wd(5), { pauses }))).toMatchObject({
      code: "invalid_pause",
      field: "pauses[0]",
    });
  });

  it("pushes calendar-day due dates by office time too", () => {
    const pauses = [{ from: "2026-03-03T09:00:00+07:00", to: "2026-03-03T11:00:00+07:00" }];
    expect(dueDate(start, days(3), { pauses })).toBe("2026-03-05T11:00:00+07:00");
  });
});

describe("dueDate — time zones and input", () => {
  it("gives the same +07:00 result for the same instant written with any offset or as a Date", () => {
    const expected = "2026-03-03T09:00:00+07:00";
    expect(dueDate("2026-03-02T02:00:00Z", wd(1))).toBe(expected);
    expect(dueDate("2026-03-01T21:00:00-05:00", wd(1))).toBe(expected);
    expect(dueDate(new Date(Date.UTC(2026, 2, 2, 2)), wd(1))).toBe(expected);
    // A date-time without offset is Vietnam time, whatever the host's zone.
    expect(dueDate("2026-03-02T09:00", wd(1))).toBe(expected);
  });

  it("keeps milliseconds only when there are some", () => {
    expect(dueDate("2026-03-02T09:00:00.250+07:00", hours(1))).toBe("2026-03-02T10:00:00.250+07:00");
  });

  it("rejects malformed durations and instants with typed errors naming the field", () => {
    const cases: [() => unknown, string][] = [
      [() => dueDate("2026-03-02T09:00:00+07:00", wd(-1)), "duration.amount"],
      [() => dueDate("2026-03-02T09:00:00+07:00", wd(Number.NaN)), "duration.amount"],
      [() => dueDate("2026-03-02T09:00:00+07:00", wd(Number.POSITIVE_INFINITY)), "duration.amount"],
      [() => dueDate("2026-03-02T09:00:00+07:00", { amount: 1, unit: "week" as "hour" }), "duration.unit"],
      [() => dueDate("2026-02-30T09:00:00+07:00", wd(1)), "receivedAt"],
      [() => dueDate("yesterday", wd(1)), "receivedAt"],
      [() => dueDate(new Date(Number.NaN), wd(1)), "receivedAt"],
    ];
    for (const [call, field] of cases) {
      const error = catchError(call);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error).toMatchObject({ field });
    }
  });
});

describe("dueDate — agency office hours", () => {
  it("uses the agency's hours; one working day is their total", () => {
    const calendar = createCalendar({
      officeHours: [
        { start: "07:30", end: "11:30" },
        { start: "13:30", end: "17:00" },
      ],
    });
    expect(calendar.workingDayMs).toBe(7.5 * 3_600_000);
    expect(dueDate("2026-03-02T12:00:00+07:00", hours(4), { calendar })).toBe("2026-03-03T08:00:00+07:00");
    expect(dueDate("2026-03-02T09:00:00+07:00", wd(1), { calendar })).toBe("2026-03-03T09:00:00+07:00");
  });
});

function catchError(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}
