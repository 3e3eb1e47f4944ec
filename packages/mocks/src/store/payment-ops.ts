// Payment requests on the national payment platform, as the sandbox plays them: creation (idempotent through the
// handler pipeline's Idempotency-Key), expiry, and a simulator — pay, fail, expire, refund, a confirmation that
// arrives later (or only when an officer reconciles) — driven by the `payment` scenario (control API, stories).
// Every change is published on the notification stream and as the `payment.status_changed` webhook.
import type { ApiPaymentRequest, ApiPersonRef, DossierRecord, World } from "../dataset/types";
import { MockOptionsError } from "../errors";
import { HOUR_MS, isoOf } from "../util";
import { resumeWhenFeesSettled } from "./dossier-ops";
import { dossierRecipients, publishNotification } from "./notify";
import { duePaymentRequests, nextPaymentExpiry, trackPaymentRequest } from "./payment-expiry";
import { conflict, field, invalid, notFound } from "./problem";
import type { MockStore } from "./store";

type PaymentState = ApiPaymentRequest["state"];

/** What the simulator can make the platform do to a payment request. */
export type PaymentOutcome = "pay" | "fail" | "expire" | "refund";
export const PAYMENT_OUTCOMES: readonly PaymentOutcome[] = ["pay", "fail", "expire", "refund"];

type Step = PaymentOutcome | "confirm";
interface Scheduled {
  readonly at: number;
  readonly dossierCode: string;
  readonly requestId: string;
  readonly step: Step;
}

// Per data set: a reset builds a new world, and what was scheduled for the old one goes with it.
const schedules = new WeakMap<World, Scheduled[]>();
const scheduleOf = (store: MockStore) => {
  const list = schedules.get(store.world) ?? [];
  schedules.set(store.world, list);
  return list;
};

function announce(store: MockStore, record: DossierRecord, request: ApiPaymentRequest, from: PaymentState) {
  const data = {
    dossierCode: record.code,
    paymentRequestId: request.id,
    state: request.state,
    platformState: request.platform.state,
    amount: request.amount,
  };
  for (const recipient of dossierRecipients(store, record))
    publishNotification(
      store,
      recipient,
      "payment.status_changed",
      `Thanh toán hồ sơ ${record.code}`,
      record.code,
      data,
    );
  store.webhooks.dispatch(
    "payment.status_changed",
    {
      dossierCode: record.code,
      paymentRequestId: request.id,
      fromState: from,
      toState: request.state,
      platformState: request.platform.state,
      amount: request.amount,
      receiptId: request.receiptId ?? null,
      agencyCode: record.agencyCode,
    },
    store.nowIso(),
  );
  record.version += 1;
  record.updatedAt = store.now();
}

const feesOf = (record: DossierRecord, request: ApiPaymentRequest) =>
  record.fees.filter((fee) => fee.paymentRequestId === request.id);

/**
 * Applies one step of the platform (or of the agency's confirmation) to a request. A confirmation that leaves
 * no fee owing resumes a dossier awaiting payment, in `by`'s name (the reconciling officer, or the system).
 */
