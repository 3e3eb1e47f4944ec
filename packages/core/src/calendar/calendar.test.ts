import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CalendarCoverageError, CalendarDataError, InvalidInputError } from "../errors";
import { HOLIDAY_SOURCES } from "../holiday-sources";
import { bundledHolidayYears } from "./bundled";
import { createCalendar, defaultCalendar } from "./calendar";

const packageRoot = fileURLToPath(new URL("../..", import.meta.url));
const sourced = JSON.parse(readFileSync(new URL("../../data/holidays-vn.json", import.meta.url), "utf8")) as {
  date: string;
  kind: string;
  name: string;
  year_notice: string;
  source_url: string;
}[];

describe("the bundled calendar", () => {
  it("is the sourced 2024–2026 file, entry for entry", () => {
    const calendar = defaultCalendar();
    expect(calendar.coveredYears).toEqual([2024, 2025, 2026]);
    const entries = calendar.coveredYears.flatMap((year) => calendar.entriesOf(year));
    expect(entries).toHaveLength(44);
    expect(entries).toEqual(
      [...sourced]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map(({ date, kind, name, year_notice }) => ({ date, kind, name, source: year_notice })),
    );
  });

  it("keeps source URLs in the holiday-sources subpath", () => {
    expect(HOLIDAY_SOURCES).toHaveLength(44);
    expect(HOLIDAY_SOURCES.find((source) => source.date === "2024-02-10")).toMatchObject({
      confidence: "inferred",
      url: sourced.find((entry) => entry.date === "2024-02-10")?.source_url,
    });
  });

  it("has generated modules in step with data/holidays-vn.json", () => {
    const check = spawnSync(process.execPath, ["scripts/generate-holidays.mjs", "--check"], {
      cwd: packageRoot,
      encoding: "utf8",
    });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });

  it("returns the API shape of each year", () => {
    const [first] = bundledHolidayYears();
    expect(first?.year).toBe(2024);
    expect(first?.items[0]).toEqual({
      date: "2024-01-01",
      kind: "holiday",
      name: "Tết Dương lịch",
      source: "Bộ luật Lao động 2019 Điều 112 (no separate notice found)",
    });
  });
});

describe("dayInfo", () => {
  const calendar = defaultCalendar();

  it("says why a day is or is not a working day", () => {
    expect(calendar.dayInfo("2026-02-17")).toMatchObject({
      working: false,
      reason: "holiday",
      weekday: 2,
      entry: { name: "Tết Nguyên đán (mùng 1 Bính Ngọ)" },
    });
    expect(calendar.dayInfo("2026-08-22")).toMatchObject({
      working: true,
      reason: "makeup_workday",
      weekday: 6,
    });
    expect(calendar.dayInfo("2026-08-31")).toMatchObject({ working: false, reason: "swapped_off" });
    expect(calendar.dayInfo("2024-02-13")).toMatchObject({ working: false, reason: "compensatory_off" });
    expect(calendar.dayInfo("2026-03-07")).toMatchObject({
      working: false,
      reason: "weekend",
      basis: "notice",
      provisional: false,
    });
    expect(calendar.dayInfo("2026-03-09T23:30:00+07:00")).toMatchObject({
      date: "2026-03-09",
      working: true,
    });
    // 23:30 UTC on Sunday is Monday morning in Vietnam.
    expect(calendar.isWorkingDay("2026-03-08T23:30:00Z")).toBe(true);
  });

  it("computes a year without a notice from the statute and says it is provisional", () => {
    expect(calendar.dayInfo("2027-01-01")).toMatchObject({
      working: false,
      reason: "holiday",
      basis: "statute",
      provisional: true,
      entry: { name: "Tết Dương lịch", source: "Bộ luật Lao động 2019, Điều 112" },
    });
    expect(calendar.dayInfo("2027-01-04")).toMatchObject({ working: true, provisional: true });
    expect(calendar.basisOf(2026)).toBe("notice");
    expect(calendar.basisOf(2027)).toBe("statute");
    // Before the Labour Code 2012 took effect (1 May 2013) no rule applies: weekends only.
    expect(calendar.basisOf(2012)).toBe("weekends");
    expect(calendar.provisionalYearsBetween("2027-03-01", "2025-06-01T09:00:00+07:00")).toEqual([2027]);
    expect(calendar.provisionalYearsBetween("2024-01-01", "2026-12-31")).toEqual([]);
  });

  it("throws for a year without a notice when strict, or assumes weekends when asked to", () => {
    const strict = createCalendar({ uncoveredYears: "error" });
    expect(() => strict.dayInfo("2027-01-04")).toThrow(CalendarCoverageError);
    expect(() => strict.entriesOf(2023)).toThrow(CalendarCoverageError);
    const lenient = createCalendar({ uncoveredYears: "assume_weekends" });
    expect(lenient.dayInfo("2027-01-01")).toMatchObject({
      working: true,
      reason: "weekday",
      basis: "weekends",
      provisional: true,
    });
    expect(lenient.entriesOf(2027)).toEqual([]);
  });
});

