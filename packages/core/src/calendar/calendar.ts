import { describeValue, InvalidInputError } from "../errors";
import { dayKey, daysFromCivil, weekdayOf } from "../time/civil";
import { type InstantInput, localDay, toLocalMs } from "../time/instant";
import { bundledHolidayYears } from "./bundled";
import { CalendarEngine, yearOf } from "./engine";
import { DEFAULT_HOLIDAY_RULES, type HolidayRule } from "./rules";
import { type ParsedRule, parseRules, statutoryEntries } from "./statute";
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
  type YearBasis,
} from "./types";
import { checkYear, parseOfficeHours, parseWeekendDays, validateHolidayYears } from "./validate";

interface CalendarData {
  /** Entries of the years with an official notice. */
  readonly years: ReadonlyMap<number, ReadonlyMap<number, HolidayEntry>>;
  readonly rules: readonly HolidayRule[];
  readonly parsedRules: readonly ParsedRule[];
  readonly officeHours: readonly OfficePeriod[];
  readonly weekendDays: readonly number[];
  readonly uncoveredYears: UncoveredYearPolicy;
  readonly onWarning: ((warning: CalendarWarning) => void) | undefined;
}

const NO_ENTRIES: ReadonlyMap<number, HolidayEntry> = new Map();

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
 *
 * A year with an official notice (bundled, or loaded with `withHolidays`) is exact. Any other year is computed
 * from the statutory rules and is **provisional** (`basisOf(year)`, `DayInfo.provisional`).
 */
export class WorkingCalendar {
  /** Years with an official notice, ascending. */
  readonly coveredYears: readonly number[];
  /** The statutory rules used for the other years. */
  readonly rules: readonly HolidayRule[];
  readonly officeHours: readonly OfficePeriod[];
  readonly weekendDays: readonly number[];
  readonly uncoveredYears: UncoveredYearPolicy;
  /** Length of one working day in milliseconds: the total of the office hours (8 h by default). */
  readonly workingDayMs: number;
  readonly #data: CalendarData;
  readonly #weekend: ReadonlySet<number>;
  /** Each year's entries once worked out: the notice's (plus newer laws'), or the statute's. */
  readonly #yearEntries = new Map<number, ReadonlyMap<number, HolidayEntry>>();

