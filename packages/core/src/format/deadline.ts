import { defaultCalendar, engineOf, type WorkingCalendar } from "../calendar/calendar";
import type { Locale } from "../labels";
import { MS_PER_DAY } from "../time/civil";
import { type InstantInput, toLocalMs } from "../time/instant";
import { count } from "./words";

export interface DeadlineFormatOptions {
  readonly locale?: Locale;
  readonly calendar?: WorkingCalendar | undefined;
}

/**
 * How a due date stands, by day as timeliness counts it: "còn 2 ngày làm việc" / "due in 2 working days"
 * (working days after today up to the due day), "hạn hôm nay" / "due today", "quá hạn 3 ngày" /
 * "3 days overdue" (calendar days past the due day). A due date on a day off counts in calendar days.
 */
export function formatDeadline(
  dueAt: InstantInput,
  now: InstantInput,
  options: DeadlineFormatOptions = {},
): string {
  const locale = options.locale ?? "vi";
  const en = locale === "en";
  const dueDay = Math.floor(toLocalMs(dueAt, "dueAt") / MS_PER_DAY);
  const today = Math.floor(toLocalMs(now, "now") / MS_PER_DAY);
  if (today > dueDay) {
    const late = count(today - dueDay, locale, "ngày", "day", "days");
    return en ? `${late} overdue` : `quá hạn ${late}`;
  }
  if (today === dueDay) return en ? "due today" : "hạn hôm nay";
  const working = engineOf(options.calendar ?? defaultCalendar()).workingDaysBetween(today, dueDay);
  const left =
    working > 0
      ? count(working, locale, "ngày làm việc", "working day", "working days")
      : count(dueDay - today, locale, "ngày", "day", "days");
  return en ? `due in ${left}` : `còn ${left}`;
}
