import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors";
import { dayKey, daysFromCivil, weekdayOf } from "../time/civil";
import { createCalendar, defaultCalendar } from "./calendar";
import {
  DEFAULT_HOLIDAY_RULES,
  type HolidayRule,
  LABOUR_CODE_2019_RULES,
  VIETNAM_CULTURE_DAY,
} from "./rules";

const notices = JSON.parse(readFileSync(new URL("../../data/holidays-vn.json", import.meta.url), "utf8")) as {
  date: string;
  kind: string;
}[];

/** Weekdays (Monday–Friday) off in a year, by a calendar. */
function weekdaysOff(calendar: ReturnType<typeof createCalendar>, year: number): string[] {
  const off: string[] = [];
  for (let day = daysFromCivil(year, 1, 1); day < daysFromCivil(year + 1, 1, 1); day++) {
    const weekday = weekdayOf(day);
    if (weekday !== 0 && weekday !== 6 && !calendar.isWorkingDay(dayKey(day))) off.push(dayKey(day));
  }
  return off;
}

const statuteOnly = createCalendar({ includeDefault: false });

describe("the statutory calendar (provisional years)", () => {
  it("gives the days off of the 2024–2026 notices, except the swaps a notice alone can decide", () => {
    // The [I] defaults (Tết window, the day next to 2/9, compensatory days) against the sourced notices.
    const swaps = new Set(notices.filter((entry) => entry.kind === "swapped_off").map((entry) => entry.date));
    const makeups = notices.filter((entry) => entry.kind === "makeup_workday").map((entry) => entry.date);
    for (const year of [2024, 2025, 2026]) {
      expect(weekdaysOff(statuteOnly, year)).toEqual(
        weekdaysOff(defaultCalendar(), year).filter((date) => !swaps.has(date)),
      );
    }
    for (const date of makeups) expect(statuteOnly.isWorkingDay(date)).toBe(false);
  });

  it("gives the days off of 2021–2023, when no swap was decided", () => {
    // Days off as python-holidays records them (vacanza/holidays@c382fdec, tests/countries/test_vietnam.py:
    // test_lunar_new_year, test_hung_kings_day, test_national_day, test_observed), weekdays only.
    expect(weekdaysOff(statuteOnly, 2021)).toEqual([
      "2021-01-01",
      ...["2021-02-10", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16"],
      "2021-04-21",
      "2021-04-30",
      "2021-05-03",
      "2021-09-02",
      "2021-09-03",
    ]);
    expect(weekdaysOff(statuteOnly, 2022)).toEqual([
      "2022-01-03",
      ...["2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04"],
      "2022-04-11",
      "2022-05-02",
      "2022-05-03",
      "2022-09-01",
      "2022-09-02",
    ]);
    expect(weekdaysOff(statuteOnly, 2023)).toEqual([
      "2023-01-02",
      ...["2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26"],
      "2023-05-01",
      "2023-05-02",
      "2023-05-03",
      "2023-09-01",
      "2023-09-04",
    ]);
  });

  it("names each day and its law, with compensatory days after the run of days off", () => {
    expect(statuteOnly.entriesOf(2027).map((entry) => `${entry.date} ${entry.kind} ${entry.name}`)).toEqual([
      "2027-01-01 holiday Tết Dương lịch",
      "2027-02-04 holiday Tết Nguyên đán",
      "2027-02-05 holiday Tết Nguyên đán",
      "2027-02-06 holiday Tết Nguyên đán",
      "2027-02-07 holiday Tết Nguyên đán",
      "2027-02-08 holiday Tết Nguyên đán",
      "2027-02-09 compensatory_off Tết Nguyên đán – nghỉ bù",
      "2027-02-10 compensatory_off Tết Nguyên đán – nghỉ bù",
      "2027-04-16 holiday Giỗ Tổ Hùng Vương",
      "2027-04-30 holiday Ngày Chiến thắng",
      "2027-05-01 holiday Ngày Quốc tế Lao động",
      "2027-05-03 compensatory_off Ngày Quốc tế Lao động – nghỉ bù",
      "2027-09-02 holiday Quốc khánh",
      "2027-09-03 holiday Quốc khánh – ngày liền kề",
    ]);
    // 02/09/2030 is a Monday: the adjacent day is the Tuesday, as the 2024 notice chose.
    expect(statuteOnly.dayInfo("2030-09-03").entry?.name).toBe("Quốc khánh – ngày liền kề");
    // 02/09/2029 is a Sunday: Monday 03/09 is the adjacent day, Tuesday 04/09 the compensatory day for Sunday.
    expect(statuteOnly.dayInfo("2029-09-03").entry?.name).toBe("Quốc khánh – ngày liền kề");
    expect(statuteOnly.dayInfo("2029-09-04")).toMatchObject({ reason: "compensatory_off" });
    expect(statuteOnly.isWorkingDay("2029-09-05")).toBe(true);
    expect(new Set(statuteOnly.entriesOf(2027).map((entry) => entry.source))).toEqual(
      new Set(["Bộ luật Lao động 2019, Điều 112"]),
    );
  });

  it("compensates only the agency's own rest days", () => {
    const saturdaysWorked = createCalendar({ includeDefault: false, weekendDays: [0] });
    // 01/05/2027 is a Saturday, a working day here: no compensatory Monday. Tết's Sunday (07/02) moves to 09/02.
    expect(saturdaysWorked.isWorkingDay("2027-05-03")).toBe(true);
    expect(saturdaysWorked.dayInfo("2027-02-09")).toMatchObject({ reason: "compensatory_off" });
    expect(saturdaysWorked.isWorkingDay("2027-02-10")).toBe(true);
  });

  it("follows the law in force: one day for National Day until 2020, two from 2021", () => {
    // 02/09/2020 was a Wednesday under the Labour Code 2012.
    expect(statuteOnly.isWorkingDay("2020-09-01")).toBe(true);
    expect(statuteOnly.dayInfo("2020-09-02")).toMatchObject({
      working: false,
      entry: { source: "Bộ luật Lao động 2012, Điều 115" },
    });
    // Nothing applies before the Labour Code 2012 took effect on 01/05/2013: weekends only.
    expect(statuteOnly.isWorkingDay("2013-04-30")).toBe(true);
    expect(statuteOnly.isWorkingDay("2013-09-02")).toBe(false);
    expect(statuteOnly.basisOf(2012)).toBe("weekends");
  });
});

describe("rules with an effective date", () => {
  const cultureDay = (from: string): HolidayRule => ({ ...VIETNAM_CULTURE_DAY, from });

  it("keeps 24/11 a working day until a host switches the rule on", () => {
    expect(defaultCalendar().isWorkingDay("2027-11-24")).toBe(true);
    expect(DEFAULT_HOLIDAY_RULES.some((rule) => rule.id === VIETNAM_CULTURE_DAY.id)).toBe(false);
  });

  it("applies a rule from its effective date, even mid-year", () => {
    const calendar = createCalendar({ rules: [...DEFAULT_HOLIDAY_RULES, cultureDay("2027-11-25")] });
    // 24/11/2027 is before the date; 24/11/2028 (a Friday) is after it.
    expect(calendar.isWorkingDay("2027-11-24")).toBe(true);
    expect(calendar.dayInfo("2028-11-24")).toMatchObject({
      working: false,
      reason: "holiday",
      entry: { name: "Ngày Văn hóa Việt Nam" },
    });
    // 24/11/2029 is a Saturday: a compensatory Monday.
    expect(calendar.dayInfo("2029-11-26")).toMatchObject({ reason: "compensatory_off" });
    expect(calendar.rules.at(-1)).toMatchObject({ id: "vietnam_culture_day", from: "2027-11-25" });
  });

  it("leaves a notice's year to the notice, unless the rule is a law newer than notices", () => {
    // A rule like the Labour Code's never changes a year that has a notice…
    const codeLike = { ...cultureDay("2026-07-01"), alsoInNoticeYears: false };
    expect(createCalendar({ rules: [...DEFAULT_HOLIDAY_RULES, codeLike] }).isWorkingDay("2026-11-24")).toBe(
      true,
    );
    // …but 24/11 is added to 2026 (Tuesday), whose notice (9441/TB-BNV, October 2025) predates it.
    const calendar = createCalendar({ rules: [...DEFAULT_HOLIDAY_RULES, cultureDay("2026-07-01")] });
    expect(calendar.dayInfo("2026-11-24")).toMatchObject({
      working: false,
      basis: "notice",
      entry: { name: "Ngày Văn hóa Việt Nam", kind: "holiday" },
    });
    expect(calendar.entriesOf(2026)).toHaveLength(defaultCalendar().entriesOf(2026).length + 1);
    // A date the notice lists keeps the notice's entry.
    const noticed = calendar.withHolidays({
      year: 2027,
      items: [
        { date: "2027-11-24", kind: "holiday", name: "Ngày Văn hóa Việt Nam (thông báo)", source: "TB" },
      ],
    });
    expect(noticed.dayInfo("2027-11-24").entry?.name).toBe("Ngày Văn hóa Việt Nam (thông báo)");
  });

  it("compensates a rule's day on a rest day unless the rule says otherwise", () => {
    // 24/11/2029 is a Saturday.
    const compensated = createCalendar({ rules: [...DEFAULT_HOLIDAY_RULES, cultureDay("2027-01-01")] });
    expect(compensated.dayInfo("2029-11-26")).toMatchObject({ working: false, reason: "compensatory_off" });
    const not = createCalendar({
      rules: [...DEFAULT_HOLIDAY_RULES, { ...cultureDay("2027-01-01"), compensated: false }],
    });
    expect(not.isWorkingDay("2029-11-26")).toBe(true);
  });

  it("ends a rule on its `until` day", () => {
    const calendar = createCalendar({
      rules: [...LABOUR_CODE_2019_RULES, { ...cultureDay("2027-01-01"), until: "2028-06-30" }],
    });
    expect(calendar.isWorkingDay("2027-11-24")).toBe(false);
    expect(calendar.isWorkingDay("2028-11-24")).toBe(true);
  });

  it("rejects a bad rule with an InvalidInputError naming it", () => {
    const base = cultureDay("2027-01-01");
    const cases: [HolidayRule[], string, RegExp][] = [
      [
        [{ ...base, from: "24/11/2027" }],
        "invalid_effective_date",
        /^rules\[0\]\.from: "24\/11\/2027" is not/,
      ],
      [[{ ...base, from: "2027-02-30" }], "invalid_effective_date", /rules\[0\]\.from/],
      [[{ ...base, until: "2026-12-31" }], "invalid_holiday_rule", /rules\[0\]\.until: 2026-12-31 is before/],
      [[{ ...base, month: 13 }], "invalid_holiday_rule", /rules\[0\]\.month/],
      [[{ ...base, day: 31 }], "invalid_holiday_rule", /rules\[0\]\.day: needs a day of the month/],
      [[{ ...base, lunar: true, day: 30 }], "invalid_holiday_rule", /rules\[0\]\.day/],
      [[{ ...base, days: 0 }], "invalid_holiday_rule", /rules\[0\]\.days/],
      [[{ ...base, offset: 1.5 }], "invalid_holiday_rule", /rules\[0\]\.offset/],
      [[{ ...base, offsetOnWeekday: { 7: 1 } }], "invalid_holiday_rule", /rules\[0\]\.offsetOnWeekday\.7/],
      [[{ ...base, source: "" }], "invalid_holiday_rule", /rules\[0\]\.source: needs the law it comes from/],
      [[{ ...base, name: " " }], "invalid_holiday_rule", /rules\[0\]\.name/],
      [[{ ...base, compensated: "no" as never }], "invalid_holiday_rule", /rules\[0\]\.compensated/],
      [[base, null as never], "invalid_holiday_rule", /rules\[1\]: is not a rule/],
      [
        [base, { ...base, from: "2030-01-01" }],
        "overlapping_holiday_rules",
        /rules\[1\]: "vietnam_culture_day" is already in force then \(rules\[0\]\)/,
      ],
    ];
    for (const [rules, code, message] of cases) {
      let error: unknown;
      try {
        createCalendar({ rules });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error).toMatchObject({ code });
      expect((error as Error).message).toMatch(message);
    }
    // The same rule twice is fine when its periods do not overlap (a law replaced by another).
    expect(() =>
      createCalendar({
        rules: [
          { ...base, until: "2029-12-31" },
          { ...base, from: "2030-01-01" },
        ],
      }),
    ).not.toThrow();
  });
});
