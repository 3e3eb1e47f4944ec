import { defaultCalendar, engineOf, type WorkingCalendar } from "../calendar/calendar";
import type { CalendarEngine } from "../calendar/engine";
import type { Locale } from "../labels";
import { dayKey, MS_PER_DAY, MS_PER_HOUR } from "../time/civil";
import { formatLocalMs, type InstantInput, toLocalMs } from "../time/instant";
import { computeDue, type DueTrace } from "./compute";
import type { DueDateOptions } from "./due-date";
import { checkDuration, type Duration } from "./duration";
import { describeStep } from "./explain-text";
import type { CountingStartReason, DueDateStep, StepData } from "./steps";

export interface DueDateExplanation {
  readonly dueAt: string;
  /**
   * True when a year from intake to the due date has no official holiday notice: the date was computed from
   * the statute (or weekends only) and may move when the notice is loaded.
   */
  readonly provisional: boolean;
  /** Those years, ascending. */
  readonly provisionalYears: readonly number[];
  readonly steps: readonly DueDateStep[];
}

export interface ExplainOptions extends DueDateOptions {
  /** Language of the step texts (default `vi`). */
  readonly locale?: Locale;
}

/**
 * The due date with the steps that produced it — intake adjustment, the days skipped and why, make-up
 * Saturdays, pauses, a move off a day off — so a civil servant can see why a dossier is due on a given day.
 * `dueAt` is always the same as `dueDate(...)` for the same arguments.
 */
export function explainDueDate(
  receivedAt: InstantInput,
  duration: Duration,
  options: ExplainOptions = {},
): DueDateExplanation {
  checkDuration(duration);
  const locale = options.locale ?? "vi";
  const calendar = options.calendar ?? defaultCalendar();
  const engine = engineOf(calendar);
  const received = toLocalMs(receivedAt, "receivedAt");
  const now = options.now === undefined ? undefined : toLocalMs(options.now, "now");
  const trace: DueTrace = {
    effectiveStart: received,
    moved: undefined,
    pauses: [],
    workingSpans: [],
  };
  const due = computeDue(engine, received, duration.amount, duration.unit, options.pauses, now, trace);

  const head: StepData[] = [{ kind: "received", at: formatLocalMs(received) }];
  const middle: [number, StepData][] = [];
  if (trace.effectiveStart !== received) {
    middle.push([
      trace.effectiveStart,
      {
        kind: "counting_starts",
        at: formatLocalMs(trace.effectiveStart),
        reason: countingStartReason(engine, received, trace.effectiveStart),
      },
    ]);
  }
  head.push({
    kind: "duration",
    amount: duration.amount,
    unit: duration.unit,
    workingHours:
      duration.unit === "hour"
        ? duration.amount
        : duration.unit === "working_day"
          ? (duration.amount * engine.dayMs) / MS_PER_HOUR
          : null,
  });

  for (const [day, step] of daysOffIn(engine, trace.workingSpans)) middle.push([day * MS_PER_DAY, step]);
  for (const pause of trace.pauses) {
    middle.push([
      pause.from,
      {
        kind: "pause",
        from: formatLocalMs(pause.from),
        to: formatLocalMs(pause.to),
        workingHours: pause.addedMs / MS_PER_HOUR,
        ...(pause.status === undefined ? {} : { status: pause.status }),
      },
    ]);
  }
  if (trace.moved) {
    const day = Math.floor(trace.moved.from / MS_PER_DAY);
    const entry = engine.entryOf(day);
    middle.push([
      trace.moved.from,
      {
        kind: "moved_to_office_hours",
        from: formatLocalMs(trace.moved.from),
        to: formatLocalMs(trace.moved.to),
        reason: engine.isWorkingDay(day)
          ? "outside_office_hours"
          : entry && entry.kind !== "makeup_workday"
            ? entry.kind
            : "weekend",
      },
    ]);
  }
  middle.sort((a, b) => a[0] - b[0]);

  const tail: StepData[] = [];
  const dueAt = formatLocalMs(due);
  const provisionalYears = calendar.provisionalYearsBetween(formatLocalMs(received), dueAt);
  for (const year of provisionalYears) {
    const basis = calendar.basisOf(year) === "statute" ? "statute" : "weekends";
    tail.push({
      kind: "provisional_year",
      year,
      basis,
      sources: basis === "statute" ? sourcesOf(calendar, year) : [],
    });
  }
  const provisional = provisionalYears.length > 0;
  tail.push({ kind: "due", at: dueAt, provisional });

  const steps = [...head, ...middle.map(([, step]) => step), ...tail].map(
    (step) => ({ ...step, text: describeStep(step, locale) }) as DueDateStep,
  );
  return { dueAt, provisional, provisionalYears, steps };
}

/** The laws of the rules in force during a year, each once (dates are validated `YYYY-MM-DD`, so they sort). */
function sourcesOf(calendar: WorkingCalendar, year: number): string[] {
  const sources = calendar.rules
    .filter((rule) => rule.from <= `${year}-12-31` && (rule.until ?? "9999") >= `${year}-01-01`)
    .map((rule) => rule.source);
  return [...new Set(sources)];
}

function countingStartReason(engine: CalendarEngine, received: number, start: number): CountingStartReason {
  const day = Math.floor(received / MS_PER_DAY);
  if (!engine.isWorkingDay(day)) return "day_off";
  if (Math.floor(start / MS_PER_DAY) !== day) return "after_hours";
  return received < start && received - day * MS_PER_DAY < engine.openingMs ? "before_hours" : "lunch_break";
}

/** Days off and make-up Saturdays inside the spans counted in working time, each day once. */
function daysOffIn(engine: CalendarEngine, spans: readonly [number, number][]): [number, StepData][] {
  const seen = new Set<number>();
  const steps: [number, StepData][] = [];
  for (const [from, to] of spans) {
    for (let day = Math.floor(from / MS_PER_DAY); day <= Math.floor(to / MS_PER_DAY); day++) {
      if (seen.has(day)) continue;
      seen.add(day);
      const entry = engine.entryOf(day);
      if (entry?.kind === "makeup_workday") {
        steps.push([day, { kind: "makeup_workday", date: dayKey(day), name: entry.name }]);
      } else if (!engine.isWorkingDay(day)) {
        steps.push([
          day,
          entry
            ? { kind: "day_off", date: dayKey(day), reason: entry.kind, name: entry.name }
            : { kind: "day_off", date: dayKey(day), reason: "weekend" },
        ]);
      }
    }
  }
  return steps;
}
