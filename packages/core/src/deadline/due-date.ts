import { defaultCalendar, engineOf, type WorkingCalendar } from "../calendar/calendar";
import { formatLocalMs, type InstantInput, toLocalMs } from "../time/instant";
import { type ClockPause, computeDue } from "./compute";
import { checkDuration, type Duration } from "./duration";

export interface DueDateOptions {
  /** Periods when the clock stood still; each pushes the due date by the working time it overlaps. */
  readonly pauses?: readonly ClockPause[] | null | undefined;
  /** Needed only when a pause is still open (has no `to`). */
  readonly now?: InstantInput | undefined;
  /** Default: `defaultCalendar()` (bundled 2024–2026 holidays, 07:00–11:30 and 13:30–17:00). */
  readonly calendar?: WorkingCalendar | undefined;
}

/**
 * The due date (hẹn trả) of a dossier received at `receivedAt`, as an ISO string with `+07:00`.
 *
 * - Intake after 17:00 (or on a day off) counts from the next working morning, during lunch from 13:30.
 * - `working_day`: one working day is the office day (8 h); fractions are allowed. `hour`: office hours.
 * - `calendar_day`: every day counts, but the due date moves off weekends and holidays.
 * - `pauses` push the due date by the working time the clock stood still.
 *
 * Throws `InvalidInputError` for malformed input and `CalendarCoverageError` when a year without holiday
 * data is involved (unless the calendar assumes weekends for such years).
 */
export function dueDate(receivedAt: InstantInput, duration: Duration, options?: DueDateOptions): string {
  checkDuration(duration);
  const engine = engineOf(options?.calendar ?? defaultCalendar());
  const received = toLocalMs(receivedAt, "receivedAt");
  const now = options?.now === undefined ? undefined : toLocalMs(options.now, "now");
  return formatLocalMs(computeDue(engine, received, duration.amount, duration.unit, options?.pauses, now));
}
