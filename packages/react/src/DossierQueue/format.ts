// Formatting that never throws: a malformed date from the wire shows as typed, a deadline the calendar cannot
// judge (a strict calendar without the year's holidays) falls back to the date alone.
import { formatDate, formatDeadline, type Locale, type WorkingCalendar } from "@chinhquyenso/core";

/** `dd/MM/yyyy` in Vietnam time; the raw value when it is not a date; null when absent. */
export function dateText(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value !== "string") return String(value);
  try {
    return formatDate(value);
  } catch {
    return value;
  }
}

/** "còn 2 ngày làm việc" / "quá hạn 3 ngày" through core, or null when it cannot be told. */
export function deadlineText(
  dueAt: unknown,
  now: Date,
  locale: Locale,
  calendar: WorkingCalendar,
): string | null {
  if (typeof dueAt !== "string" || dueAt === "") return null;
  try {
    return formatDeadline(dueAt, now, { locale, calendar });
  } catch {
    return null;
  }
}
