import { CalendarDataError, describeValue, InvalidInputError } from "../errors";
import { isOneOf } from "../labels";
import { daysFromCivil, daysInMonth, MS_PER_HOUR, MS_PER_MINUTE } from "../time/civil";
import { HOLIDAY_KINDS, type HolidayEntry, type HolidayYear, type OfficePeriod } from "./types";

/** Years a calendar can describe; far enough either way for any dossier, small enough for the day tables. */
export const MIN_YEAR = 1970;
export const MAX_YEAR = 2199;

export interface OfficeSchedule {
  /** Start and end of each period, in milliseconds since local midnight. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Total office time of one working day. */
  readonly dayMs: number;
}

export function parseOfficeHours(periods: readonly OfficePeriod[]): OfficeSchedule {
  if (!Array.isArray(periods) || periods.length === 0) {
    throw new InvalidInputError("invalid_office_hours", "officeHours", "needs at least one period");
  }
  const starts: number[] = [];
  const ends: number[] = [];
  let dayMs = 0;
  periods.forEach((period, index) => {
    const start = parseClock(period?.start, `officeHours[${index}].start`);
    const end = parseClock(period?.end, `officeHours[${index}].end`);
    if (end <= start) {
      throw new InvalidInputError("invalid_office_hours", `officeHours[${index}]`, "ends before it starts");
    }
    const previousEnd = ends[ends.length - 1];
    if (previousEnd !== undefined && start < previousEnd) {
      throw new InvalidInputError(
        "invalid_office_hours",
        `officeHours[${index}]`,
        "overlaps or precedes the previous period; list periods in order",
      );
    }
    starts.push(start);
    ends.push(end);
    dayMs += end - start;
  });
  return { starts, ends, dayMs };
}

function parseClock(value: unknown, field: string): number {
  const match = typeof value === "string" ? /^(\d{2}):(\d{2})$/.exec(value) : null;
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) {
    throw new InvalidInputError("invalid_office_hours", field, `${describeValue(value)} is not a HH:mm time`);
  }
  return hours * MS_PER_HOUR + minutes * MS_PER_MINUTE;
}

export function parseWeekendDays(days: readonly number[]): ReadonlySet<number> {
  const set = new Set<number>();
  for (const day of Array.isArray(days) ? days : [NaN]) {
    if (!Number.isInteger(day) || day < 0 || day > 6) {
      throw new InvalidInputError(
        "invalid_weekend_days",
        "weekendDays",
        `${describeValue(day)} is not a weekday number (0 = Sunday … 6 = Saturday)`,
      );
    }
    set.add(day);
  }
  if (set.size === 7) {
    throw new InvalidInputError("invalid_weekend_days", "weekendDays", "every day is a weekend day");
  }
  return set;
}

export function checkYear(year: unknown, field: string): number {
  if (typeof year !== "number" || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new InvalidInputError(
      "invalid_year",
      field,
      `${describeValue(year)} is not a year between ${MIN_YEAR} and ${MAX_YEAR}`,
    );
  }
  return year;
}

/** Day number of a `YYYY-MM-DD` date, or undefined when the value is not one. */
function dayOf(value: unknown): number | undefined {
  const match = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const [y, m, d] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  return match && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? daysFromCivil(y, m, d) : undefined;
}

/** Day number of a `YYYY-MM-DD` date; an `InvalidInputError` naming `field` otherwise. */
export function parseDay(value: unknown, field: string, what: string, code = "invalid_date"): number {
  const day = dayOf(value);
  if (day === undefined) {
    throw new InvalidInputError(code, field, `${describeValue(value)} is not ${what} (YYYY-MM-DD)`);
  }
  return day;
}

/**
 * Validates years of entries (from `holidays` or `withHolidays`) and returns each keyed by day number. Every
 * problem throws a `CalendarDataError` naming the entry: a year given twice, a date that is not a date or not
 * in its year, an unknown kind, an empty name, a day listed twice (or twice with different kinds).
 */
export function validateHolidayYears(
  years: readonly HolidayYear[],
  field: string,
): Map<number, Map<number, HolidayEntry>> {
  const result = new Map<number, Map<number, HolidayEntry>>();
  if (!Array.isArray(years)) throw new CalendarDataError("invalid_holiday_year", field, "is not a list");
  years.forEach((input, index) => {
    const year = input?.year;
    if (typeof year !== "number" || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
      throw new CalendarDataError(
        "invalid_holiday_year",
        `${field}[${index}].year`,
        `${describeValue(year)} is not a year between ${MIN_YEAR} and ${MAX_YEAR}`,
      );
    }
    if (result.has(year)) {
      throw new CalendarDataError(
        "duplicate_holiday_year",
        `${field}[${index}]`,
        `${year} is given twice; give each year once, with all its entries`,
        year,
      );
    }
    result.set(year, validateHolidayYear(input, `${field}[${index}]`));
  });
  return result;
}

function validateHolidayYear(input: HolidayYear, field: string): Map<number, HolidayEntry> {
  const { year } = input;
  if (!Array.isArray(input.items)) {
    throw new CalendarDataError("invalid_holiday_year", `${field}.items`, `(${year}) is not a list`, year);
  }
  const entries = new Map<number, HolidayEntry>();
  input.items.forEach((item, index) => {
    const where = `${field}.items[${index}]`;
    const dayNumber = parseHolidayDate(item?.date, where, year);
    if (!isOneOf(HOLIDAY_KINDS, item.kind)) {
      throw new CalendarDataError(
        "unknown_holiday_kind",
        where,
        `(${item.date}) kind ${describeValue(item.kind)} is not one of ${HOLIDAY_KINDS.join(", ")}`,
        year,
      );
    }
    if (typeof item.name !== "string" || item.name.trim() === "") {
      throw new CalendarDataError("invalid_holiday_name", where, `(${item.date}) name is empty`, year);
    }
    const earlier = entries.get(dayNumber);
    if (earlier) {
      const same = earlier.kind === item.kind;
      throw new CalendarDataError(
        same ? "duplicate_holiday_date" : "contradictory_holiday_entries",
        where,
        same
          ? `${item.date} is listed twice`
          : `${item.date} is listed as ${earlier.kind} and as ${item.kind}: a day has one kind`,
        year,
      );
    }
    const source = typeof item.source === "string" && item.source !== "" ? item.source : undefined;
    entries.set(dayNumber, {
      date: item.date,
      kind: item.kind,
      name: item.name,
      ...(source === undefined ? {} : { source }),
    });
  });
  return entries;
}

function parseHolidayDate(date: unknown, where: string, year: number): number {
  const dayNumber = dayOf(date);
  if (dayNumber === undefined) {
    throw new CalendarDataError(
      "invalid_holiday_date",
      where,
      `${describeValue(date)} is not YYYY-MM-DD`,
      year,
    );
  }
  if (String(date).slice(0, 4) !== String(year)) {
    throw new CalendarDataError("invalid_holiday_date", where, `${date} is not in ${year}`, year);
  }
  return dayNumber;
}