  /** Use `createCalendar()`. */
  constructor(data: CalendarData) {
    const schedule = parseOfficeHours(data.officeHours);
    this.#weekend = parseWeekendDays(data.weekendDays);
    this.#data = data;
    this.coveredYears = [...data.years.keys()].sort((a, b) => a - b);
    this.rules = data.rules;
    this.officeHours = data.officeHours.map((period) => ({ start: period.start, end: period.end }));
    this.weekendDays = [...this.#weekend];
    this.uncoveredYears = data.uncoveredYears;
    this.workingDayMs = schedule.dayMs;
    const warned = new Set<number>();
    engines ??= new WeakMap();
    engines.set(
      this,
      new CalendarEngine({
        schedule,
        weekend: this.#weekend,
        entriesOf: (year) => this.#entriesFor(year),
        coveredYears: this.coveredYears,
        policy: data.uncoveredYears,
        warn: (year) => {
          if (warned.has(year)) return;
          warned.add(year);
          const statute = this.basisOf(year) === "statute";
          data.onWarning?.({
            code: statute ? "year_provisional" : "year_assumed",
            year,
            message: statute
              ? `no official holiday notice for ${year}: its days off are computed from the statute (provisional)`
              : `no holiday data for ${year}: only weekends are treated as days off (provisional)`,
          });
        },
      }),
    );
  }

  /**
   * A new calendar with these years of official entries; a year already present is replaced as a whole (the
   * source of a year — the platform or the department's file — is authoritative for all its entries). Bad
   * entries, or a year given twice, throw a `CalendarDataError` naming the entry.
   */
  withHolidays(years: HolidayYear | readonly HolidayYear[]): WorkingCalendar {
    const merged = new Map(this.#data.years);
    const given = Array.isArray(years) ? years : [years as HolidayYear];
    for (const [year, entries] of validateHolidayYears(given, "holidays")) merged.set(year, entries);
    return new WorkingCalendar({ ...this.#data, years: merged });
  }

  /** Whether the calendar has an official notice for the year (not a provisional computation). */
  covers(year: number): boolean {
    return this.#data.years.has(year);
  }

  /** Where the calendar's days off of a year come from: `notice` (exact), `statute` or `weekends` (provisional). */
  basisOf(year: number): YearBasis {
    checkYear(year, "year");
    if (this.#data.years.has(year)) return "notice";
    if (this.#data.uncoveredYears !== "statute") return "weekends";
    const first = daysFromCivil(year, 1, 1);
    const last = daysFromCivil(year, 12, 31);
    return this.#data.parsedRules.some(({ fromDay, untilDay }) => fromDay <= last && untilDay >= first)
      ? "statute"
      : "weekends";
  }

  /**
   * The years from `from` to `to` (either order; instants or dates) that have no official notice: a due date,
   * countdown or measure spanning them is provisional. Empty when every year is exact.
   */
  provisionalYearsBetween(from: InstantInput, to: InstantInput): number[] {
    const a = yearOf(localDay(toLocalMs(from, "from")));
    const b = yearOf(localDay(toLocalMs(to, "to")));
    const years: number[] = [];
    for (let year = Math.min(a, b); year <= Math.max(a, b); year++) {
      if (!this.#data.years.has(year)) years.push(year);
    }
    return years;
  }

  /**
   * The entries of a year in date order: its notice's, or (provisional) the statute's. Throws
   * `CalendarCoverageError` for a year without a notice when the calendar is strict (`uncoveredYears: "error"`).
   */
  entriesOf(year: number): readonly HolidayEntry[] {
    checkYear(year, "year");
    if (!this.#data.years.has(year)) engineOf(this).uncoveredYear(year);
    return [...this.#entriesFor(year).values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  }

  /** Whether a day is a working day, and why (weekday, weekend or the calendar entry). */
  dayInfo(date: InstantInput): DayInfo {
    const dayNumber = localDay(toLocalMs(date, "date"));
    const year = yearOf(dayNumber);
    const working = engineOf(this).isWorkingDay(dayNumber);
    const entry = this.#entriesFor(year).get(dayNumber);
    const basis = this.basisOf(year);
    return {
      date: dayKey(dayNumber),
      weekday: weekdayOf(dayNumber),
      working,
      reason: entry ? entry.kind : working ? "weekday" : "weekend",
      ...(entry ? { entry } : {}),
      basis,
      provisional: basis !== "notice",
    };
  }

  isWorkingDay(date: InstantInput): boolean {
    return this.dayInfo(date).working;
  }

  #entriesFor(year: number): ReadonlyMap<number, HolidayEntry> {
    let entries = this.#yearEntries.get(year);
    if (entries) return entries;
    const official = this.#data.years.get(year);
    if (official) {
      // A notice decides its year, but a law newer than the notice adds its days (`alsoInNoticeYears`).
      const newer = this.#data.parsedRules.filter(({ rule }) => rule.alsoInNoticeYears);
      const added = newer.length > 0 ? statutoryEntries(year, newer, this.#weekend) : NO_ENTRIES;
      entries = added.size === 0 ? official : new Map([...added, ...official].sort((a, b) => a[0] - b[0]));
    } else {
      entries =
        this.basisOf(year) === "statute"
          ? statutoryEntries(year, this.#data.parsedRules, this.#weekend)
          : NO_ENTRIES;
    }
    this.#yearEntries.set(year, entries);
    return entries;
  }
}

const POLICIES: readonly UncoveredYearPolicy[] = ["statute", "assume_weekends", "error"];

/**
 * A calendar: the bundled 2024–2026 notices (unless `includeDefault: false`) plus `holidays`, and for every
 * other year the statutory `rules` (provisional). Bad options throw `InvalidInputError` naming the entry.
 */
export function createCalendar(options: CalendarOptions = {}): WorkingCalendar {
  const policy = options.uncoveredYears ?? "statute";
  if (!POLICIES.includes(policy)) {
    throw new InvalidInputError(
      "invalid_option",
      "uncoveredYears",
      `${describeValue(policy)} is not "statute", "assume_weekends" or "error"`,
    );
  }
  const rules = options.rules ?? DEFAULT_HOLIDAY_RULES;
  const years = new Map<number, ReadonlyMap<number, HolidayEntry>>(
    options.includeDefault === false ? [] : validateHolidayYears(bundledHolidayYears(), "bundled"),
  );
  for (const [year, entries] of validateHolidayYears(options.holidays ?? [], "holidays")) {
    years.set(year, entries);
  }
  return new WorkingCalendar({
    years,
    rules,
    parsedRules: parseRules(rules),
    officeHours: options.officeHours ?? DEFAULT_OFFICE_HOURS,
    weekendDays: options.weekendDays ?? DEFAULT_WEEKEND_DAYS,
    uncoveredYears: policy,
    onWarning: options.onWarning,
  });
}

let bundled: WorkingCalendar | undefined;

/**
 * The default calendar: the bundled 2024–2026 notices, the statute for other years (provisional), default
 * office hours. Built on first use and shared.
 */
export function defaultCalendar(): WorkingCalendar {
  bundled ??= createCalendar();
  return bundled;
}
