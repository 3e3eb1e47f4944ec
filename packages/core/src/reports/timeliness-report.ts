import type { WorkingCalendar } from "../calendar/calendar";
import { type DossierTimelinessInput, timeliness } from "../deadline/timeliness";
import { CHANNELS, type Channel } from "../dossier/channels";
import { isFinishedStatus, isOpenStatus } from "../dossier/status";
import { InvalidInputError } from "../errors";
import { MS_PER_DAY } from "../time/civil";
import { formatLocalMs, type InstantInput, toLocalMs } from "../time/instant";

/** The dossier fields the report reads; the API's dossier type satisfies it structurally. */
export interface ReportDossierInput extends DossierTimelinessInput {
  readonly receivedAt?: InstantInput | null | undefined;
  readonly channel?: string | null | undefined;
}

/**
 * Dossier handling over a period, as in the provincial one-stop reports (docs/domain.md §1): what was on hand
 * (carried over from before the period, or new), what was finished (early / on time / late, by day) and
 * what is still open at the end of the period (within time / overdue).
 * `received.total === finished.total + open.total` always holds.
 */
export interface TimelinessReport {
  readonly from: string;
  readonly to: string;
  readonly received: {
    readonly total: number;
    readonly carriedOver: number;
    readonly new: number;
    /** New dossiers by channel; `other` for a missing or unknown channel. */
    readonly newByChannel: Readonly<Record<Channel | "other", number>>;
  };
  readonly finished: {
    readonly total: number;
    readonly early: number;
    readonly onTime: number;
    readonly late: number;
  };
  readonly open: {
    readonly total: number;
    readonly withinTime: number;
    readonly overdue: number;
    /** Open dossiers with no due date yet. */
    readonly withoutDueDate: number;
  };
  /** (early + on time) / finished; `null` when nothing was finished — no rate rather than a made-up 0 or 100 %. */
  readonly onTimeRate: number | null;
  /** Received in the period but refused or withdrawn: not part of the totals above. */
  readonly notProcessed: { readonly refused: number; readonly withdrawn: number };
  /** Not counted: no `receivedAt` (not received yet) or a status this version does not know. */
  readonly skipped: { readonly notReceived: number; readonly unknownStatus: number };
}

export interface ReportOptions {
  /** Start of the period (inclusive). */
  readonly from: InstantInput;
  /** End of the period (exclusive); open dossiers are judged as of this instant. */
  readonly to: InstantInput;
  readonly calendar?: WorkingCalendar | undefined;
}

export function timelinessReport(
  dossiers: readonly ReportDossierInput[],
  options: ReportOptions,
): TimelinessReport {
  const from = toLocalMs(options.from, "from");
  const to = toLocalMs(options.to, "to");
  if (to <= from) throw new InvalidInputError("invalid_period", "to", "must be after from");
  const lastInstant = to - 1;
  const received = { carriedOver: 0, new: 0 };
  const newByChannel = { counter: 0, online: 0, post: 0, other: 0 };
  const finished = { early: 0, onTime: 0, late: 0 };
  const open = { withinTime: 0, overdue: 0, withoutDueDate: 0 };
  const notProcessed = { refused: 0, withdrawn: 0 };
  const skipped = { notReceived: 0, unknownStatus: 0 };

  dossiers.forEach((dossier, index) => {
    const field = `dossiers[${index}]`;
    if (dossier.receivedAt === undefined || dossier.receivedAt === null) {
      skipped.notReceived++;
      return;
    }
    const receivedAt = toLocalMs(dossier.receivedAt, `${field}.receivedAt`);
    if (receivedAt >= to) return;
    const isNew = receivedAt >= from;
    if (dossier.status === "refused" || dossier.status === "withdrawn") {
      if (isNew) notProcessed[dossier.status]++;
      return;
    }
    const done = isFinishedStatus(dossier.status);
    if (!done && !isOpenStatus(dossier.status)) {
      skipped.unknownStatus++;
      return;
    }
    if (done && (dossier.finishedAt === undefined || dossier.finishedAt === null)) {
      throw new InvalidInputError(
        "missing_finished_at",
        `${field}.finishedAt`,
        `a dossier in status "${dossier.status}" needs finishedAt to be counted`,
      );
    }
    const finishedAt = done
      ? toLocalMs(dossier.finishedAt as InstantInput, `${field}.finishedAt`)
      : undefined;
    if (finishedAt !== undefined && finishedAt < from) return;

    if (isNew) {
      received.new++;
      const channel = (CHANNELS as readonly string[]).includes(dossier.channel ?? "")
        ? (dossier.channel as Channel)
        : "other";
      newByChannel[channel]++;
    } else {
      received.carriedOver++;
    }

    if (done && finishedAt !== undefined && finishedAt < to) {
      const value = timeliness(dossier, options.to, { calendar: options.calendar });
      if (value === "early") finished.early++;
      else if (value === "on_time") finished.onTime++;
      else finished.late++;
      return;
    }
    if (dossier.dueAt === undefined || dossier.dueAt === null) {
      open.withoutDueDate++;
      return;
    }
    // Still open at the end of the period (or finished after it): overdue if the end is past the due day.
    const dueDay = Math.floor(toLocalMs(dossier.dueAt, `${field}.dueAt`) / MS_PER_DAY);
    const judged = done
      ? Math.floor(lastInstant / MS_PER_DAY) > dueDay
        ? "overdue"
        : "within_time"
      : timeliness(dossier, formatLocalMs(lastInstant), { calendar: options.calendar });
    if (judged === "overdue") open.overdue++;
    else open.withinTime++;
  });

  const finishedTotal = finished.early + finished.onTime + finished.late;
  return {
    from: formatLocalMs(from),
    to: formatLocalMs(to),
    received: { total: received.carriedOver + received.new, ...received, newByChannel },
    finished: { total: finishedTotal, ...finished },
    open: { total: open.withinTime + open.overdue + open.withoutDueDate, ...open },
    onTimeRate: finishedTotal === 0 ? null : (finished.early + finished.onTime) / finishedTotal,
    notProcessed,
    skipped,
  };
}
