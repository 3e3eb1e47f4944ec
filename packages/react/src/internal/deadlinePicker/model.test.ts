import { defaultCalendar } from "@chinhquyenso/core";
import { describe, expect, it } from "vitest";
import {
  boundsOf,
  deadlineInstant,
  formatDayKey,
  monthWeeks,
  parseTypedDate,
  pickerDay,
  shiftDayByMonths,
  shiftMonth,
} from "./model";

const calendar = defaultCalendar();

describe("typed dates", () => {
  it("reads day first, with or without leading zeros, and says why it cannot", () => {
    expect(parseTypedDate("17/02/2026")).toEqual({ ok: true, day: "2026-02-17" });
    expect(parseTypedDate(" 5-1-2027 ")).toEqual({ ok: true, day: "2027-01-05" });
    expect(parseTypedDate("31/02/2026")).toEqual({ ok: false, error: "no_such_day" });
    expect(parseTypedDate("2026-02-17")).toEqual({ ok: false, error: "format" });
    expect(parseTypedDate("")).toEqual({ ok: false, error: "empty" });
    expect(formatDayKey("2027-01-05")).toBe("05/01/2027");
    expect(deadlineInstant("2027-01-05")).toBe("2027-01-05T17:00:00+07:00");
  });
});

describe("the month grid", () => {
  it("starts weeks on Monday and leaves the neighbouring months' days empty", () => {
    const weeks = monthWeeks("2026-02");
    // 1 February 2026 is a Sunday.
    expect(weeks[0]).toEqual([null, null, null, null, null, null, "2026-02-01"]);
    expect(weeks.at(-1)?.filter(Boolean).at(-1)).toBe("2026-02-28");
    expect(weeks.flat().filter(Boolean)).toHaveLength(28);
  });

  it("moves by months within the target month", () => {
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftDayByMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(shiftDayByMonths("2026-03-15", -12)).toBe("2025-03-15");
  });
});

describe("what a day is for the picker", () => {
  const bounds = boundsOf("2026-02-12", 1, 10, calendar);

  it("counts bounds in working days across Tết", () => {
    // Thursday 12 February 2026; Tết is Monday 16 to Friday 20: the next working day is Friday 13.
    expect(bounds.min).toBe("2026-02-13");
    expect(bounds.max).toBe("2026-03-05");
  });

  it("names a day off, refuses it, and counts working days to the others", () => {
    const tet = pickerDay("2026-02-17", bounds, calendar, "vi", "Nghỉ cuối tuần");
    expect(tet).toMatchObject({ working: false, offKind: "holiday", problem: "day_off" });
    expect(tet.offLabel).toMatch(/^Tết Nguyên đán .* — Ngày lễ, Tết$/);
    expect(pickerDay("2026-02-21", bounds, calendar, "en", "Weekend")).toMatchObject({
      offKind: "weekend",
      offLabel: "Weekend",
    });
    expect(pickerDay("2026-02-23", bounds, calendar, "vi", "")).toMatchObject({
      working: true,
      workingDays: 2,
      problem: null,
    });
    expect(pickerDay("2026-02-12", bounds, calendar, "vi", "").problem).toBe("before_min");
    expect(pickerDay("2026-03-06", bounds, calendar, "vi", "").problem).toBe("after_max");
  });
});
