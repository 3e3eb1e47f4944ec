import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors";
import { lunarDate } from "./lunar";

// Tết (1/1) and the Hùng Kings' commemoration (10/3) of the Vietnamese lunar calendar, 1985–2030, as published
// by python-holidays (vacanza/holidays@c382fdec, holidays/calendars/chinese.py, MIT): its Chinese-calendar
// tables LUNAR_NEW_YEAR_DATES and HUNG_KINGS_DATES (from the Hong Kong Observatory's published calendar), with
// the years where the Vietnamese calendar differs replaced from VIETNAMESE_CALENDAR_LUNAR_NEW_YEAR_DATES and
// VIETNAMESE_CALENDAR_HUNG_KINGS_DATES (1985, 2007 and 2030 for Tết; 2009 for the Hùng Kings). Cross-checked
// below against independent sources for the years they cover.
const PUBLISHED: readonly (readonly [year: number, tet: string, hungKings: string])[] = [
  [1985, "01-21", "04-29"],
  [1986, "02-09", "04-18"],
  [1987, "01-29", "04-07"],
  [1988, "02-17", "04-25"],
  [1989, "02-06", "04-15"],
  [1990, "01-27", "04-05"],
  [1991, "02-15", "04-24"],
  [1992, "02-04", "04-12"],
  [1993, "01-23", "04-01"],
  [1994, "02-10", "04-20"],
  [1995, "01-31", "04-09"],
  [1996, "02-19", "04-27"],
  [1997, "02-07", "04-16"],
  [1998, "01-28", "04-06"],
  [1999, "02-16", "04-25"],
  [2000, "02-05", "04-14"],
  [2001, "01-24", "04-03"],
  [2002, "02-12", "04-22"],
  [2003, "02-01", "04-11"],
  [2004, "01-22", "04-28"],
  [2005, "02-09", "04-18"],
  [2006, "01-29", "04-07"],
  [2007, "02-17", "04-26"],
  [2008, "02-07", "04-15"],
  [2009, "01-26", "04-04"],
  [2010, "02-14", "04-23"],
  [2011, "02-03", "04-12"],
  [2012, "01-23", "03-31"],
  [2013, "02-10", "04-19"],
  [2014, "01-31", "04-09"],
  [2015, "02-19", "04-28"],
  [2016, "02-08", "04-16"],
  [2017, "01-28", "04-06"],
  [2018, "02-16", "04-25"],
  [2019, "02-05", "04-14"],
  [2020, "01-25", "04-02"],
  [2021, "02-12", "04-21"],
  [2022, "02-01", "04-10"],
  [2023, "01-22", "04-29"],
  [2024, "02-10", "04-18"],
  [2025, "01-29", "04-07"],
  [2026, "02-17", "04-26"],
  [2027, "02-06", "04-16"],
  [2028, "01-26", "04-04"],
  [2029, "02-13", "04-23"],
  [2030, "02-02", "04-12"],
];

// Where Vietnam (UTC+7) and China (UTC+8) disagree in 1985–2030 (the Chinese date from the same tables).
const DIVERGENCES: readonly (readonly [
  year: number,
  month: number,
  day: number,
  vietnam: string,
  china: string,
])[] = [
  [1985, 1, 1, "1985-01-21", "1985-02-20"],
  [2007, 1, 1, "2007-02-17", "2007-02-18"],
  [2009, 3, 10, "2009-04-04", "2009-04-05"],
  [2030, 1, 1, "2030-02-02", "2030-02-03"],
];

describe("the Vietnamese lunar calendar", () => {
  it.each(PUBLISHED)("%i: Tết on %s, Hùng Kings' day on %s", (year, tet, hungKings) => {
    expect(lunarDate(year, 1, 1)).toBe(`${year}-${tet}`);
    expect(lunarDate(year, 3, 10)).toBe(`${year}-${hungKings}`);
  });

  it.each(DIVERGENCES)(
    "%i: %i/%i lunar is %s in Vietnam (%s in China)",
    (year, month, day, vietnam, china) => {
      expect(lunarDate(year, month, day)).toBe(vietnam);
      expect(vietnam).not.toBe(china);
    },
  );

  it("agrees with the days of the official notices of 2024–2026 (data/holidays-vn.json)", () => {
    const notices = JSON.parse(
      readFileSync(new URL("../../data/holidays-vn.json", import.meta.url), "utf8"),
    ) as { date: string; name: string }[];
    const tet = notices.filter((entry) => entry.name.includes("mùng 1")).map((entry) => entry.date);
    const hungKings = notices
      .filter((entry) => entry.name.includes("10/3 âm lịch"))
      .map((entry) => entry.date);
    expect(tet).toEqual([lunarDate(2024, 1, 1), lunarDate(2025, 1, 1), lunarDate(2026, 1, 1)]);
    expect(hungKings).toEqual([lunarDate(2024, 3, 10), lunarDate(2025, 3, 10), lunarDate(2026, 3, 10)]);
  });

  it("agrees with docs/domain.md §7 (Tết 2027 on 6 February, Hùng Kings' day 2027 on 16 April)", () => {
    expect(lunarDate(2027, 1, 1)).toBe("2027-02-06");
    expect(lunarDate(2027, 3, 10)).toBe("2027-04-16");
  });

  it("places leap months and the days around Tết", () => {
    // 2023 (Quý Mão) had a leap second month: 2/2 lunar on 21 February, leap 2/2 on 23 March.
    expect(lunarDate(2023, 2, 1)).toBe("2023-02-20");
    expect(lunarDate(2023, 2, 1, true)).toBe("2023-03-22");
    expect(lunarDate(2023, 3, 1)).toBe("2023-04-20");
    // Giao thừa 2026 (the last day of Ất Tỵ) is the day before Tết; month 12 of Ất Tỵ had 29 days.
    expect(lunarDate(2025, 12, 29)).toBe("2026-02-16");
    expect(() => lunarDate(2025, 12, 30)).toThrow(InvalidInputError);
  });

  it("refuses dates the lunar calendar does not have", () => {
    expect(() => lunarDate(2024, 5, 1, true)).toThrow(/no leap month 5/);
    expect(() => lunarDate(2024, 13, 1)).toThrow(InvalidInputError);
    expect(() => lunarDate(2024, 1, 0)).toThrow(InvalidInputError);
    expect(() => lunarDate(1500, 1, 1)).toThrow(InvalidInputError);
  });
});
