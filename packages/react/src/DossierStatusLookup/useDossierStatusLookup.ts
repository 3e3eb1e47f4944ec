import {
  CITIZEN_DUE_NOTE_LABELS,
  CITIZEN_NEXT_STEP_LABELS,
  CITIZEN_STATUS_TEXTS,
  citizenDueNote,
  citizenNextStep,
  type Locale,
  labelOf,
} from "@chinhquyenso/core";
import { safeDate, safeDateTime } from "../internal/dates";
import type { DossierPublicStatus, PublicStatusView } from "./types";

/** The PIN on the receipt: exactly six digits. */
export const LOOKUP_PIN = /^[0-9]{6}$/;

const text = (value: unknown): string => (typeof value === "string" ? value : "");
const instant = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** What the form would refuse before asking the platform: an empty code, a PIN that is not six digits. */
export function lookupInputProblems(
  code: string,
  pin: string,
): { code?: "sl.error.code"; pin?: "sl.error.pin" } {
  return {
    ...(code.trim() === "" ? { code: "sl.error.code" as const } : {}),
    ...(LOOKUP_PIN.test(pin.trim()) ? {} : { pin: "sl.error.pin" as const }),
  };
}

/**
 * The citizen's view of a public status, built field by field from the answer: a field the platform might add
 * later (or send by mistake: an applicant, an internal note) is never copied, so it can never render.
 */
export function publicStatusView(answer: DossierPublicStatus, locale: Locale): PublicStatusView {
  const status = text(answer.status);
  const dueAt = instant(answer.dueAt);
  const returnedAt = instant(answer.returnedAt);
  const note = citizenDueNote({ status, dueAt, returnedAt });
  const step = citizenNextStep(status);
  const dateIso = note === "returned" ? returnedAt : note === "closed" || note === "none" ? null : dueAt;
  const pausedAt = instant(answer.pausedAt);
  return {
    code: text(answer.code),
    procedureName: text(answer.procedureName),
    agencyName: text(answer.agencyName),
    status,
    statusText: labelOf(CITIZEN_STATUS_TEXTS, status, locale),
    nextStep: step,
    nextStepText: labelOf(CITIZEN_NEXT_STEP_LABELS, step, locale),
    amountDue: step === "pay" ? answer.amountDue : null,
    dateText: dateIso ? safeDate(dateIso) : null,
    dateIso,
    dateNote: note,
    dateNoteText: labelOf(CITIZEN_DUE_NOTE_LABELS, note, locale),
    pausedAtText: pausedAt && note === "paused" ? safeDateTime(pausedAt) : null,
    receivedText: instant(answer.receivedAt) ? safeDate(answer.receivedAt) : null,
  };
}
