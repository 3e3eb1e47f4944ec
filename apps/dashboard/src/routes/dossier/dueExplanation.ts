import type { Dossier, HistoryEntry, Procedure } from "@chinhquyenso/client";
import {
  type ClockPause,
  type DueDateExplanation,
  explainDueDate,
  type Locale,
  stopsClock,
  toVietnamIso,
  type WorkingCalendar,
} from "@chinhquyenso/core";

export type DueExplanationResult =
  | { kind: "explained"; explanation: DueDateExplanation; platformDueAt: string | null }
  | { kind: "not_received" }
  | { kind: "no_duration" }
  | { kind: "failed"; reason: string };

/** The Vietnam-time years from intake to the due date (to today while there is no due date). */
export function yearsOfDossier(dossier: Pick<Dossier, "receivedAt" | "dueAt"> | undefined): number[] {
  const year = (value: string | null | undefined) => {
    try {
      return value ? Number(toVietnamIso(value).slice(0, 4)) : undefined;
    } catch {
      return undefined;
    }
  };
  const from = year(dossier?.receivedAt);
  const to = year(dossier?.dueAt) ?? from;
  if (from === undefined || to === undefined || to < from || to - from > 10) return [];
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

/** The pauses of the clock (awaiting supplement / payment, suspended) read from the history, oldest first. */
export function pausesOf(history: readonly HistoryEntry[]): ClockPause[] {
  const pauses: ClockPause[] = [];
  let open: { from: string; status: string } | null = null;
  for (const entry of [...history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
    if (stopsClock(entry.toStatus)) {
      open ??= { from: entry.at, status: entry.toStatus };
    } else if (open) {
      pauses.push({ ...open, to: entry.at });
      open = null;
    }
  }
  if (open) pauses.push({ ...open, to: null });
  return pauses;
}

/** The processing time of the dossier's case: the case named on the dossier, or the procedure's only case. */
export function durationOf(dossier: Dossier, procedure: Procedure) {
  const byName = procedure.cases.find((item) => item.name === dossier.caseName);
  const chosen = byName ?? (procedure.cases.length === 1 ? procedure.cases[0] : undefined);
  return chosen ? { amount: chosen.duration, unit: chosen.unit } : undefined;
}

/** Core's step-by-step due date for a dossier, or why there is none. Never throws. */
export function explainDossierDue(
  dossier: Dossier,
  procedure: Procedure,
  history: readonly HistoryEntry[],
  options: { locale: Locale; calendar: WorkingCalendar; now: Date },
): DueExplanationResult {
  if (!dossier.receivedAt) return { kind: "not_received" };
  const duration = durationOf(dossier, procedure);
  if (!duration) return { kind: "no_duration" };
  try {
    const explanation = explainDueDate(dossier.receivedAt, duration as Parameters<typeof explainDueDate>[1], {
      pauses: pausesOf(history),
      locale: options.locale,
      calendar: options.calendar,
      now: options.now,
    });
    return { kind: "explained", explanation, platformDueAt: dossier.dueAt };
  } catch (error) {
    // Core's errors name the bad input (an unknown unit, an uncovered year) without personal data.
    return { kind: "failed", reason: error instanceof Error ? error.message : String(error) };
  }
}
