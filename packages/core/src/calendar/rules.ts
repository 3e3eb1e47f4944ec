// The statutory days off as data, each with the law it comes from and the dates it is in force (domain.md §1).
// A year without an official notice is computed from these rules and is provisional.

/**
 * One statutory day off (or run of days), anchored on a solar or lunar date, in force from `from` (and until
 * `until`, inclusive) — judged on each day it produces, so a rule can start or end mid-year.
 */
export interface HolidayRule {
  /** Stable identifier, e.g. `tet`; two rules with the same id must not be in force on the same day. */
  readonly id: string;
  /** Name given to the days, e.g. "Tết Nguyên đán". */
  readonly name: string;
  /** The anchor: `month`/`day` of the Gregorian calendar, or of the Vietnamese lunar calendar when `lunar`. */
  readonly month: number;
  readonly day: number;
  readonly lunar?: boolean | undefined;
  /** How many consecutive days off (default 1). */
  readonly days?: number | undefined;
  /** The first day off relative to the anchor, in days (default 0; the Tết window starts at -2). */
  readonly offset?: number | undefined;
  /**
   * `offset` by the anchor's weekday (0 = Sunday … 6 = Saturday) where practice depends on it — e.g. the day
   * next to 2/9 is the day after when 2/9 is a Sunday, Monday or Thursday, the day before otherwise.
   */
  readonly offsetOnWeekday?: Readonly<Partial<Record<number, number>>> | undefined;
  /** `YYYY-MM-DD`: the first day the rule applies. */
  readonly from: string;
  /** `YYYY-MM-DD`: the last day it applies; absent while in force. */
  readonly until?: string | undefined;
  /** The legal basis, e.g. "Bộ luật Lao động 2019, Điều 112". */
  readonly source: string;
  /**
   * A day on a weekly rest day gives a compensatory day (default true: Labour Code 2019 Art. 111(3) covers the
   * days of Art. 112(1)).
   */
  readonly compensated?: boolean | undefined;
  /**
   * Also adds its days to years that have an official notice (default false: the notice decides its year). For a
   * law newer than the notice, which could not list its days; a date the notice lists keeps the notice's entry.
   */
  readonly alsoInNoticeYears?: boolean | undefined;
}

type Anchor = Pick<
  HolidayRule,
  "id" | "name" | "month" | "day" | "lunar" | "days" | "offset" | "offsetOnWeekday"
>;

const NEW_YEAR: Anchor = { id: "new_year", name: "Tết Dương lịch", month: 1, day: 1 };
/**
 * [I] The five Tết days: the last two days of the lunar year and the first three of the new one. The yearly
 * notice places them; this default gives the same days off as every notice of 2020–2026 once compensatory days
 * are added (domain.md §1).
 */
const TET: Anchor = { id: "tet", name: "Tết Nguyên đán", month: 1, day: 1, lunar: true, days: 5, offset: -2 };
const HUNG_KINGS: Anchor = { id: "hung_kings", name: "Giỗ Tổ Hùng Vương", month: 3, day: 10, lunar: true };
const VICTORY: Anchor = { id: "victory_day", name: "Ngày Chiến thắng", month: 4, day: 30 };
const LABOUR: Anchor = { id: "labour_day", name: "Ngày Quốc tế Lao động", month: 5, day: 1 };
const NATIONAL: Anchor = { id: "national_day", name: "Quốc khánh", month: 9, day: 2 };
/**
 * [I] The day next to 2/9: as the notices of 2021–2026 chose it, the day after when 2/9 is a Sunday, Monday or
 * Thursday, the day before otherwise (python-holidays' rule too; domain.md §1).
 */
const NATIONAL_ADJACENT: Anchor = {
  id: "national_day_adjacent",
  name: "Quốc khánh – ngày liền kề",
  month: 9,
  day: 2,
  offset: -1,
  offsetOnWeekday: { 0: 1, 1: 1, 4: 1 },
};

const inForce = (source: string, from: string, until: string | undefined, anchors: readonly Anchor[]) =>
  anchors.map((anchor): HolidayRule => ({ ...anchor, from, source, ...(until ? { until } : {}) }));

/** Labour Code 2012 Art. 115(1): 10 days, one for National Day. In force 1 May 2013 – 31 December 2020. */
export const LABOUR_CODE_2012_RULES: readonly HolidayRule[] = /* @__PURE__ */ inForce(
  "Bộ luật Lao động 2012, Điều 115",
  "2013-05-01",
  "2020-12-31",
  [NEW_YEAR, TET, HUNG_KINGS, VICTORY, LABOUR, NATIONAL],
);

/** Labour Code 2019 Art. 112(1): 11 days, two for National Day. In force from 1 January 2021. */
export const LABOUR_CODE_2019_RULES: readonly HolidayRule[] = /* @__PURE__ */ inForce(
  "Bộ luật Lao động 2019, Điều 112",
  "2021-01-01",
  undefined,
  [NEW_YEAR, TET, HUNG_KINGS, VICTORY, LABOUR, NATIONAL, NATIONAL_ADJACENT],
);

/** The rules a calendar uses unless given others: Labour Code 2012, then Labour Code 2019. */
export const DEFAULT_HOLIDAY_RULES: readonly HolidayRule[] =
  /* @__PURE__ */ LABOUR_CODE_2012_RULES.concat(LABOUR_CODE_2019_RULES);

/**
 * 24/11 "Ngày Văn hóa Việt Nam" (Resolution 80-NQ/TW; amendment of Labour Code Art. 112 tasked by Resolution
 * 30/NQ-CP, domain.md §7). Off by default: switch it on with its effective date,
 * `createCalendar({ rules: [...DEFAULT_HOLIDAY_RULES, { ...VIETNAM_CULTURE_DAY, from: "…" }] })`. Its days are
 * added to years with a notice too (a notice older than the law cannot list them); set `compensated: false` if
 * the day is not one of Art. 112(1)'s (Art. 111(3) compensates only those).
 */
export const VIETNAM_CULTURE_DAY: Omit<HolidayRule, "from"> = {
  id: "vietnam_culture_day",
  name: "Ngày Văn hóa Việt Nam",
  month: 11,
  day: 24,
  source: "Nghị quyết 80-NQ/TW; Bộ luật Lao động, Điều 112 (sửa đổi)",
  alsoInNoticeYears: true,
};
