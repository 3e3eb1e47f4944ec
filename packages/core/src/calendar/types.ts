import type { LabelTable } from "../labels";
import type { HolidayRule } from "./rules";

/** Kinds of calendar entries (glossary: holiday calendar kinds). */
export const HOLIDAY_KINDS = ["holiday", "compensatory_off", "swapped_off", "makeup_workday"] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export const HOLIDAY_KIND_LABELS: LabelTable<HolidayKind> = {
  holiday: { vi: "Ngày lễ, Tết", en: "Public holiday" },
  compensatory_off: { vi: "Nghỉ bù", en: "Compensatory day off" },
  swapped_off: { vi: "Nghỉ hoán đổi", en: "Swapped day off" },
  makeup_workday: { vi: "Làm bù", en: "Make-up working day" },
};

/**
 * One calendar entry as the platform's `GET /v1/holidays?year=` returns it. `source` is the legal notice the
 * entry comes from (e.g. "Thông báo 9441/TB-BNV"). `makeup_workday` is a Saturday worked in exchange for a
 * swapped day: it counts as a working day; the three other kinds are days off.
 */
export interface HolidayItem {
  readonly date: string;
  readonly kind: HolidayKind | (string & {});
  readonly name: string;
  readonly source?: string | null | undefined;
}

/** All entries of one year — the `GET /v1/holidays?year=` response shape. */
export interface HolidayYear {
  readonly year: number;
  readonly items: readonly HolidayItem[];
}

/** A validated entry of a calendar. */
export interface HolidayEntry {
  readonly date: string;
  readonly kind: HolidayKind;
  readonly name: string;
  readonly source?: string;
}

/** One office period of a working day, `HH:mm` in Vietnam time. */
export interface OfficePeriod {
  readonly start: string;
  readonly end: string;
}

/** 07:00–11:30 and 13:30–17:00: 8 working hours (domain.md §1, CaculateTime.cs). */
export const DEFAULT_OFFICE_HOURS: readonly OfficePeriod[] = [
  { start: "07:00", end: "11:30" },
  { start: "13:30", end: "17:00" },
];

/** Saturday and Sunday (0 = Sunday … 6 = Saturday). */
export const DEFAULT_WEEKEND_DAYS: readonly number[] = [6, 0];

/**
 * What a computation does when it needs a year without an official notice:
 * - `statute` (default): computes the year's days off from the statutory rules — a provisional answer;
 * - `assume_weekends`: treats only weekends as days off — also provisional;
 * - `error` (strict): throws a `CalendarCoverageError`.
 */
export type UncoveredYearPolicy = "statute" | "assume_weekends" | "error";

/** Where a calendar's knowledge of a year comes from: an official notice, the statute, or weekends only. */
export type YearBasis = "notice" | "statute" | "weekends";

export interface CalendarWarning {
  /** `year_provisional`: computed from the statute; `year_assumed`: weekends only. */
  readonly code: "year_provisional" | "year_assumed";
  readonly year: number;
  readonly message: string;
}

export interface CalendarOptions {
  /** Years of official entries (notices); each replaces the bundled year of the same number. */
  readonly holidays?: readonly HolidayYear[];
  /** Start from the bundled, sourced 2024–2026 notices (default true). */
  readonly includeDefault?: boolean;
  /**
   * Statutory rules for years without a notice (default `DEFAULT_HOLIDAY_RULES`: Labour Code 2012 from
   * 1 May 2013, Labour Code 2019 from 1 January 2021). Add a rule with its effective date when the law changes.
   */
  readonly rules?: readonly HolidayRule[];
  /** The agency's office hours (default 07:00–11:30, 13:30–17:00). One working day is their total length. */
  readonly officeHours?: readonly OfficePeriod[];
  /** Weekdays that are days off unless a `makeup_workday` entry says otherwise (default Saturday, Sunday). */
  readonly weekendDays?: readonly number[];
  /** Default `statute`. */
  readonly uncoveredYears?: UncoveredYearPolicy;
  /** Called once per calendar and year when a computation relies on a provisional year. */
  readonly onWarning?: (warning: CalendarWarning) => void;
}

/** Why a day is or is not a working day. */
export type DayReason = "weekday" | "weekend" | HolidayKind;

export interface DayInfo {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  readonly working: boolean;
  readonly reason: DayReason;
  readonly entry?: HolidayEntry;
  /** Where the answer comes from: the year's official notice, the statute, or weekends only. */
  readonly basis: YearBasis;
  /** True unless the year has an official notice: the answer may change when the notice is published. */
  readonly provisional: boolean;
}
