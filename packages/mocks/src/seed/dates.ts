// Sample timestamps in Vietnam time (Asia/Ho_Chi_Minh is UTC+7 all year, no daylight saving, so a fixed
// offset is exact). "Now" is always a parameter: nothing here reads the clock. Working-day deadline rules
// (holidays, make-up Saturdays) belong to @chinhquyenso/core; here a weekday check is the default and a
// caller may pass core's calendar as `isWorkingDay`.
import type { Random } from "../random";
import { SeedInputError } from "./errors";

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
export const VIETNAM_UTC_OFFSET_MS = 7 * HOUR_MS;

/** A calendar day in Vietnam. `month` is 1–12. */
export interface LocalDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Office hours as minutes after midnight, Vietnam time: morning and afternoon sessions. */
export interface OfficeHours {
  readonly morning: readonly [start: number, end: number];
  readonly afternoon: readonly [start: number, end: number];
}

/** 7:00–11:30 and 13:30–17:00 (docs/domain.md §1, the source's defaults): 8 hours a day. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  morning: [7 * 60, 11 * 60 + 30],
  afternoon: [13 * 60 + 30, 17 * 60],
};

/** Days since 1970-01-01 in Vietnam time. */
const localDayIndex = (time: number) => Math.floor((time + VIETNAM_UTC_OFFSET_MS) / DAY_MS);

/** The civil date of a day index (days since 1970-01-01), by integer arithmetic (H. Hinnant's days_from_civil inverse). */
function localDayOf(dayIndex: number): LocalDay {
  const z = dayIndex + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1,
  };
}

/** Monday to Friday; 1970-01-01 was a Thursday. */
const isWeekdayIndex = (dayIndex: number) => {
  const weekday = (((dayIndex + 4) % 7) + 7) % 7; // 0 = Sunday
  return weekday >= 1 && weekday <= 5;
};

/** The calendar day of an instant in Vietnam. */
export function vietnamDay(date: Date): LocalDay {
  return localDayOf(localDayIndex(checkedTime(date, "date")));
}

/** Whether the instant falls Monday to Friday in Vietnam (holidays are @chinhquyenso/core's business). */
export function isWeekday(date: Date): boolean {
  return isWeekdayIndex(localDayIndex(checkedTime(date, "date")));
}

export interface TimeWindow {
  readonly from: Date;
  readonly to: Date;
}

/** The `days` days up to `now`: a window to draw sample history from. */
export function windowBefore(now: Date, days: number): TimeWindow {
  const end = checkedTime(now, "now");
  if (!(days > 0) || !Number.isFinite(days))
    throw new SeedInputError("days", `expected a positive number of days, got ${days}`);
  return { from: new Date(end - days * DAY_MS), to: new Date(end) };
}

/** Any instant in the window, to the second. */
export function drawTimeBetween(random: Random, window: TimeWindow): Date {
  const [from, to] = checkedWindow(window);
  const first = Math.ceil(from / 1000);
  const last = Math.floor(to / 1000);
  if (last < first) throw new SeedInputError("window", "is shorter than one second");
  return new Date(random.int(first, last) * 1000);
}

export interface OfficeTimeOptions extends TimeWindow {
  readonly officeHours?: OfficeHours;
  /** Whether a day is worked; defaults to Monday–Friday. Pass core's holiday calendar for a faithful one. */
  readonly isWorkingDay?: (day: LocalDay) => boolean;
}

const RANDOM_ATTEMPTS = 24;
const MAX_ENUMERATED_DAYS = 20 * 366;

/**
 * An instant within office hours on a working day inside the window, to the second: a working day drawn
 * uniformly, then a second within its office hours (clipped to the window). Throws `SeedInputError` when the
 * window holds no office time at all (a weekend, a night, an empty range).
 */
export function drawOfficeTime(random: Random, options: OfficeTimeOptions): Date {
  const [from, to] = checkedWindow(options);
  const hours = options.officeHours ?? DEFAULT_OFFICE_HOURS;
  if (options.officeHours) checkOfficeHours(hours);
  const isWorkingDay = options.isWorkingDay;
  const works = isWorkingDay
    ? (dayIndex: number) => isWorkingDay(localDayOf(dayIndex))
    : (dayIndex: number) => isWeekdayIndex(dayIndex);
  const firstDay = localDayIndex(from);
  const lastDay = localDayIndex(to);

  for (let attempt = 0; attempt < RANDOM_ATTEMPTS; attempt++) {
    const day = random.int(firstDay, lastDay);
    if (!works(day)) continue;
    const instant = drawWithinDay(random, day, hours, from, to);
    if (instant !== null) return instant;
  }
  // Few or no eligible days: list them all and draw among them.
  if (lastDay - firstDay > MAX_ENUMERATED_DAYS)
    throw new SeedInputError("isWorkingDay", "accepts almost no day in a window of more than 20 years");
  const eligible: number[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    if (works(day) && secondsIn(officeRanges(day, hours, from, to)) > 0) eligible.push(day);
  }
  if (eligible.length === 0)
    throw new SeedInputError(
      "window",
      `holds no office hours on a working day between ${formatVietnamIso(new Date(from))} and ${formatVietnamIso(new Date(to))}`,
    );
  return drawWithinDay(random, random.pick(eligible), hours, from, to) as Date;
}

