import type { CalendarEngine } from "../calendar/engine";
import { InvalidInputError } from "../errors";
import { MS_PER_DAY, MS_PER_HOUR } from "../time/civil";
import { type InstantInput, toLocalMs } from "../time/instant";
import type { DurationUnit } from "./duration";

/** A period during which the clock stood still (awaiting supplement, awaiting payment, suspended). */
export interface ClockPause {
  readonly from: InstantInput;
  /** Missing or null while the pause is still open: it then lasts until `now`. */
  readonly to?: InstantInput | null | undefined;
  /** The status that stopped the clock, for explanations. */
  readonly status?: string | undefined;
}

/** What the explanation needs to know about a computation. */
export interface DueTrace {
  effectiveStart: number;
  /** Calendar-day durations: the instant that fell on a day off and where it moved. */
  moved: { from: number; to: number } | undefined;
  /** Pauses that pushed the due date: local instants and working time added. */
  pauses: { from: number; to: number; addedMs: number; status: string | undefined }[];
  /** Spans counted in working time, as [from, to] local instants, for listing the days they skipped. */
  workingSpans: [number, number][];
}

interface PauseSpan {
  start: number;
  end: number;
  from: number;
  to: number;
  status: string | undefined;
}

/**
 * The due instant (Vietnam-local ms). Working units add office time to the intake's position on the working
 * line; calendar days add 24-hour days to the start of counting and move to the next opening. Pauses then
 * push the due date by the working time they overlap — only those that begin before the (already pushed)
 * due date.
 */
export function computeDue(
  engine: CalendarEngine,
  receivedLocal: number,
  amount: number,
  unit: DurationUnit,
  pauses: readonly ClockPause[] | null | undefined,
  nowLocal: number | undefined,
  trace?: DueTrace,
): number {
  const start = engine.position(receivedLocal);
  let due: number;
  if (unit === "calendar_day") {
    // Calendar days are 24-hour days from the start of counting; a due date that lands on a day off or
    // outside office hours moves to the next opening. (The legacy system kept the time of day when moving,
    // which lets a later intake get an earlier due date: Thu 10:00 + 3 days → Mon 10:00, Fri 08:00 + 3 days
    // → Mon 08:00. Moving to the opening keeps due dates monotonic; timeliness compares days anyway.)
    const effectiveStart = engine.forwardInstant(start);
    const landed = effectiveStart + Math.round(amount * MS_PER_DAY);
    due = engine.forwardInstant(engine.position(landed));
    if (trace) {
      trace.effectiveStart = effectiveStart;
      trace.moved = due === landed ? undefined : { from: landed, to: due };
      trace.workingSpans.push([receivedLocal, effectiveStart]);
    }
    if (pauses && pauses.length > 0) {
      const position = engine.position(due);
      const pushed = applyPauses(engine, receivedLocal, start, position, pauses, nowLocal, trace);
      if (pushed !== position) {
        const pushedDue = engine.earliestInstant(pushed);
        trace?.workingSpans.push([due, pushedDue]);
        due = pushedDue;
      }
    }
  } else {
    const length = Math.round(amount * (unit === "hour" ? MS_PER_HOUR : engine.dayMs));
    let end = start + length;
    if (trace) trace.effectiveStart = engine.forwardInstant(start);
    if (pauses && pauses.length > 0)
      end = applyPauses(engine, receivedLocal, start, end, pauses, nowLocal, trace);
    due = end === start ? engine.forwardInstant(start) : engine.earliestInstant(end);
    trace?.workingSpans.push([receivedLocal, due]);
  }
  engine.checkSpan(Math.floor(receivedLocal / MS_PER_DAY), Math.floor(due / MS_PER_DAY));
  return due;
}

function applyPauses(
  engine: CalendarEngine,
  receivedLocal: number,
  start: number,
  due: number,
  pauses: readonly ClockPause[],
  nowLocal: number | undefined,
  trace: DueTrace | undefined,
): number {
  const spans: PauseSpan[] = [];
  pauses.forEach((pause, index) => {
    const from = toLocalMs(pause?.from, `pauses[${index}].from`);
    let to: number;
    if (pause.to === undefined || pause.to === null) {
      if (nowLocal === undefined) {
        throw new InvalidInputError(
          "open_pause_without_now",
          "now",
          `pauses[${index}] is still open (no "to"): pass "now" to measure how long the clock has stood still`,
        );
      }
      to = Math.max(from, nowLocal);
    } else {
      to = toLocalMs(pause.to, `pauses[${index}].to`);
      if (to < from)
        throw new InvalidInputError("invalid_pause", `pauses[${index}]`, '"to" is before "from"');
    }
    // Clip to the intake first: days before it are never looked up (they may lie in an uncovered year).
    if (to <= receivedLocal) return;
    const spanStart = Math.max(engine.position(Math.max(from, receivedLocal)), start);
    const spanEnd = engine.position(to);
    if (spanEnd > spanStart) spans.push({ start: spanStart, end: spanEnd, from, to, status: pause.status });
  });
  spans.sort((a, b) => a.start - b.start);
  let pushed = due;
  let current: PauseSpan | undefined;
  const flush = () => {
    if (current === undefined || current.start >= pushed) return false;
    pushed += current.end - current.start;
    trace?.pauses.push({
      from: current.from,
      to: current.to,
      addedMs: current.end - current.start,
      status: current.status,
    });
    return true;
  };
  for (const span of spans) {
    if (current !== undefined && span.start <= current.end) {
      current.end = Math.max(current.end, span.end);
      current.to = Math.max(current.to, span.to);
      continue;
    }
    if (current !== undefined && !flush()) return pushed;
    current = { ...span };
  }
  flush();
  return pushed;
}