describe("loading more years", () => {
  const year2027 = {
    year: 2027,
    items: [
      { date: "2027-01-01", kind: "holiday", name: "Tết Dương lịch" },
      { date: "2027-02-06", kind: "makeup_workday", name: "Làm bù", source: null },
    ],
  };

  it("adds a year from the holidays endpoint without touching the original", () => {
    const base = defaultCalendar();
    const extended = base.withHolidays(year2027);
    expect(extended.coveredYears).toEqual([2024, 2025, 2026, 2027]);
    expect(base.coveredYears).toEqual([2024, 2025, 2026]);
    expect(extended.dayInfo("2027-02-06")).toMatchObject({ working: true, reason: "makeup_workday" });
    expect(extended.entriesOf(2027)[0]).toEqual({
      date: "2027-01-01",
      kind: "holiday",
      name: "Tết Dương lịch",
    });
  });

  it("replaces a year as a whole", () => {
    const replaced = defaultCalendar().withHolidays({
      year: 2026,
      items: [{ date: "2026-11-24", kind: "holiday", name: "Ngày Văn hóa Việt Nam" }],
    });
    expect(replaced.entriesOf(2026)).toHaveLength(1);
    expect(replaced.isWorkingDay("2026-11-24")).toBe(false);
    expect(replaced.isWorkingDay("2026-02-17")).toBe(true);
  });

  it("starts without the bundled notices when asked to", () => {
    const empty = createCalendar({ includeDefault: false, holidays: [year2027], uncoveredYears: "error" });
    expect(empty.coveredYears).toEqual([2027]);
    expect(() => empty.isWorkingDay("2026-03-02")).toThrow(CalendarCoverageError);
    // Without notices, 2026 comes from the statute: Tết 17/02 is off, the swapped 02/01 is a working day.
    const statute = createCalendar({ includeDefault: false });
    expect(statute.dayInfo("2026-02-17")).toMatchObject({ working: false, basis: "statute" });
    expect(statute.isWorkingDay("2026-01-02")).toBe(true);
  });

  it("rejects inconsistent entries with a typed error naming the entry", () => {
    const load =
      (items: unknown[], year = 2027) =>
      () =>
        defaultCalendar().withHolidays({ year, items } as never);
    const cases: [() => unknown, string, RegExp][] = [
      [
        load([{ date: "2027-02-30", kind: "holiday", name: "x" }]),
        "invalid_holiday_date",
        /^holidays\[0\]\.items\[0\]: "2027-02-30" is not YYYY-MM-DD/,
      ],
      [load([{ date: "2026-12-31", kind: "holiday", name: "x" }]), "invalid_holiday_date", /not in 2027/],
      [
        load([{ date: "2027-03-01", kind: "half_day_off", name: "x" }]),
        "unknown_holiday_kind",
        /half_day_off/,
      ],
      [load([{ date: "2027-03-01", kind: "holiday", name: " " }]), "invalid_holiday_name", /name is empty/],
      [
        load([
          { date: "2027-03-01", kind: "holiday", name: "a" },
          { date: "2027-03-01", kind: "swapped_off", name: "b" },
        ]),
        "contradictory_holiday_entries",
        /items\[1\]: 2027-03-01 is listed as holiday and as swapped_off/,
      ],
      [
        load([
          { date: "2027-03-01", kind: "holiday", name: "a" },
          { date: "2027-03-01", kind: "holiday", name: "a" },
        ]),
        "duplicate_holiday_date",
        /items\[1\]: 2027-03-01 is listed twice/,
      ],
      [load([], 1900), "invalid_holiday_year", /holidays\[0\]\.year: 1900/],
      [
        () => defaultCalendar().withHolidays([year2027, { year: 2027, items: [] }]),
        "duplicate_holiday_year",
        /holidays\[1\]: 2027 is given twice/,
      ],
      [
        () => createCalendar({ holidays: [year2027, year2027] }),
        "duplicate_holiday_year",
        /holidays\[1\]: 2027 is given twice/,
      ],
      [load("none" as never), "invalid_holiday_year", /holidays\[0\]\.items: \(2027\) is not a list/],
    ];
    for (const [call, code, message] of cases) {
      let error: unknown;
      try {
        call();
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(CalendarDataError);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error).toMatchObject({ code });
      expect((error as Error).message).toMatch(message);
    }
  });
});

