// Test oracle: the due-date rules written the slow, obvious way — walk the calendar day by day with the
// sourced holiday file read straight from data/holidays-vn.json (not from the generated module), spending
// office time until the duration is used up. Property tests compare the engine with it.
import { readFileSync } from "node:fs";

const DAY = 86_400_000;
const MINUTE = 60_000;
const OFFSET = 7 * 3_600_000;
const OFFICE: readonly [number, number][] = [
  [7 * 60 * MINUTE, (11 * 60 + 30) * MINUTE],
  [(13 * 60 + 30) * MINUTE, 17 * 60 * MINUTE],
];
export const WORKING_DAY_MS = 8 * 60 * MINUTE;

const kinds = new Map<string, string>(
  (
    JSON.parse(readFileSync(new URL("../../data/holidays-vn.json", import.meta.url), "utf8")) as {
      date: string;
      kind: string;
    }[]
  ).map((entry) => [entry.date, entry.kind]),
);

/** Local (Vietnam wall clock as UTC) ms → whether that day is a working day per the holiday file. */
export function isWorkingDay(localMs: number): boolean {
  const date = new Date(Math.floor(localMs / DAY) * DAY);
  const kind = kinds.get(date.toISOString().slice(0, 10));
  if (kind !== undefined) return kind === "makeup_workday";
  return date.getUTCDay() !== 0 && date.getUTCDay() !== 6;
}

/** First instant ≥ t at which office time is running (or t itself). */
export function forward(t: number): number {
  for (let day = Math.floor(t / DAY) * DAY; ; day += DAY) {
    if (!isWorkingDay(day)) continue;
    for (const [start, end] of OFFICE) if (t < day + end) return Math.max(t, day + start);
  }
}

/** Earliest instant by which `workMs` of office time has elapsed after t. */
export function addWork(t: number, workMs: number): number {
  if (workMs === 0) return forward(t);
  let remaining = workMs;
  for (let day = Math.floor(t / DAY) * DAY; ; day += DAY) {
    if (!isWorkingDay(day)) continue;
    for (const [start, end] of OFFICE) {
      const from = Math.max(t, day + start);
      if (from >= day + end) continue;
      if (remaining <= day + end - from) return from + remaining;
      remaining -= day + end - from;
    }
  }
}

export function oracleDue(
  receivedLocal: number,
  amount: number,
  unit: "working_day" | "calendar_day" | "hour",
) {
  if (unit === "hour") return addWork(receivedLocal, Math.round(amount * 3_600_000));
  if (unit === "working_day") return addWork(receivedLocal, Math.round(amount * WORKING_DAY_MS));
  return forward(forward(receivedLocal) + Math.round(amount * DAY));
}

/** ISO string with +07:00 of local ms. */
export function iso(localMs: number): string {
  const text = new Date(localMs).toISOString();
  return `${text.slice(0, 19)}${text.slice(19, 23) === ".000" ? "" : text.slice(19, 23)}+07:00`;
}

/** Local ms of an ISO instant (any offset). */
export function local(isoText: string): number {
  return Date.parse(isoText) + OFFSET;
}

/** Whether local ms falls inside office hours, ends included. */
export function inOfficeHours(localMs: number): boolean {
  const ms = localMs - Math.floor(localMs / DAY) * DAY;
  return OFFICE.some(([start, end]) => ms >= start && ms <= end);
}
