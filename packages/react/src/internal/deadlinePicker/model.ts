// The deadline picker's rules as pure functions over `YYYY-MM-DD` day keys: parsing what was typed, the month grid,
// and what each day is on the working calendar (core's), so the hook, the view and tests share one answer.
import {
  addWorkingDays,
  HOLIDAY_KIND_LABELS,
  type Locale,
  labelOf,
  type WorkingCalendar,
  workingDaysBetween,
} from "@chinhquyenso/core";
import { dayKey, dayNumberOfKey, mondayOf } from "../dates";

export type TypedDate =
  | { readonly ok: true; readonly day: string }
  | { readonly ok: false; readonly error: "empty" | "format" | "no_such_day" };

/** `17/2/2026`, `17/02/2026`, `17-02-2026` or `17.02.2026` → `2026-02-17`; Vietnamese order, day first. */
export function parseTypedDate(text: string): TypedDate {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, error: "empty" };
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!match) return { ok: false, error: "format" };
  const key = `${match[3]}-${(match[2] as string).padStart(2, "0")}-${(match[1] as string).padStart(2, "0")}`;
  return dayNumberOfKey(key) === null ? { ok: false, error: "no_such_day" } : { ok: true, day: key };
}

/** `2026-02-17` → `17/02/2026`. */
export function formatDayKey(key: string): string {
  const [year, month, day] = key.split("-");
  return `${day}/${month}/${year}`;
}

/** The month of a day key, `YYYY-MM`. */
export const monthOf = (key: string) => key.slice(0, 7);

/** The month `delta` months after `YYYY-MM`. */
export function shiftMonth(month: string, delta: number): string {
  const [year, index] = month.split("-").map(Number) as [number, number];
  const total = year * 12 + (index - 1) + delta;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
}

/** The same day `delta` months later, kept inside the target month (31/01 + 1 month → 28/02). */
export function shiftDayByMonths(key: string, delta: number): string {
  const month = shiftMonth(monthOf(key), delta);
  const wanted = Number(key.slice(8, 10));
  for (let day = wanted; day >= 28; day--) {
    const candidate = `${month}-${String(day).padStart(2, "0")}`;
    if (dayNumberOfKey(candidate) !== null) return candidate;
  }
  return `${month}-${String(wanted).padStart(2, "0")}`;
}

/** Weeks of a month, Monday first; days of the neighbouring months are `null`. */
export function monthWeeks(month: string): (string | null)[][] {
  const first = dayNumberOfKey(`${month}-01`);
  if (first === null) return [];
  const weeks: (string | null)[][] = [];
  for (let start = mondayOf(first); ; start += 7) {
    const week = Array.from({ length: 7 }, (_, index) => {
      const key = dayKey(start + index);
      return monthOf(key) === month ? key : null;
    });
    if (week.every((day) => day === null)) break;
    weeks.push(week);
  }
  return weeks;
}

export interface PickerBounds {
  /** The day working days are counted from (today). */
  readonly from: string;
  /** Earliest and latest allowed days, inclusive; `null` when unbounded. */
  readonly min: string | null;
  readonly max: string | null;
}

/** Bounds in working days from `from` (`minWorkingDays` 1: the next working day at the earliest). */
export function boundsOf(
  from: string,
  minWorkingDays: number | undefined,
  maxWorkingDays: number | undefined,
  calendar: WorkingCalendar,
): PickerBounds {
  const at = (amount: number | undefined) =>
    amount === undefined ? null : addWorkingDays(from, amount, { calendar });
  return { from, min: at(minWorkingDays), max: at(maxWorkingDays) };
}

export type DayProblem = "day_off" | "before_min" | "after_max";

export interface PickerDay {
  readonly key: string;
  readonly working: boolean;
  /** Why the day is off: the weekend or the calendar entry's kind (holiday, compensatory_off, swapped_off). */
  readonly offKind: string | null;
  /** The day off's name and kind ("Tết Nguyên đán (mùng 1) — Ngày lễ, Tết"), "weekend", or null on a working day. */
  readonly offLabel: string | null;
  /** Working days from `bounds.from` to this day (negative before it). */
  readonly workingDays: number;
  readonly problem: DayProblem | null;
  readonly provisional: boolean;
}

/** Working days between, or NaN for a day so far away (a decade) that counting it means nothing. */
function safeCount(from: string, to: string, calendar: WorkingCalendar): number {
  try {
    return workingDaysBetween(from, to, { calendar });
  } catch {
    return Number.NaN;
  }
}

/** What a day is for the picker: working or off (and why), how far in working days, whether it may be picked. */
export function pickerDay(
  key: string,
  bounds: PickerBounds,
  calendar: WorkingCalendar,
  locale: Locale,
  weekendLabel: string,
): PickerDay {
  const info = calendar.dayInfo(key);
  const entry = info.entry;
  const offLabel = info.working
    ? null
    : entry
      ? `${entry.name} — ${labelOf(HOLIDAY_KIND_LABELS, entry.kind, locale)}`
      : weekendLabel;
  const problem: DayProblem | null = !info.working
    ? "day_off"
    : bounds.min !== null && key < bounds.min
      ? "before_min"
      : bounds.max !== null && key > bounds.max
        ? "after_max"
        : null;
  return {
    key,
    working: info.working,
    offKind: info.working ? null : (entry?.kind ?? "weekend"),
    offLabel,
    workingDays: safeCount(bounds.from, key, calendar),
    problem,
    provisional: info.provisional,
  };
}

/** `YYYY-MM-DD` + `HH:mm` → the instant in Vietnam time, as the contract's date-time fields take it. */
export function deadlineInstant(day: string, time = "17:00"): string {
  return `${day}T${time}:00+07:00`;
}
