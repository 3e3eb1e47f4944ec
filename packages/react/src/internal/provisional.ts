// Which years a date shown on screen depends on, and which of them have no official holiday notice. Never throws:
// a malformed date from the wire simply depends on nothing.
import { toVietnamIso, type WorkingCalendar } from "@chinhquyenso/core";

/** A displayed date never reaches further than this from the other end of its span (a data error otherwise). */
const MAX_SPAN_YEARS = 10;

function yearOf(value: unknown): number | undefined {
  if (typeof value !== "string" && !(value instanceof Date)) return undefined;
  try {
    return Number(toVietnamIso(value).slice(0, 4));
  } catch {
    return undefined;
  }
}

/** The Vietnam-time years from `from` to `to` (either order), each once; `[]` when either is not a date. */
export function yearsSpanned(from: unknown, to: unknown): number[] {
  const a = yearOf(from);
  const b = yearOf(to);
  if (a === undefined || b === undefined || Math.abs(a - b) > MAX_SPAN_YEARS) return [];
  const years: number[] = [];
  for (let year = Math.min(a, b); year <= Math.max(a, b); year++) years.push(year);
  return years;
}

/** The years from `from` to `to` without an official notice in `calendar`: a date spanning them is provisional. */
export function provisionalYears(calendar: WorkingCalendar, from: unknown, to: unknown): number[] {
  return yearsSpanned(from, to).filter((year) => !calendar.covers(year));
}
