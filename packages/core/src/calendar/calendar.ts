import { describeValue, InvalidInputError } from "../errors";
import { dayKey, weekdayOf } from "../time/civil";
import { type InstantInput, localDay, toLocalMs } from "../time/instant";
import { bundledHolidayYears } from "./bundled";
import { CalendarEngine, yearOf } from "./engine";
import {
  type CalendarOptions,
  type CalendarWarning,
  type DayInfo,
  DEFAULT_OFFICE_HOURS,
  DEFAULT_WEEKEND_DAYS,
  type HolidayEntry,
  type HolidayYear,
  type OfficePeriod,
  type UncoveredYearPolicy,
} from "./types";
import { checkYear, parseOfficeHours, parseWeekendDays, validateHolidayYear } from "./validate";

interface CalendarData {
  readonly years: ReadonlyMap<number, ReadonlyMap<number, HolidayEntry>>;
  readonly officeHours: readonly OfficePeriod[];
  readonly weekendDays: readonly number[];
  readonly uncoveredYears: UncoveredYearPolicy;
  readonly onWarning: ((warning: CalendarWarning) => void) | undefined;
}

let engines: WeakMap<WorkingCalendar, CalendarEngine> | undefined;

/** The working-time engine of a calendar (internal to core). */
export function engineOf(calendar: WorkingCalendar): CalendarEngine {
  const engine = engines?.get(calendar);
  if (engine === undefined) {
    throw new InvalidInputError("invalid_calendar", "calendar", "is not a calendar made by createCalendar()");
  }
  return engine;
}

/**
 * Working days, days off and office hours of an agency. Immutable: `withHolidays` returns a new calendar.
 * Create one with `createCalendar()`, or use `defaultCalendar()`.
 */
export class WorkingCalendar {
  /** Years with holiday data, ascending. */
  readonly coveredYears: readonly number[];
  readonly officeHours: readonly OfficePeriod[];
  readonly weekendDays: readonly number[];
  readonly uncoveredYears: UncoveredYearPolicy;
  /** Length of one working day in milliseconds: the total of the office hours (8 h by default). */
  readonly workingDayMs: number;
  readonly #data: CalendarData;

  /** Use `createCalendar()`. */
  constructor(data: CalendarData) {
    const schedule = parseOfficeHours(data.officeHours);
    const weekend = parseWeekendDays(data.weekendDays);
    this.#data = data;
    this.coveredYears = [...data.years.keys()].sort((a, b) => a - b);
    this.officeHours = data.officeHours.map((period) => ({ start: period.start, end: period.end }));
    this.weekendDays = [...weekend];
    this.uncoveredYears = data.uncoveredYears;
    this.workingDayMs = schedule.dayMs;
    const entries = new Map<number, HolidayEntry>();
    for (const yearEntries of data.years.values()) {
      for (const [dayNumber, entry] of yearEntries) entries.set(dayNumber, entry);
    }
    const warned = new Set<number>();
    engines ??= new WeakMap();
    engines.set(
      this,
      new CalendarEngine({
        schedule,
        weekend,
        entries,
        coveredYears: this.coveredYears,
        policy: data.uncoveredYears,
        warn: (year) => {
          if (warned.has(year)) return;
          warned.add(year);
          data.onWarning?.({
            code: "year_assumed",
            year,
            message: `no holiday data for ${year}: only weekends are treated as days off`,
          });
        },
      }),
    );
  }

  /**
   * A new calendar with these years added; a year already present is replaced as a whole (the source of a
   * year — the platform or the department's file — is authoritative for all its entries).
   */
  withHolidays(years: HolidayYear | readonly HolidayYear[]): WorkingCalendar {
    const merged = new Map(this.#data.years);
    for (const year of Array.isArray(years) ? years : [years as HolidayYear]) {
      merged.set(year.year, validateHolidayYear(year));
    }
    return new WorkingCalendar({ ...this.#data, years: merged });
  }

  /** Whether the calendar has data for the year (not merely a weekends-only assumption). */
  covers(year: number): boolean {
    return this.#data.years.has(year);
  }

  /** The entries of a covered year in date order; throws `CalendarCoverageError` for an uncovered year. */
  entriesOf(year: number): readonly HolidayEntry[] {
    checkYear(year, "year");
    const entries = this.#data.years.get(year);
    if (entries === undefined) {
      engineOf(this).uncoveredYear(year);
      return [];
    }
    return [...entries.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  }

  /** Whether a day is a working day, and why (weekday, weekend or the calendar entry). */
  dayInfo(date: InstantInput): DayInfo {
    const dayNumber = localDay(toLocalMs(date, "date"));
    const year = yearOf(dayNumber);
    const engine = engineOf(this);
    const entry = this.#data.years.get(year)?.get(dayNumber);
    const working = engine.isWorkingDay(dayNumber);
    const weekday = weekdayOf(dayNumber);
    return {
      date: dayKey(dayNumber),
      weekday,
      working,
      reason: entry ? entry.kind : working ? "weekday" : "weekend",
      ...(entry ? { entry } : {}),
      assumed: !this.#data.years.has(year),
    };
  }

  isWorkingDay(date: InstantInput): boolean {
    return this.dayInfo(date).working;
  }
}

/** A calendar: the bundled 2024–2026 data (unless `includeDefault: false`) plus `holidays`, with options. */
export function createCalendar(options: CalendarOptions = {}): WorkingCalendar {
  const policy = options.uncoveredYears ?? "error";
  if (policy !== "error" && policy !== "assume_weekends") {
    throw new InvalidInputError(
      "invalid_option",
      "uncoveredYears",
      `${describeValue(policy)} is not "error" or "assume_weekends"`,
    );
  }
  const years = new Map<number, ReadonlyMap<number, HolidayEntry>>();
  for (const year of [
    ...(options.includeDefault === false ? [] : bundledHolidayYears()),
    ...(options.holidays ?? []),
  ]) {
    years.set(year.year, validateHolidayYear(year));
  }
  return new WorkingCalendar({
    years,
    officeHours: options.officeHours ?? DEFAULT_OFFICE_HOURS,
    weekendDays: options.weekendDays ?? DEFAULT_WEEKEND_DAYS,
    uncoveredYears: policy,
    onWarning: options.onWarning,
  });
}

let bundled: WorkingCalendar | undefined;

/** The bundled 2024–2026 calendar with default office hours; built on first use and shared. */
export function defaultCalendar(): WorkingCalendar {
  bundled ??= createCalendar();
  return bundled;
}
