import { InvalidInputError } from "../errors";
import { dayKey, MS_PER_DAY } from "../time/civil";
import { type InstantInput, toLocalMs } from "../time/instant";
import { defaultCalendar, engineOf, type WorkingCalendar } from "./calendar";

export interface WorkingDayOptions {
  readonly calendar?: WorkingCalendar | undefined;
}

/** A range longer than this is a typing slip (year 20026), not a deadline: refused rather than looped over. */
const MAX_SPAN_DAYS = 3_660;

function dayNumberOf(value: InstantInput, field: string): number {
  return Math.floor(toLocalMs(value, field) / MS_PER_DAY);
}

/**
 * Whole working days from the day of `from` to the day of `to`: the working days after `from`'s day, up to and
 * including `to`'s day — "N ngày làm việc" as a deadline picker shows it (Friday → next Monday is 1). Negative
 * when `to` is before `from`; 0 on the same day. Time of day is ignored.
 */
export function workingDaysBetween(
  from: InstantInput,
  to: InstantInput,
  options: WorkingDayOptions = {},
): number {
  const engine = engineOf(options.calendar ?? defaultCalendar());
  const start = dayNumberOf(from, "from");
  const end = dayNumberOf(to, "to");
  if (Math.abs(end - start) > MAX_SPAN_DAYS)
    throw new InvalidInputError("out_of_range", "to", `is more than ${MAX_SPAN_DAYS} days from "from"`);
  const [low, high, sign] = end >= start ? [start, end, 1] : [end, start, -1];
  let count = 0;
  for (let day = low + 1; day <= high; day++) if (engine.isWorkingDay(day)) count += 1;
  return sign * count;
}

/**
 * The day (`YYYY-MM-DD`) that is `amount` working days after the day of `from` (before it when negative); the
 * inverse of `workingDaysBetween` on working days. `amount` 0 is `from`'s own day, working or not.
 */
export function addWorkingDays(from: InstantInput, amount: number, options: WorkingDayOptions = {}): string {
  if (!Number.isInteger(amount) || Math.abs(amount) > MAX_SPAN_DAYS)
    throw new InvalidInputError(
      "out_of_range",
      "amount",
      `must be a whole number of at most ${MAX_SPAN_DAYS}`,
    );
  const engine = engineOf(options.calendar ?? defaultCalendar());
  let day = dayNumberOf(from, "from");
  const step = amount < 0 ? -1 : 1;
  for (let left = Math.abs(amount); left > 0; ) {
    day += step;
    if (engine.isWorkingDay(day)) left -= 1;
  }
  return dayKey(day);
}
