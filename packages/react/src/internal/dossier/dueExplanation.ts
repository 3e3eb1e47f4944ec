// Core's step-by-step due date for a dossier, from what the API gives: intake, the case's processing time and the
// dossier's own `pauses`. Nothing is rebuilt from the history.
import type { Dossier, ProcedureCase } from "@chinhquyenso/client";
import {
  caseDuration,
  type DueDateExplanation,
  type Duration,
  explainDueDate,
  type Locale,
  type WorkingCalendar,
} from "@chinhquyenso/core";
import { useMemo } from "react";
import { useWorkingCalendar } from "../../hooks/useWorkingCalendar";
import { useChinhQuyenSoSettings } from "../../provider/hooks";
import { instantMs } from "../dates";
import { yearsSpanned } from "../provisional";

export type DueExplanationResult =
  | {
      readonly kind: "explained";
      readonly explanation: DueDateExplanation;
      /** The due date the platform set, when it differs from core's (the platform's is the official one). */
      readonly platformDueAt: string | null;
    }
  | { readonly kind: "not_received" }
  | { readonly kind: "no_duration" }
  | { readonly kind: "failed"; readonly reason: string };

/** The dossier fields the explanation reads. */
export type DueExplanationDossier = Pick<Dossier, "receivedAt" | "dueAt" | "pauses"> &
  Partial<Pick<Dossier, "caseName">>;

export interface DueExplanationInput {
  readonly dossier: DueExplanationDossier;
  /** The procedure's cases; the dossier's `caseName` picks one (core's `caseDuration`). */
  readonly cases?: readonly ProcedureCase[] | undefined;
  /** The processing time, when the host knows it better than the cases (wins over `cases`). */
  readonly duration?: Duration | undefined;
}

/** Pure: the explanation, or why there is none. Never throws. */
export function explainDossierDue(
  { dossier, cases, duration }: DueExplanationInput,
  options: { locale: Locale; calendar: WorkingCalendar; now: Date },
): DueExplanationResult {
  if (!dossier?.receivedAt) return { kind: "not_received" };
  const chosen = duration ?? caseDuration(cases, dossier.caseName);
  if (!chosen) return { kind: "no_duration" };
  try {
    const explanation = explainDueDate(dossier.receivedAt, chosen, {
      pauses: Array.isArray(dossier.pauses) ? dossier.pauses : [],
      locale: options.locale,
      calendar: options.calendar,
      now: options.now,
    });
    const platform = instantMs(dossier.dueAt ?? null);
    const differs = platform !== null && platform !== instantMs(explanation.dueAt);
    return { kind: "explained", explanation, platformDueAt: differs ? (dossier.dueAt ?? null) : null };
  } catch (error) {
    // Core's errors name the bad input (an unknown unit, an uncovered year in strict mode), never personal data.
    return { kind: "failed", reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Headless: the explanation in the provider's locale, on the working calendar of the years from intake to the due
 * date (the provider loads their official notices), at the provider's clock.
 */
export function useDueDateExplanation(input: DueExplanationInput): DueExplanationResult {
  const { locale, now } = useChinhQuyenSoSettings();
  const { dossier, cases, duration } = input;
  const calendar = useWorkingCalendar(
    yearsSpanned(dossier?.receivedAt, dossier?.dueAt ?? now().toISOString()),
  );
  const at = now().getTime();
  return useMemo(
    () => explainDossierDue({ dossier, cases, duration }, { locale, calendar, now: new Date(at) }),
    [dossier, cases, duration, locale, calendar, at],
  );
}
