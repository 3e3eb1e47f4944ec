// The signing ceremony as an explicit state machine: a pure reducer over typed states and events. Effects
// (HTTP calls, timers, the plugin) live in useSigningFlow, which feeds their results back as events; an event
// that makes no sense in the current state is ignored (the same state object is returned), which is what
// makes double clicks and late responses harmless.
import type { SigningRequest, SigningRequestCreate } from "@chinhquyenso/client";
import { failureOfRequest, isRetryable, type SigningFailure } from "./failures";

/** The method the user chose: a provider and, where they have several, a certificate. */
export interface SigningMethod {
  provider: string;
  /** `plugin` (VGCA: sign locally, upload) or `remote` (the provider signs after the user confirms). */
  flow: string;
  /** How a remote signature is confirmed: `app`, `otp`, `pin` or `none`. */
  confirmation: string;
  certificateSerial?: string | undefined;
}

/**
 * One user intent to sign: its idempotency key is created when the user confirms and reused by every retry,
 * resume and repeated click, so the platform creates at most one signing request for it.
 */
export interface SigningIntent {
  key: string;
  body: SigningRequestCreate;
  method: SigningMethod;
  /** Known once the platform answered the create call. */
  requestId?: string | undefined;
}

/**
 * `joined`: the platform already had an open request for these documents (409 `signing_request_open`, from
 * another tab, device or officer); the prompt follows that request instead of opening another.
 */
export type WaitingMode = "remote" | "otp" | "plugin" | "joined";

export interface OtpState {
  /** A confirmation call is in flight (the submit button is disabled: an OTP is never sent twice). */
  submitting: boolean;
  /** Why the last code did not work. */
  error?: "wrong_otp" | "network_lost" | undefined;
  attemptsLeft?: number | undefined;
}

/** Cancelling a live transaction: ask first, then cancel on the server. */
export type CancelState = "none" | "confirming" | "cancelling" | "failed";

export type SigningFlowState =
  | { step: "review" }
  | { step: "chooseMethod"; provider?: string | undefined; certificateSerial?: string | undefined }
  | {
      step: "confirm";
      method: SigningMethod;
      /** The open request this prompt followed has ended without a signature: the user may sign now. */
      notice?: "joinedEnded" | undefined;
    }
  | {
      step: "submitting";
      intent: SigningIntent;
      cancel: CancelState;
      /** Resumed from a stored intent (a remount or a reload), not started by a click in this mount. */
      resumed: boolean;
    }
  | {
      step: "waiting";
      intent: SigningIntent;
      mode: WaitingMode;
      request: SigningRequest;
      otp: OtpState;
      /** Polling the request failed: shown as a notice while polling goes on. */
      connection: "ok" | "lost";
      cancel: CancelState;
      /** Plugin flow: the item being signed locally or uploaded. */
      activeItem?: number | undefined;
    }
  | { step: "success"; request: SigningRequest }
  | {
      step: "failure";
      failure: SigningFailure;
      /** Kept so that a retry reuses the same intent (network lost, provider unavailable). */
      intent?: SigningIntent | undefined;
      request?: SigningRequest | undefined;
    }
  | { step: "cancelled"; request?: SigningRequest | undefined };

export type SigningFlowEvent =
  | { type: "NEXT" }
  | { type: "BACK" }
  | { type: "SELECT_PROVIDER"; provider: string }
  | { type: "SELECT_CERTIFICATE"; serial: string }
  | { type: "CHOOSE_METHOD"; method: SigningMethod }
  /** The user confirmed: a new intent (fresh key) starts. */
  | { type: "SUBMIT"; intent: SigningIntent }
  /** A stored intent is picked up again (remount, reload). */
  | { type: "RESUME"; intent: SigningIntent }
  | { type: "REQUEST_RECEIVED"; request: SigningRequest }
  /** Creating answered 409 `signing_request_open`: follow the open request (fetched) instead. */
  | { type: "JOINED"; request: SigningRequest }
  | { type: "REQUEST_FAILED"; failure: SigningFailure }
  | { type: "CONNECTION"; status: "ok" | "lost" }
  | { type: "OTP_SUBMIT" }
  | { type: "OTP_REJECTED"; attemptsLeft?: number | undefined }
  | { type: "OTP_UNSENT" }
  /** The confirmation call answered (its request comes as REQUEST_RECEIVED). */
  | { type: "OTP_SETTLED" }
  | { type: "PLUGIN_ITEM"; index: number | undefined }
  /** Retry the same intent (its key is reused). */
  | { type: "RETRY" }
  /** Start again with a new intent (new key) and the same method: after expiry, rejection, a resend. */
  | { type: "REAUTHORISE"; intent: SigningIntent }
  /** Back to the choice of provider and certificate (certificate expired/revoked, plugin missing…). */
  | { type: "CHOOSE_ANOTHER" }
  | { type: "CANCEL_ASK" }
  | { type: "CANCEL_DISMISS" }
  | { type: "CANCEL_CONFIRM" }
  | { type: "CANCEL_FAILED" }
  | { type: "CANCELLED"; request?: SigningRequest | undefined }
  | { type: "RESET" };

