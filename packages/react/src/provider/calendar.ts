import { defaultCalendar, type WorkingCalendar } from "@chinhquyenso/core";

/**
 * The calendar widgets use when the app gives none: core's default — the bundled, sourced 2024–2026 notices,
 * and the statute for any other year (provisional: widgets mark such dates "dự kiến", and the provider tells the
 * host through `onCalendarNotice`). Never a console warning, never a crash.
 */
export function defaultWidgetCalendar(): WorkingCalendar {
  return defaultCalendar();
}