describe("calendar options", () => {
  it("validates office hours and weekend days", () => {
    expect(() => createCalendar({ officeHours: [] })).toThrow(InvalidInputError);
    expect(() => createCalendar({ officeHours: [{ start: "7:00", end: "11:30" }] })).toThrow(
      /officeHours\[0\]\.start/,
    );
    expect(() => createCalendar({ officeHours: [{ start: "13:00", end: "11:00" }] })).toThrow(
      /ends before it starts/,
    );
    expect(() =>
      createCalendar({
        officeHours: [
          { start: "07:00", end: "12:00" },
          { start: "11:00", end: "17:00" },
        ],
      }),
    ).toThrow(/overlaps/);
    expect(() => createCalendar({ weekendDays: [0, 1, 2, 3, 4, 5, 6] })).toThrow(/every day/);
    expect(() => createCalendar({ weekendDays: [7] })).toThrow(/weekday number/);
    expect(() => createCalendar({ uncoveredYears: "guess" as "error" })).toThrow(/uncoveredYears/);
    expect(() => createCalendar({ uncoveredYears: "statute" })).not.toThrow();
  });

  it("lets an agency work Saturdays", () => {
    const calendar = createCalendar({ weekendDays: [0] });
    expect(calendar.isWorkingDay("2026-03-07")).toBe(true);
    expect(calendar.isWorkingDay("2026-02-21")).toBe(true);
    expect(calendar.isWorkingDay("2026-02-17")).toBe(false);
  });

  it("warns once per year under assume_weekends", () => {
    const warnings: string[] = [];
    const calendar = createCalendar({
      uncoveredYears: "assume_weekends",
      onWarning: (warning) => warnings.push(`${warning.code} ${warning.year}`),
    });
    calendar.isWorkingDay("2023-06-01");
    calendar.isWorkingDay("2023-06-02");
    calendar.isWorkingDay("2028-06-02");
    expect(warnings).toEqual(["year_assumed 2023", "year_assumed 2028"]);
  });

  it("reports once per year when it relies on the statute", () => {
    const warnings: string[] = [];
    const calendar = createCalendar({
      onWarning: (warning) => warnings.push(`${warning.code} ${warning.year}`),
    });
    calendar.isWorkingDay("2027-06-01");
    calendar.isWorkingDay("2027-06-02");
    calendar.isWorkingDay("2026-06-02");
    calendar.isWorkingDay("2023-06-02");
    expect(warnings).toEqual(["year_provisional 2027", "year_provisional 2023"]);
  });

  it("refuses dates outside the years a calendar can describe", () => {
    const calendar = createCalendar({ uncoveredYears: "assume_weekends" });
    expect(() => calendar.isWorkingDay("1900-01-01")).toThrow(/outside the range/);
  });
});