export const initialSigningState: SigningFlowState = { step: "review" };

/** The waiting mode a method leads to. */
export function waitingModeOf(method: SigningMethod): WaitingMode {
  if (method.flow === "plugin") return "plugin";
  return method.confirmation === "otp" ? "otp" : "remote";
}

/**
 * Whether a transaction of this prompt may be live on the server (closing then asks for confirmation and
 * cancels it). A joined request is not: it belongs to another tab, device or officer, and closing leaves it be.
 */
export function isLive(state: SigningFlowState): boolean {
  return state.step === "submitting" || (state.step === "waiting" && state.mode !== "joined");
}

/** Whether this prompt may offer to cancel the request it shows (not another officer's). */
export function mayCancel(state: SigningFlowState): boolean {
  if (state.step === "submitting") return true;
  return state.step === "waiting" && state.request.requestedBy?.isYou !== false;
}

/**
 * Whether a failed flow can retry its own intent: a retryable failure, with a request not yet final (a final
 * request stays final, however often it is fetched again).
 */
export function canRetry(state: SigningFlowState): boolean {
  return (
    state.step === "failure" &&
    state.intent !== undefined &&
    isRetryable(state.failure.kind) &&
    (state.request === undefined || state.request.state === "awaiting_user")
  );
}

function onRequest(
  state: Extract<SigningFlowState, { step: "submitting" | "waiting" }>,
  request: SigningRequest,
): SigningFlowState {
  // A late answer about another request (e.g. the one before a resend) must not replace the current one.
  const currentId = state.step === "waiting" ? state.request.id : state.intent.requestId;
  if (currentId !== undefined && request.id !== currentId) return state;
  if (request.state === "completed") return { step: "success", request };
  // Another's request ended unsigned: the documents are free again, sign them now.
  if (state.step === "waiting" && state.mode === "joined" && request.state !== "awaiting_user")
    return { step: "confirm", method: state.intent.method, notice: "joinedEnded" };
  if (request.state === "cancelled") return { step: "cancelled", request };
  const intent =
    state.intent.requestId === request.id ? state.intent : { ...state.intent, requestId: request.id };
  if (request.state !== "awaiting_user") {
    return { step: "failure", failure: failureOfRequest(request), intent, request };
  }
  if (state.step === "waiting") {
    const attemptsLeft = request.otpAttemptsLeft ?? state.otp.attemptsLeft;
    return { ...state, request, intent, otp: { ...state.otp, attemptsLeft }, connection: "ok" };
  }
  return {
    step: "waiting",
    intent,
    mode: waitingModeOf(intent.method),
    request,
    otp: { submitting: false, attemptsLeft: request.otpAttemptsLeft },
    connection: "ok",
    cancel: state.cancel,
  };
}

/** The signing flow's reducer: pure, total, and ignoring every event that does not apply. */
export function signingReducer(state: SigningFlowState, event: SigningFlowEvent): SigningFlowState {
  if (event.type === "RESET") return initialSigningState;
  if (event.type === "RESUME") {
    // Only before a transaction of this mount has started.
    if (state.step === "review" || state.step === "chooseMethod" || state.step === "confirm")
      return { step: "submitting", intent: event.intent, cancel: "none", resumed: true };
    return state;
  }
  switch (state.step) {
    case "review":
      return event.type === "NEXT" ? { step: "chooseMethod" } : state;

    case "chooseMethod":
      switch (event.type) {
        case "BACK":
          return { step: "review" };
        case "SELECT_PROVIDER":
          return event.provider === state.provider
            ? state
            : { step: "chooseMethod", provider: event.provider };
        case "SELECT_CERTIFICATE":
          return state.provider ? { ...state, certificateSerial: event.serial } : state;
        case "CHOOSE_METHOD":
          return { step: "confirm", method: event.method };
        default:
          return state;
      }

    case "confirm":
      switch (event.type) {
        case "BACK":
          return {
            step: "chooseMethod",
            provider: state.method.provider,
            certificateSerial: state.method.certificateSerial,
          };
        case "SUBMIT":
          return { step: "submitting", intent: event.intent, cancel: "none", resumed: false };
        default:
          return state;
      }

    case "submitting":
    case "waiting":
      return onLiveEvent(state, event);

    case "failure":
      switch (event.type) {
        case "RETRY":
          // The same intent again: the platform answers the same request (or creates it, once).
          return canRetry(state) && state.intent
            ? { step: "submitting", intent: state.intent, cancel: "none", resumed: false }
            : state;
        case "REAUTHORISE":
          return { step: "submitting", intent: event.intent, cancel: "none", resumed: false };
        case "CHOOSE_ANOTHER":
          return { step: "chooseMethod", provider: state.intent?.method.provider };
        default:
          return state;
      }

    case "success":
    case "cancelled":
      return state;
  }
}

