// The anchor for the dueDate benchmark: the straightforward implementation — walk day by day with Date
// objects, look each day up in the holiday list, spend the office time of each working day until the
// duration is used up. Same rules as dueDate for working-day durations (it is checked against it).

const OFFICE = [
  [7 * 60, 11 * 60 + 30],
  [13 * 60 + 30, 17 * 60],
];
const OFFSET_MS = 7 * 3_600_000;

export function naiveDueDate(receivedAt, workingDays, holidays) {
  const local = new Date(Date.parse(receivedAt) + OFFSET_MS);
  let remaining = workingDays * 8 * 60;
  let minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  for (;;) {
    const kind = holidays.get(local.toISOString().slice(0, 10));
    const weekday = local.getUTCDay();
    const working = kind === undefined ? weekday !== 0 && weekday !== 6 : kind === "makeup_workday";
    if (working) {
      for (const [start, end] of OFFICE) {
        if (minute >= end) continue;
        const from = Math.max(minute, start);
        if (remaining <= end - from) {
          local.setUTCHours(0, from + remaining, 0, 0);
          return `${local.toISOString().slice(0, 19)}+07:00`;
        }
        remaining -= end - from;
        minute = end;
      }
    }
    local.setUTCDate(local.getUTCDate() + 1);
    local.setUTCHours(0, 0, 0, 0);
    minute = 0;
  }
}
