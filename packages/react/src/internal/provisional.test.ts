import { defaultCalendar } from "@chinhquyenso/core";
import { describe, expect, it } from "vitest";
import { provisionalYears, yearsSpanned } from "./provisional";

describe("provisional years of a displayed date", () => {
  it("spans Vietnam-time years in either order", () => {
    expect(yearsSpanned("2026-12-30T09:00:00+07:00", "2028-01-04T09:00:00+07:00")).toEqual([
      2026, 2027, 2028,
    ]);
    // 31/12/2026 17:30 UTC is already 2027 in Vietnam.
    expect(yearsSpanned("2026-12-31T17:30:00Z", new Date("2026-06-01T00:00:00Z"))).toEqual([2026, 2027]);
  });

  it("depends on nothing for missing or malformed dates", () => {
    expect(yearsSpanned(undefined, "2027-01-04")).toEqual([]);
    expect(yearsSpanned("not a date", "2027-01-04")).toEqual([]);
    expect(yearsSpanned("1990-01-01", "2027-01-04")).toEqual([]);
  });

  it("keeps the years without an official notice", () => {
    const calendar = defaultCalendar();
    expect(provisionalYears(calendar, "2026-12-30T09:00:00+07:00", "2027-01-04T09:00:00+07:00")).toEqual([
      2027,
    ]);
    expect(provisionalYears(calendar, "2026-03-02", "2026-03-09")).toEqual([]);
    const with2027 = calendar.withHolidays({
      year: 2027,
      items: [{ date: "2027-01-01", kind: "holiday", name: "x" }],
    });
    expect(provisionalYears(with2027, "2026-12-30", "2027-01-04")).toEqual([]);
  });
});