function apply(
  store: MockStore,
  record: DossierRecord,
  request: ApiPaymentRequest,
  step: Step,
  by: ApiPersonRef = AUTOMATIC_RECONCILIATION,
): void {
  const from = request.state;
  const now = isoOf(store.now());
  switch (step) {
    case "pay":
      if (request.state !== "pending") return;
      request.platform = { state: "paid", reportedAt: now, transactionId: `GD-${request.id}` };
      request.paidAt = now;
      break;
    case "confirm": {
      if (request.state !== "pending" || request.platform.state !== "paid") return;
      request.state = "paid";
      request.confirmedAt = now;
      for (const fee of feesOf(record, request)) {
        fee.state = "paid";
        fee.receiptId = store.nextId("rcp");
      }
      request.receiptId = feesOf(record, request)[0]?.receiptId ?? null;
      break;
    }
    case "fail":
    case "expire":
      if (request.state !== "pending") return;
      request.state = step === "fail" ? "failed" : "expired";
      request.platform = { ...request.platform, state: request.state, reportedAt: now };
      if (step === "fail") request.failureReason = "Ngân hàng từ chối giao dịch";
      for (const fee of feesOf(record, request)) if (fee.state === "pending") fee.state = "unpaid";
      break;
    case "refund":
      if (request.state !== "paid") return;
      request.state = "refunded";
      request.refundedAt = now;
      request.platform = { ...request.platform, state: "refunded", reportedAt: now };
      for (const fee of feesOf(record, request)) if (fee.state === "paid") fee.state = "refunded";
      break;
  }
  if (request.state !== from || step === "pay") announce(store, record, request, from);
  if (step === "confirm" && request.state === "paid") resumeWhenFeesSettled(store, record, by);
}

/** Who a confirmation nobody clicked is recorded under: the one-stop system's own reconciliation. */
const AUTOMATIC_RECONCILIATION: ApiPersonRef = {
  id: "system",
  name: "Hệ thống một cửa điện tử (tự động đối soát thanh toán)",
};

/**
 * Pending requests past their expiry become `expired` (fees unpaid again); scheduled simulator steps fall due.
 * Settling the whole store returns when it must settle next (the next expiry or simulator step).
 */
export function settlePayments(store: MockStore, record?: DossierRecord): number | null {
  const now = store.now();
  if (record) {
    for (const request of record.paymentRequests)
      if (request.state === "pending" && Date.parse(request.expiresAt) <= now)
        apply(store, record, request, "expire");
  } else for (const due of duePaymentRequests(store, now)) apply(store, due.record, due.request, "expire");
  const schedule = scheduleOf(store);
  let next = record ? null : nextPaymentExpiry(store);
  for (const entry of [...schedule]) {
    if (entry.at > now) {
      next = next === null ? entry.at : Math.min(next, entry.at);
      continue;
    }
    schedule.splice(schedule.indexOf(entry), 1);
    const owner = store.dossiers.get(entry.dossierCode);
    const request = owner?.paymentRequests.find((item) => item.id === entry.requestId);
    if (owner && request) apply(store, owner, request, entry.step);
  }
  return next;
}

export function requestPayment(
  store: MockStore,
  record: DossierRecord,
  body: { feeIds: string[]; note?: string },
): ApiPaymentRequest {
  settlePayments(store, record);
  const errors = body.feeIds.flatMap((id, index) =>
    record.fees.some((item) => item.id === id)
      ? []
      : [field(`/feeIds/${index}`, "unknown_fee", "This dossier has no fee with this id.")],
  );
  if (errors.length > 0) throw invalid(errors);
  const fees = record.fees.filter((fee) => body.feeIds.includes(fee.id));
  const blocked = fees.filter((fee) => fee.state !== "unpaid");
  if (blocked.length > 0)
    throw conflict(
      "fee_not_payable",
      `Fees ${blocked.map((fee) => fee.id).join(", ")} are already paid, waived or awaiting payment.`,
    );
  const now = store.now();
  const id = store.nextId("pay");
  const request: ApiPaymentRequest = {
    id,
    dossierCode: record.code,
    feeIds: fees.map((fee) => fee.id),
    amount: fees.reduce((sum, fee) => sum + fee.amount, 0),
    state: "pending",
    paymentUrl: `https://thanhtoan.dichvucong.example/pay/${id}`,
    createdAt: isoOf(now),
    expiresAt: isoOf(now + 72 * HOUR_MS),
    paidAt: null,
    confirmedAt: null,
    refundedAt: null,
    receiptId: null,
    platform: { state: "pending", reportedAt: null, transactionId: null },
  };
  for (const fee of fees) {
    fee.state = "pending";
    fee.paymentRequestId = id;
  }
  record.paymentRequests.push(request);
  trackPaymentRequest(store, record, request);
  record.version += 1;
  record.updatedAt = now;
  return request;
}

