import { formatVnd } from "../format/datetime";
import { isOneOf, type Locale } from "../labels";
import { FEE_KINDS, type FeeKind, PAYMENT_STATES, type PaymentState } from "./enums";

/**
 * How a payment state reads at a glance: `open` (the applicant can still pay), `settled` (money received),
 * `ended` (nothing was paid, a new request is needed), `returned` (paid, then refunded), `unknown` (a state
 * this version has never seen — shown as such, never guessed).
 */
export type PaymentPhase = "open" | "settled" | "ended" | "returned" | "unknown";

const PHASES: Readonly<Record<PaymentState, PaymentPhase>> = {
  pending: "open",
  paid: "settled",
  failed: "ended",
  expired: "ended",
  cancelled: "ended",
  refunded: "returned",
};

export function paymentPhase(state: PaymentState | (string & {})): PaymentPhase {
  return isOneOf(PAYMENT_STATES, state) ? PHASES[state] : "unknown";
}

/** Whether no further change is expected from the platform (a paid request may still be refunded). */
export function isFinalPaymentState(state: PaymentState | (string & {})): boolean {
  const phase = paymentPhase(state);
  return phase === "ended" || phase === "returned";
}

/**
 * Reconciliation: the national platform reports the money paid while the request here is still pending —
 * the agency has not confirmed it yet (`dossiers.confirmPayment`).
 */
export function awaitsConfirmation(request: {
  readonly state: string;
  readonly platform?: { readonly state: string } | null;
}): boolean {
  return request.state === "pending" && request.platform?.state === "paid";
}

/** Obligations the tax authority assesses: the platform sends their amount and notice; nobody recomputes them. */
export function isAssessedByTaxAuthority(kind: FeeKind | (string & {})): boolean {
  return isOneOf(FEE_KINDS, kind) && kind !== "fee" && kind !== "charge" && kind !== "other";
}

/** Why an amount from the wire cannot be shown as VND. */
export type VndAmountProblem = "not_a_number" | "negative" | "not_integer" | "too_large";

/** VND has no minor unit: a valid amount is a non-negative safe integer. */
export function vndAmountProblem(value: unknown): VndAmountProblem | null {
  if (typeof value !== "number" || Number.isNaN(value)) return "not_a_number";
  if (value < 0) return "negative";
  if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) return "too_large";
  if (!Number.isInteger(value)) return "not_integer";
  return null;
}

/**
 * An amount from the wire as text — `{ ok: true, text }` — or the reason it cannot be shown. Never throws: an
 * invalid amount is shown as invalid (and reported), never rounded or recomputed.
 */
export function describeVnd(
  value: unknown,
  locale: Locale = "vi",
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: VndAmountProblem } {
  const problem = vndAmountProblem(value);
  return problem === null ? { ok: true, text: formatVnd(value as number, locale) } : { ok: false, problem };
}

/** Fee states that still owe money: nothing paid yet, or a payment request not settled. */
const OWING: readonly string[] = ["unpaid", "pending"];

/**
 * Whether a dossier awaiting payment (status 6) may resume: it has fees and none still owes money (each paid or
 * waived; a refunded one is no longer demanded). docs/domain.md §1: status 6 stops the clock until then; the
 * state machine's `resume` takes it back to processing.
 */
export function feesSettled(fees: readonly { readonly state: string }[]): boolean {
  return fees.length > 0 && fees.every((fee) => !OWING.includes(fee.state));
}
