import { createCalendar, type WorkingCalendar } from "@chinhquyenso/core";

let fallback: WorkingCalendar | undefined;

/**
 * The calendar widgets use when the app gives none: the bundled, sourced 2024–2026 calendar; a later year is
 * assumed to have weekends only, with one `console.warn` per year (never a silent guess, never a crash).
 */
export function defaultWidgetCalendar(): WorkingCalendar {
  fallback ??= createCalendar({
    uncoveredYears: "assume_weekends",
    onWarning: (warning) => console.warn(`@chinhquyenso/react: ${warning.message}`),
  });
  return fallback;
}