/** Newest first, as the contract lists them. */
export function paymentRequestsOf(store: MockStore, record: DossierRecord): ApiPaymentRequest[] {
  settlePayments(store, record);
  return [...record.paymentRequests].reverse();
}

export function paymentRequestOf(store: MockStore, record: DossierRecord, id: string | undefined) {
  settlePayments(store, record);
  const request = record.paymentRequests.find((item) => item.id === id);
  if (!request) throw notFound(`Payment request ${id}`);
  return request;
}

/** Reconciliation: the officer confirms what the platform reports paid. Confirming a paid request answers it. */
export function confirmPayment(
  store: MockStore,
  record: DossierRecord,
  id: string | undefined,
  officer: ApiPersonRef,
) {
  const request = paymentRequestOf(store, record, id);
  if (request.state === "paid") return request;
  if (request.state !== "pending" || request.platform.state !== "paid")
    throw conflict(
      "payment_not_reported_paid",
      `The national payment platform has not reported payment request ${request.id} as paid (it is ${request.platform.state}).`,
    );
  apply(store, record, request, "confirm", officer);
  return request;
}

/** The `payment` scenario: what the platform does to a request, now or after `afterMs`. */
export interface PaymentSimulation {
  readonly outcome: PaymentOutcome;
  /** The request; default the newest pending one (for `refund`: the newest paid one) of `dossierCode` or of all. */
  readonly paymentRequestId?: string;
  readonly dossierCode?: string;
  /** When the platform acts, from now on the store's clock (default 0: at once). */
  readonly afterMs?: number;
  /**
   * `pay` only: when the agency's side confirms it after the platform reports it paid — 0 (default) at once,
   * a delay in ms (delayed confirmation), or null: only when an officer reconciles (`dossiers.confirmPayment`).
   */
  readonly confirmAfterMs?: number | null;
}

/** Schedules (or applies at once) a simulated platform outcome; returns the request's id. */
export function simulatePayment(store: MockStore, simulation: PaymentSimulation): string {
  const { outcome, afterMs = 0, confirmAfterMs = 0 } = simulation;
  if (!PAYMENT_OUTCOMES.includes(outcome))
    throw new MockOptionsError("scenario.outcome", `must be one of ${PAYMENT_OUTCOMES.join(", ")}`);
  for (const [name, value] of [
    ["afterMs", afterMs],
    ["confirmAfterMs", confirmAfterMs ?? 0],
  ] as const)
    if (!(Number.isFinite(value) && value >= 0))
      throw new MockOptionsError(`scenario.${name}`, "must be ≥ 0");
  const wanted: PaymentState = outcome === "refund" ? "paid" : "pending";
  const candidates = [...store.dossiers.values()]
    .filter((record) => simulation.dossierCode === undefined || record.code === simulation.dossierCode)
    .flatMap((record) => record.paymentRequests.map((request) => ({ record, request })))
    .filter(({ request }) =>
      simulation.paymentRequestId !== undefined
        ? request.id === simulation.paymentRequestId
        : request.state === wanted,
    )
    .sort((a, b) => Date.parse(b.request.createdAt) - Date.parse(a.request.createdAt));
  const found = candidates[0];
  if (!found)
    throw new MockOptionsError(
      "scenario",
      `no ${simulation.paymentRequestId ?? `${wanted} payment request`}${simulation.dossierCode ? ` of ${simulation.dossierCode}` : ""} to ${outcome}`,
    );
  const now = store.now();
  const schedule = scheduleOf(store);
  const at = now + afterMs;
  const entry = { dossierCode: found.record.code, requestId: found.request.id };
  schedule.push({ ...entry, at, step: outcome });
  if (outcome === "pay" && confirmAfterMs !== null)
    schedule.push({ ...entry, at: at + confirmAfterMs, step: "confirm" });
  store.settle();
  return found.request.id;
}
