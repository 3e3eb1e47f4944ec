import { formatDate, formatDateTime, formatTime, toEpochMs, toVietnamIso } from "@chinhquyenso/core";

// Dates for widgets, in one place: calendar arithmetic on Vietnam-local day numbers (days since 1970-01-01 in
// Vietnam time) and core's formatters made safe for data from the wire. Every conversion goes through core's
// `toVietnamIso`, so grouping by day never depends on the host's time zone.

const DAY_MS = 86_400_000;

/** The Vietnam-local day number of an instant, or `null` when the value is not a readable date-time. */
export function vietnamDay(value: string | Date | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  try {
    return dayNumberOfKey(toVietnamIso(value).slice(0, 10));
  } catch {
    return null;
  }
}

/** `2026-11-26` → its day number; `null` when it is not a calendar date. */
export function dayNumberOfKey(key: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return ms / DAY_MS;
}

/** The `YYYY-MM-DD` key of a day number. */
export function dayKey(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 for Monday … 6 for Sunday (Vietnamese weeks start on Monday). */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((day + 3) % 7) + 7) % 7;
}

/** The Monday of the week containing `day`. */
export function mondayOf(day: number): number {
  return day - weekdayOf(day);
}

/**
 * Core's formatter applied to a value from the wire, falling back instead of failing the widget: a malformed
 * string is shown as written, anything else (null, a number from a broken payload) as "—".
 */
function safely(format: (value: string) => string) {
  return (value: unknown): string => {
    try {
      return format(value as string);
    } catch {
      return typeof value === "string" ? value : "—";
    }
  };
}

/** `05/11/2026` in Vietnam time. */
export const safeDate = /* @__PURE__ */ safely(formatDate);
/** `08:00` in Vietnam time. */
export const safeTime = /* @__PURE__ */ safely(formatTime);
/** `08:00 05/11/2026` in Vietnam time. */
export const safeDateTime = /* @__PURE__ */ safely(formatDateTime);

/** Epoch milliseconds of an instant, or `null` when unreadable (for sorting and comparing). */
export function instantMs(value: string | null | undefined): number | null {
  if (!value) return null;
  try {
    return toEpochMs(value);
  } catch {
    return null;
  }
}
