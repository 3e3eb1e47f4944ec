import { CoreError, describeValue } from "../errors";
import type { LabelTable } from "../labels";
import { DOSSIER_STATUSES, type DossierStatus } from "./status";

/** Actions that move a dossier from one status to another (glossary: transitions). */
export const DOSSIER_ACTIONS = [
  "accept",
  "refuse",
  "request_supplement",
  "request_payment",
  "start_processing",
  "suspend",
  "resume",
  "finish",
  "return_result",
  "withdraw",
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

export const DOSSIER_ACTION_LABELS: LabelTable<DossierAction> = {
  accept: { vi: "Tiếp nhận", en: "Accept" },
  refuse: { vi: "Từ chối tiếp nhận", en: "Refuse" },
  request_supplement: { vi: "Yêu cầu bổ sung", en: "Request additional documents" },
  request_payment: { vi: "Yêu cầu thực hiện nghĩa vụ tài chính", en: "Request payment" },
  start_processing: { vi: "Chuyển xử lý", en: "Start processing" },
  suspend: { vi: "Dừng xử lý", en: "Suspend" },
  resume: { vi: "Tiếp tục xử lý", en: "Resume" },
  finish: { vi: "Hoàn thành xử lý", en: "Finish processing" },
  return_result: { vi: "Trả kết quả", en: "Return the result" },
  withdraw: { vi: "Rút hồ sơ", en: "Withdraw" },
};

export interface DossierTransition {
  readonly from: readonly DossierStatus[];
  readonly to: DossierStatus;
}

/**
 * The dossier state machine as data. Legal basis: Decree 118/2025/NĐ-CP (one-stop handling since 1 July 2025,
 * replacing Decrees 61/2018 and 107/2021) and its Circular 03/2025/TT-VPCP (forms); docs/domain.md §1 and §7
 * say which points are confirmed [V] and which are our reading [I].
 * - Intake (Art. 17 receiving, Art. 18 transfer to the competent agency): a registered dossier is accepted or
 *   refused (Circular 03/2025 form 03, "Phiếu từ chối tiếp nhận giải quyết hồ sơ"). [I] An incomplete dossier
 *   is not "received" with a supplement request: the officer returns it with form 02 ("Phiếu yêu cầu bổ sung,
 *   hoàn thiện hồ sơ"), so no clock ever starts on it — kept from the 61/2018 practice.
 * - [I] Supplement and payment requests come after acceptance, during intake review or processing.
 * - [I] Suspension can follow a pending request (the applicant never supplements or pays); `resume` goes back
 *   to processing from any clock-stopping status, since the handler picks the dossier up again.
 * - [I] `finish` is allowed from `received` as well: same-day procedures (certified copies…) are handled by the
 *   officer who received them, without a separate processing step.
 * - [V] Art. 21: the applicant may ask to stop (withdraw) while there is no decision or result notice yet; the
 *   one-stop desk then issues a stop notice (form 05, "Thông báo dừng giải quyết hồ sơ"). So every status before
 *   `finished` allows `withdraw`. Refused, withdrawn and returned are final, and a finished dossier can only be
 *   returned (its result exists).
 */
export const DOSSIER_TRANSITIONS: Readonly<Record<DossierAction, DossierTransition>> = {
  accept: { from: ["registered"], to: "received" },
  refuse: { from: ["registered"], to: "refused" },
  request_supplement: { from: ["received", "processing"], to: "awaiting_supplement" },
  request_payment: { from: ["received", "processing"], to: "awaiting_payment" },
  start_processing: { from: ["received"], to: "processing" },
  suspend: { from: ["received", "processing", "awaiting_supplement", "awaiting_payment"], to: "suspended" },
  resume: { from: ["awaiting_supplement", "awaiting_payment", "suspended"], to: "processing" },
  finish: { from: ["received", "processing"], to: "finished" },
  return_result: { from: ["finished"], to: "returned" },
  withdraw: {
    from: ["registered", "received", "processing", "awaiting_supplement", "awaiting_payment", "suspended"],
    to: "withdrawn",
  },
};

/** What a transition must carry besides the action. */
export interface TransitionInputs {
  /** A reason in words (refusal, suspension, withdrawal, what to supplement). */
  readonly reason: boolean;
  /** A deadline day for the applicant (a supplement request). */
  readonly deadline: boolean;
}

/**
 * What the platform refuses a transition without (422, contract `TransitionRequest`): `refuse`, `suspend` and
 * `withdraw` need a reason; `request_supplement` needs its reason and the applicant's deadline (Circular
 * 03/2025/TT-VPCP form 02 names both). The others need nothing.
 */
export const DOSSIER_ACTION_INPUTS: Readonly<Record<DossierAction, TransitionInputs>> = {
  accept: { reason: false, deadline: false },
  refuse: { reason: true, deadline: false },
  request_supplement: { reason: true, deadline: true },
  request_payment: { reason: false, deadline: false },
  start_processing: { reason: false, deadline: false },
  suspend: { reason: true, deadline: false },
  resume: { reason: false, deadline: false },
  finish: { reason: false, deadline: false },
  return_result: { reason: false, deadline: false },
  withdraw: { reason: true, deadline: false },
};

const NO_INPUTS: TransitionInputs = { reason: false, deadline: false };

/** What `action` must carry; nothing for an action this version does not know. */
export function transitionInputs(action: DossierAction | (string & {})): TransitionInputs {
  return Object.hasOwn(DOSSIER_ACTION_INPUTS, action)
    ? DOSSIER_ACTION_INPUTS[action as DossierAction]
    : NO_INPUTS;
}

/** Why a transition is not allowed; `code` is `illegal_transition`, `unknown_status` or `unknown_action`. */
export class IllegalTransitionError extends CoreError {
  readonly status: string;
  readonly action: string;
  /** What is allowed from `status` instead (empty for final or unknown statuses). */
  readonly allowedActions: readonly DossierAction[];

  constructor(status: string, action: string) {
    const allowed = allowedActions(status);
    const knownStatus = isStatus(status);
    const knownAction = isAction(action);
    const code = !knownStatus ? "unknown_status" : !knownAction ? "unknown_action" : "illegal_transition";
    const because = !knownStatus
      ? `status ${describeValue(status)} is not one this version knows (${DOSSIER_STATUSES.join(", ")})`
      : !knownAction
        ? `action ${describeValue(action)} is not one of ${DOSSIER_ACTIONS.join(", ")}`
        : allowed.length === 0
          ? `"${status}" is final: no action applies`
          : `"${action}" applies to ${DOSSIER_TRANSITIONS[action as DossierAction].from.join(", ")}; from "${status}" the allowed actions are ${allowed.join(", ")}`;
    super(code, `cannot ${describeValue(action)} a dossier that is ${describeValue(status)}: ${because}`);
    this.status = status;
    this.action = action;
    this.allowedActions = allowed;
  }
}

function isStatus(value: string): value is DossierStatus {
  return (DOSSIER_STATUSES as readonly string[]).includes(value);
}

function isAction(value: string): value is DossierAction {
  return (DOSSIER_ACTIONS as readonly string[]).includes(value);
}

/** Actions allowed from a status, in `DOSSIER_ACTIONS` order; empty for final or unknown statuses. */
export function allowedActions(status: DossierStatus | (string & {})): readonly DossierAction[] {
  return DOSSIER_ACTIONS.filter((action) =>
    (DOSSIER_TRANSITIONS[action].from as readonly string[]).includes(status),
  );
}

/** Actions allowed for every one of the statuses — what a bulk action bar can offer for a selection. */
export function commonActions(
  statuses: readonly (DossierStatus | (string & {}))[],
): readonly DossierAction[] {
  if (statuses.length === 0) return [];
  return DOSSIER_ACTIONS.filter((action) =>
    statuses.every((status) => (DOSSIER_TRANSITIONS[action].from as readonly string[]).includes(status)),
  );
}

export function canTransition(
  status: DossierStatus | (string & {}),
  action: DossierAction | (string & {}),
): boolean {
  return isAction(action) && (DOSSIER_TRANSITIONS[action].from as readonly string[]).includes(status);
}

export type TransitionCheck =
  | { readonly ok: true; readonly to: DossierStatus }
  | { readonly ok: false; readonly error: IllegalTransitionError };

/** The outcome of an action without throwing — what a server turns into a 200 or a 409. */
export function checkTransition(
  status: DossierStatus | (string & {}),
  action: DossierAction | (string & {}),
): TransitionCheck {
  return canTransition(status, action)
    ? { ok: true, to: DOSSIER_TRANSITIONS[action as DossierAction].to }
    : { ok: false, error: new IllegalTransitionError(status, action) };
}

/** The status after `action`; throws `IllegalTransitionError` when the action does not apply. */
export function nextStatus(
  status: DossierStatus | (string & {}),
  action: DossierAction | (string & {}),
): DossierStatus {
  const check = checkTransition(status, action);
  if (!check.ok) throw check.error;
  return check.to;
}
