import {
  type CalendarWarning,
  createCalendar,
  dueDate,
  type WorkingCalendar,
  workingTimeBetween,
} from "@chinhquyenso/core";

/**
 * The calendar of the samples: core's default — the sourced 2024–2026 notices, and the statute for other years
 * (a late-2026 data set has due dates in 2027, which has no notice yet). Each provisional year is reported once
 * through `onWarning`.
 */
export function createMockCalendar(onWarning?: (warning: CalendarWarning) => void): WorkingCalendar {
  return createCalendar(onWarning ? { onWarning } : {});
}

/** The instant `hours` office hours after `from` (epoch ms), on the calendar. */
export function addOfficeHours(calendar: WorkingCalendar, from: number, hours: number): number {
  return Date.parse(dueDate(new Date(from), { amount: Math.max(hours, 0), unit: "hour" }, { calendar }));
}

/** Office hours between two instants (negative when `to` is before `from`). */
export function officeHoursBetween(calendar: WorkingCalendar, from: number, to: number): number {
  return workingTimeBetween(new Date(from), new Date(to), { calendar }).hours;
}
