import { CalendarCoverageError, InvalidInputError } from "../errors";
import { civilFromDays, daysFromCivil, MS_PER_DAY, weekdayOf } from "../time/civil";
import type { HolidayEntry, UncoveredYearPolicy } from "./types";
import { MAX_YEAR, MIN_YEAR, type OfficeSchedule } from "./validate";

export interface EngineSource {
  readonly schedule: OfficeSchedule;
  readonly weekend: ReadonlySet<number>;
  /** The entries of a year keyed by day number: its notice's, else the statute's (or none). */
  readonly entriesOf: (year: number) => ReadonlyMap<number, HolidayEntry>;
  /** Years with an official notice; the others are provisional. */
  readonly coveredYears: readonly number[];
  readonly policy: UncoveredYearPolicy;
  /** Reports (once per year) that a provisional year was used. */
  readonly warn: (year: number) => void;
}

/**
 * The working-time line of a calendar. A *position* is the office time (ms) elapsed since a fixed origin:
 * adding working time is adding to a position, measuring it is subtracting two. Day tables (prefix counts of
 * working days) make both O(1), whatever the duration — the reason dueDate meets its budget (see bench/).
 * Tables cover the years with a notice and grow on demand over provisional years (unless the policy is `error`).
 */
export class CalendarEngine {
  readonly dayMs: number;
  private readonly source: EngineSource;
  private readonly covered: ReadonlySet<number>;
  private readonly starts: readonly number[];
  private readonly ends: readonly number[];
  private firstYear = 0;
  private lastYear = -1;
  private baseDay = 0;
  private dayCount = 0;
  /** Working days before the first table day, relative to the origin; keeps positions stable as tables grow. */
  private shift = 0;
  private working = new Uint8Array(0);
  private uncovered = new Uint8Array(0);
  private uncoveredBefore = new Int32Array(1);
  private workingBefore = new Int32Array(1);
  private workingDays = new Int32Array(0);

  constructor(source: EngineSource) {
    this.source = source;
    this.covered = new Set(source.coveredYears);
    this.starts = source.schedule.starts;
    this.ends = source.schedule.ends;
    this.dayMs = source.schedule.dayMs;
    const first = source.coveredYears[0];
    const last = source.coveredYears[source.coveredYears.length - 1];
    if (first !== undefined && last !== undefined) this.build(first, last);
  }

  /** Working position of a Vietnam-local instant: time inside office hours counts, anything else does not. */
  position(localMs: number): number {
    const dayNumber = Math.floor(localMs / MS_PER_DAY);
    const index = this.indexOf(dayNumber);
    const before = (this.shift + (this.workingBefore[index] ?? 0)) * this.dayMs;
    if (this.working[index] === 0) return before;
    const msOfDay = localMs - dayNumber * MS_PER_DAY;
    let elapsed = 0;
    for (let i = 0; i < this.starts.length; i++) {
      const start = this.starts[i] ?? 0;
      const end = this.ends[i] ?? 0;
      if (msOfDay <= start) return before + elapsed;
      if (msOfDay < end) return before + elapsed + msOfDay - start;
      elapsed += end - start;
    }
    return before + elapsed;
  }

  /**
   * The first instant at which `position` is reached. When it falls on the end of a period it is that end
   * (11:30, 17:00), not the start of the next one: the work is done at 17:00, not at 07:00 the next morning.
   */
  earliestInstant(position: number): number {
    const dayOrdinal = Math.floor((position - 1) / this.dayMs);
    const dayNumber = this.workingDayNumber(dayOrdinal - this.shift);
    let offset = position - dayOrdinal * this.dayMs;
    for (let i = 0; i < this.starts.length; i++) {
      const start = this.starts[i] ?? 0;
      const length = (this.ends[i] ?? 0) - start;
      if (offset <= length) return dayNumber * MS_PER_DAY + start + offset;
      offset -= length;
    }
    return dayNumber * MS_PER_DAY + (this.ends[this.ends.length - 1] ?? 0);
  }

  /** The instant work can go on from `position`: after a lunch break or a closing time, the next opening. */
  forwardInstant(position: number): number {
    const dayOrdinal = Math.floor(position / this.dayMs);
    const dayNumber = this.workingDayNumber(dayOrdinal - this.shift);
    let offset = position - dayOrdinal * this.dayMs;
    for (let i = 0; i < this.starts.length; i++) {
      const start = this.starts[i] ?? 0;
      const length = (this.ends[i] ?? 0) - start;
      if (offset < length) return dayNumber * MS_PER_DAY + start + offset;
      offset -= length;
    }
    return dayNumber * MS_PER_DAY + (this.ends[this.ends.length - 1] ?? 0);
  }

  /** The same time of day on the first working day on or after the instant's day. */
  onWorkingDay(localMs: number): number {
    const dayNumber = Math.floor(localMs / MS_PER_DAY);
    const index = this.indexOf(dayNumber);
    if (this.working[index] === 1) return localMs;
    const next = this.workingDayNumber(this.workingBefore[index] ?? 0);
    return localMs + (next - dayNumber) * MS_PER_DAY;
  }