function onLiveEvent(
  state: Extract<SigningFlowState, { step: "submitting" | "waiting" }>,
  event: SigningFlowEvent,
): SigningFlowState {
  switch (event.type) {
    case "REQUEST_RECEIVED":
      return onRequest(state, event.request);
    case "JOINED":
      if (state.step !== "submitting") return state;
      // The user was cancelling this intent: it created nothing, so it is cancelled; the other request is left be.
      if (state.cancel === "cancelling") return { step: "cancelled" };
      if (event.request.state !== "awaiting_user")
        // It ended between the 409 and the fetch: nothing to follow, try again.
        return event.request.state === "completed"
          ? { step: "success", request: event.request }
          : { step: "confirm", method: state.intent.method, notice: "joinedEnded" };
      return {
        step: "waiting",
        intent: state.intent,
        mode: "joined",
        request: event.request,
        otp: { submitting: false },
        connection: "ok",
        cancel: "none",
      };
    case "REQUEST_FAILED":
      return {
        step: "failure",
        failure: event.failure,
        intent: state.intent,
        request: state.step === "waiting" ? state.request : undefined,
      };
    case "CANCEL_ASK":
      return mayCancel(state) && (state.cancel === "none" || state.cancel === "failed")
        ? { ...state, cancel: "confirming" }
        : state;
    case "CANCEL_DISMISS":
      return state.cancel === "confirming" || state.cancel === "failed"
        ? { ...state, cancel: "none" }
        : state;
    case "CANCEL_CONFIRM":
      return state.cancel === "confirming" || state.cancel === "failed"
        ? { ...state, cancel: "cancelling" }
        : state;
    case "CANCEL_FAILED":
      return state.cancel === "cancelling" ? { ...state, cancel: "failed" } : state;
    case "CANCELLED":
      return { step: "cancelled", request: event.request };
    default:
      return state.step === "waiting" ? onWaitingEvent(state, event) : state;
  }
}

function onWaitingEvent(
  state: Extract<SigningFlowState, { step: "waiting" }>,
  event: SigningFlowEvent,
): SigningFlowState {
  switch (event.type) {
    case "CONNECTION":
      return event.status === state.connection ? state : { ...state, connection: event.status };
    case "OTP_SUBMIT":
      return state.mode === "otp" && !state.otp.submitting && state.cancel === "none"
        ? { ...state, otp: { ...state.otp, submitting: true, error: undefined } }
        : state;
    case "OTP_REJECTED":
      return state.otp.submitting
        ? {
            ...state,
            otp: {
              submitting: false,
              error: "wrong_otp",
              attemptsLeft: event.attemptsLeft ?? state.otp.attemptsLeft,
            },
          }
        : state;
    case "OTP_UNSENT":
      return state.otp.submitting
        ? { ...state, otp: { ...state.otp, submitting: false, error: "network_lost" } }
        : state;
    case "OTP_SETTLED":
      return state.otp.submitting ? { ...state, otp: { ...state.otp, submitting: false } } : state;
    case "PLUGIN_ITEM":
      return state.mode === "plugin" ? { ...state, activeItem: event.index } : state;
    case "REAUTHORISE":
      // A new OTP: the current request is cancelled by the flow and a new intent starts.
      return state.mode === "otp" && !state.otp.submitting && state.cancel === "none"
        ? { step: "submitting", intent: event.intent, cancel: "none", resumed: false }
        : state;
    default:
      return state;
  }
}
