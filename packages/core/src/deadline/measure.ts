import { defaultCalendar, engineOf, type WorkingCalendar } from "../calendar/calendar";
import { MS_PER_DAY, MS_PER_HOUR } from "../time/civil";
import { type InstantInput, toLocalMs } from "../time/instant";

/** An amount of office time; negative when measured backwards. */
export interface WorkingTime {
  readonly milliseconds: number;
  readonly hours: number;
  /** In working days of the calendar (8 office hours by default). */
  readonly workingDays: number;
}

export interface MeasureOptions {
  readonly calendar?: WorkingCalendar | undefined;
}

/** Office time between two instants: weekends, holidays, nights and lunch breaks do not count. */
export function workingTimeBetween(
  from: InstantInput,
  to: InstantInput,
  options?: MeasureOptions,
): WorkingTime {
  return measure(from, to, options, "from", "to");
}

/** Office time left until `dueAt`; negative once it has passed (the office time overdue). */
export function remainingWorkingTime(
  dueAt: InstantInput,
  now: InstantInput,
  options?: MeasureOptions,
): WorkingTime {
  return measure(now, dueAt, options, "now", "dueAt");
}

function measure(
  from: InstantInput,
  to: InstantInput,
  options: MeasureOptions | undefined,
  fromField: string,
  toField: string,
): WorkingTime {
  const engine = engineOf(options?.calendar ?? defaultCalendar());
  const start = toLocalMs(from, fromField);
  const end = toLocalMs(to, toField);
  const milliseconds = engine.position(end) - engine.position(start);
  engine.checkSpan(
    Math.floor(Math.min(start, end) / MS_PER_DAY),
    Math.floor(Math.max(start, end) / MS_PER_DAY),
  );
  return {
    milliseconds,
    hours: milliseconds / MS_PER_HOUR,
    workingDays: milliseconds / engine.dayMs,
  };
}