  /** Working days in (fromDay, toDay] — negative when toDay is earlier. Day numbers, not instants. */
  workingDaysBetween(fromDay: number, toDay: number): number {
    this.checkSpan(Math.min(fromDay, toDay), Math.max(fromDay, toDay));
    const from = fromDay - this.baseDay;
    const to = toDay - this.baseDay;
    return (this.workingBefore[to + 1] ?? 0) - (this.workingBefore[from + 1] ?? 0);
  }

  isWorkingDay(dayNumber: number): boolean {
    // Look the index up before reading the table: the lookup may replace the tables.
    const index = this.indexOf(dayNumber);
    return this.working[index] === 1;
  }

  /** Throws (strict policy) or reports when a day in [fromDay, toDay] lies in a year without a notice. */
  checkSpan(fromDay: number, toDay: number): void {
    // Both lookups first (either may grow the tables and move their base), then the indexes.
    this.indexOf(fromDay);
    this.indexOf(toDay);
    const from = fromDay - this.baseDay;
    const to = toDay - this.baseDay;
    if ((this.uncoveredBefore[to + 1] ?? 0) - (this.uncoveredBefore[from] ?? 0) === 0) return;
    for (let year = yearOf(fromDay); year <= yearOf(toDay); year++) {
      if (!this.covered.has(year)) this.uncoveredYear(year);
    }
  }

  /** The calendar entry of a day, if any. */
  entryOf(dayNumber: number): HolidayEntry | undefined {
    return this.source.entriesOf(yearOf(dayNumber)).get(dayNumber);
  }

  /** When the first office period opens, in ms since local midnight. */
  get openingMs(): number {
    return this.starts[0] ?? 0;
  }

  /** Whether the year has an official notice (as opposed to a provisional computation). */
  covers(year: number): boolean {
    return this.covered.has(year);
  }

  uncoveredYear(year: number): void {
    if (this.source.policy === "error") throw new CalendarCoverageError(year, this.source.coveredYears);
    this.source.warn(year);
  }

  private workingDayNumber(tableOrdinal: number): number {
    while (tableOrdinal < 0) {
      const before = this.workingDays.length;
      this.grow(this.firstYear - 1);
      tableOrdinal += this.workingDays.length - before;
    }
    while (tableOrdinal >= this.workingDays.length) this.grow(this.lastYear + 1);
    return this.baseDay + (this.workingDays[tableOrdinal] ?? 0);
  }

  private indexOf(dayNumber: number): number {
    let index = dayNumber - this.baseDay;
    if (index < 0 || index >= this.dayCount) {
      this.grow(yearOf(dayNumber));
      index = dayNumber - this.baseDay;
    }
    if (this.uncovered[index] === 1) this.uncoveredYear(yearOf(dayNumber));
    return index;
  }

  private grow(year: number): void {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidInputError(
        "invalid_date",
        "date",
        `year ${year} is outside the range a working calendar handles (${MIN_YEAR}–${MAX_YEAR})`,
      );
    }
    if (this.source.policy === "error" || this.dayCount === 0) {
      if (this.source.policy === "error") throw new CalendarCoverageError(year, this.source.coveredYears);
      this.build(year, year);
      return;
    }
    const oldBase = this.baseDay;
    const oldShift = this.shift;
    this.build(Math.min(this.firstYear, year), Math.max(this.lastYear, year));
    // Prepended days add working days before the old table: move the origin so old positions stay valid.
    this.shift = oldShift - (this.workingBefore[oldBase - this.baseDay] ?? 0);
  }

  private build(firstYear: number, lastYear: number): void {
    const { weekend } = this.source;
    const baseDay = daysFromCivil(firstYear, 1, 1);
    const dayCount = daysFromCivil(lastYear + 1, 1, 1) - baseDay;
    const working = new Uint8Array(dayCount);
    const uncovered = new Uint8Array(dayCount);
    const uncoveredBefore = new Int32Array(dayCount + 1);
    const workingBefore = new Int32Array(dayCount + 1);
    const workingDays: number[] = [];
    let entries = this.source.entriesOf(firstYear);
    for (
      let index = 0, year = firstYear, nextYearDay = daysFromCivil(firstYear + 1, 1, 1);
      index < dayCount;
      index++
    ) {
      const dayNumber = baseDay + index;
      if (dayNumber === nextYearDay) {
        year++;
        nextYearDay = daysFromCivil(year + 1, 1, 1);
        entries = this.source.entriesOf(year);
      }
      const entry = entries.get(dayNumber);
      const isWorking = entry ? entry.kind === "makeup_workday" : !weekend.has(weekdayOf(dayNumber));
      working[index] = isWorking ? 1 : 0;
      uncovered[index] = this.covered.has(year) ? 0 : 1;
      if (isWorking) workingDays.push(index);
      workingBefore[index + 1] = (workingBefore[index] ?? 0) + (isWorking ? 1 : 0);
      uncoveredBefore[index + 1] = (uncoveredBefore[index] ?? 0) + (uncovered[index] ?? 0);
    }
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.baseDay = baseDay;
    this.dayCount = dayCount;
    this.working = working;
    this.uncovered = uncovered;
    this.uncoveredBefore = uncoveredBefore;
    this.workingBefore = workingBefore;
    this.workingDays = Int32Array.from(workingDays);
  }
}

export function yearOf(dayNumber: number): number {
  return civilFromDays(dayNumber)[0];
}