/** The office seconds of a day clipped to [from, to], as up to two [first, last] second ranges. */
function officeRanges(day: number, hours: OfficeHours, from: number, to: number): number[] {
  const midnight = day * DAY_MS - VIETNAM_UTC_OFFSET_MS;
  const ranges: number[] = [];
  for (const [start, end] of [hours.morning, hours.afternoon]) {
    const first = Math.ceil(Math.max(midnight + start * 60_000, from) / 1000);
    const last = Math.floor(Math.min(midnight + end * 60_000, to) / 1000);
    if (last >= first) ranges.push(first, last);
  }
  return ranges;
}

function secondsIn(ranges: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < ranges.length; i += 2) total += (ranges[i + 1] as number) - (ranges[i] as number) + 1;
  return total;
}

function drawWithinDay(
  random: Random,
  day: number,
  hours: OfficeHours,
  from: number,
  to: number,
): Date | null {
  const ranges = officeRanges(day, hours, from, to);
  const total = secondsIn(ranges);
  if (total === 0) return null;
  let offset = random.int(0, total - 1);
  for (let i = 0; i < ranges.length; i += 2) {
    const first = ranges[i] as number;
    const size = (ranges[i + 1] as number) - first + 1;
    if (offset < size) return new Date((first + offset) * 1000);
    offset -= size;
  }
  return null;
}

function checkedTime(date: Date, parameter: string): number {
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(time)) throw new SeedInputError(parameter, "is not a valid Date");
  return time;
}

function checkedWindow(window: TimeWindow): [number, number] {
  const from = checkedTime(window.from, "from");
  const to = checkedTime(window.to, "to");
  if (from > to) throw new SeedInputError("window", "`from` is after `to`");
  return [from, to];
}

function checkOfficeHours(hours: OfficeHours): void {
  const [morningStart, morningEnd] = hours.morning;
  const [afternoonStart, afternoonEnd] = hours.afternoon;
  const ordered =
    morningStart >= 0 &&
    morningStart < morningEnd &&
    morningEnd <= afternoonStart &&
    afternoonStart < afternoonEnd &&
    afternoonEnd <= 24 * 60;
  if (!ordered)
    throw new SeedInputError(
      "officeHours",
      "expected minutes after midnight with morning start < morning end ≤ afternoon start < afternoon end ≤ 1440",
    );
}

// "00".."99", so formatting a date allocates only the result.
const TWO_DIGITS = Array.from({ length: 100 }, (_, value) => String(value).padStart(2, "0"));
const two = (value: number) => TWO_DIGITS[value] as string;

/** Date and clock fields of an instant in Vietnam time, without allocating a Date. */
function localFields(date: Date) {
  const local = checkedTime(date, "date") + VIETNAM_UTC_OFFSET_MS;
  const dayIndex = Math.floor(local / DAY_MS);
  const secondOfDay = Math.floor((local - dayIndex * DAY_MS) / 1000);
  const { year, month, day } = localDayOf(dayIndex);
  if (year < 0 || year > 9999) throw new SeedInputError("date", "is outside the years 0000–9999");
  // Fields listed one by one: an object spread here made formatting ten times slower.
  return {
    year,
    month,
    day,
    hours: Math.floor(secondOfDay / 3600),
    minutes: Math.floor(secondOfDay / 60) % 60,
    seconds: secondOfDay % 60,
  };
}

const year4 = (year: number) => (year >= 1000 ? String(year) : String(year).padStart(4, "0"));

/** "2024-05-06T08:15:00+07:00": ISO 8601 in Vietnam time, as documents and APIs show it. */
export function formatVietnamIso(date: Date): string {
  const { year, month, day, hours, minutes, seconds } = localFields(date);
  return `${year4(year)}-${two(month)}-${two(day)}T${two(hours)}:${two(minutes)}:${two(seconds)}+07:00`;
}

/** "06/05/2024", the Vietnamese day/month/year order. */
export function formatVietnamDate(date: Date): string {
  const { year, month, day } = localFields(date);
  return `${two(day)}/${two(month)}/${year4(year)}`;
}

/** "08:15" (24-hour clock, Vietnam time). */
export function formatVietnamTime(date: Date): string {
  const { hours, minutes } = localFields(date);
  return `${two(hours)}:${two(minutes)}`;
}

/** The instant `days` whole days before `date` (calendar days, same clock time). */
export function daysBefore(date: Date, days: number): Date {
  if (!Number.isFinite(days)) throw new SeedInputError("days", `expected a finite number, got ${days}`);
  return new Date(checkedTime(date, "date") - days * DAY_MS);
}

/** The instant `days` whole days after `date`. */
export function daysAfter(date: Date, days: number): Date {
  return daysBefore(date, -days);
}
