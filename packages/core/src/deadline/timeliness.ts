import { defaultCalendar, engineOf, type WorkingCalendar } from "../calendar/calendar";
import type { CalendarEngine } from "../calendar/engine";
import { isFinishedStatus, isOpenStatus, stopsClock } from "../dossier/status";
import { describeValue, InvalidInputError } from "../errors";
import type { LabelTable } from "../labels";
import { MS_PER_DAY, MS_PER_HOUR } from "../time/civil";
import { type InstantInput, toLocalMs } from "../time/instant";
import type { ClockPause } from "./compute";
import { checkDuration, type Duration } from "./duration";

/** Timeliness of open dossiers, then of finished ones (glossary). */
export const OPEN_TIMELINESS = ["within_time", "due_soon", "overdue"] as const;
export const FINISHED_TIMELINESS = ["early", "on_time", "late"] as const;
export const TIMELINESS_VALUES = ["within_time", "due_soon", "overdue", "early", "on_time", "late"] as const;
export type OpenTimeliness = (typeof OPEN_TIMELINESS)[number];
export type FinishedTimeliness = (typeof FINISHED_TIMELINESS)[number];
export type Timeliness = (typeof TIMELINESS_VALUES)[number];

export const TIMELINESS_LABELS: LabelTable<Timeliness> = {
  within_time: { vi: "Trong hạn", en: "Within time" },
  due_soon: { vi: "Tới hạn", en: "Due soon" },
  overdue: { vi: "Quá hạn", en: "Overdue" },
  early: { vi: "Trước hạn", en: "Early" },
  on_time: { vi: "Đúng hạn", en: "On time" },
  late: { vi: "Trễ hạn", en: "Late" },
};

/** The fields of a dossier timeliness reads; the API's dossier type satisfies it structurally. */
export interface DossierTimelinessInput {
  readonly status: string;
  readonly dueAt?: InstantInput | null | undefined;
  readonly finishedAt?: InstantInput | null | undefined;
  readonly pauses?: readonly ClockPause[] | null | undefined;
}

export interface TimelinessOptions {
  /** How close to the due date an open dossier is `due_soon` (default 1 working day). */
  readonly dueSoonWithin?: Duration | undefined;
  readonly calendar?: WorkingCalendar | undefined;
}

const DEFAULT_DUE_SOON: Duration = { amount: 1, unit: "working_day" };

/**
 * Day-based timeliness (docs/domain.md §1). Finished dossiers compare the finish date with the due date:
 * before → `early`, same day → `on_time`, after → `late`. Open dossiers compare today with the due date:
 * after → `overdue`; otherwise `due_soon` within `dueSoonWithin` (working days between today and the due
 * date, calendar days, or office hours left), else `within_time`. While the clock is stopped by an open
 * pause, the dossier is judged as of the moment it stopped.
 *
 * `null` when timeliness does not apply: refused or withdrawn dossiers, no due date, or a status this
 * version does not know.
 */
export function timeliness(
  dossier: DossierTimelinessInput,
  now: InstantInput,
  options?: TimelinessOptions,
): Timeliness | null {
  const status = dossier?.status;
  if (dossier?.dueAt === undefined || dossier.dueAt === null) return null;
  const due = toLocalMs(dossier.dueAt, "dossier.dueAt");
  const dueDay = Math.floor(due / MS_PER_DAY);

  if (isFinishedStatus(status)) {
    if (dossier.finishedAt === undefined || dossier.finishedAt === null) {
      throw new InvalidInputError(
        "missing_finished_at",
        "dossier.finishedAt",
        `a dossier in status ${describeValue(status)} needs finishedAt to be judged early, on time or late`,
      );
    }
    const finishedDay = Math.floor(toLocalMs(dossier.finishedAt, "dossier.finishedAt") / MS_PER_DAY);
    return finishedDay < dueDay ? "early" : finishedDay === dueDay ? "on_time" : "late";
  }
  if (!isOpenStatus(status)) return null;

  const within = options?.dueSoonWithin ?? DEFAULT_DUE_SOON;
  checkDuration(within, "dueSoonWithin");
  const at = judgedAt(dossier, toLocalMs(now, "now"));
  const today = Math.floor(at / MS_PER_DAY);
  if (today > dueDay) return "overdue";
  const engine = engineOf(options?.calendar ?? defaultCalendar());
  if (within.unit === "working_day") return workingDaysUpTo(engine, today, dueDay, within.amount);
  const left =
    within.unit === "calendar_day"
      ? dueDay - today
      : (engine.position(due) - engine.position(at)) / MS_PER_HOUR;
  return left <= within.amount ? "due_soon" : "within_time";
}

/**
 * Counts working days after today up to the due day, stopping as soon as the threshold is passed: a due date
 * weeks away in a year without holiday data does not need that year's calendar to be "within time".
 */
function workingDaysUpTo(
  engine: CalendarEngine,
  today: number,
  dueDay: number,
  threshold: number,
): OpenTimeliness {
  let count = 0;
  for (let day = today + 1; day <= dueDay; day++) {
    if (engine.isWorkingDay(day) && ++count > threshold) return "within_time";
  }
  return "due_soon";
}

/** Now, or — while a clock-stopping status has an open pause — the moment the clock stopped. */
function judgedAt(dossier: DossierTimelinessInput, now: number): number {
  if (!stopsClock(dossier.status) || !dossier.pauses) return now;
  let at = now;
  dossier.pauses.forEach((pause, index) => {
    if (pause?.to === undefined || pause.to === null) {
      at = Math.min(at, toLocalMs(pause?.from, `dossier.pauses[${index}].from`));
    }
  });
  return at;
}
