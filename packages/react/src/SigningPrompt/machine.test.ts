import type { SigningRequest } from "@chinhquyenso/client";
import { describe, expect, it } from "vitest";
import { failureOfRequest } from "./failures";
import {
  canRetry,
  initialSigningState,
  isLive,
  mayCancel,
  type SigningFlowEvent,
  type SigningFlowState,
  type SigningIntent,
  type SigningMethod,
  signingReducer,
  waitingModeOf,
} from "./machine";

const remote: SigningMethod = {
  provider: "smartca",
  flow: "remote",
  confirmation: "app",
  certificateSerial: "a1",
};
const otp: SigningMethod = { provider: "neac", flow: "remote", confirmation: "otp" };
const plugin: SigningMethod = { provider: "vgca", flow: "plugin", confirmation: "pin" };

const intentOf = (method: SigningMethod, key = "key-00000001", requestId?: string): SigningIntent => ({
  key,
  method,
  body: {
    provider: method.provider,
    kind: "approval",
    items: [{ source: "document", documentId: "d1", format: "pades" }],
  },
  ...(requestId ? { requestId } : {}),
});

const request = (overrides: Partial<SigningRequest> = {}): SigningRequest => ({
  id: "sig_1",
  provider: "smartca",
  kind: "approval",
  state: "awaiting_user",
  items: [{ source: "document", documentId: "d1", format: "pades", signedFileId: null }],
  createdAt: "2026-11-26T09:00:00+07:00",
  expiresAt: "2026-11-26T09:04:00+07:00",
  ...overrides,
});

const waiting = (
  method: SigningMethod,
  overrides: Partial<Extract<SigningFlowState, { step: "waiting" }>> = {},
): SigningFlowState => ({
  step: "waiting",
  intent: intentOf(method, "key-00000001", "sig_1"),
  mode: waitingModeOf(method),
  request: request({ provider: method.provider }),
  otp: { submitting: false, attemptsLeft: 3 },
  connection: "ok",
  cancel: "none",
  ...overrides,
});

const STATES = {
  review: initialSigningState,
  chooseNone: { step: "chooseMethod" },
  chooseSmartca: { step: "chooseMethod", provider: "smartca" },
  confirm: { step: "confirm", method: remote },
  submitting: { step: "submitting", intent: intentOf(remote), cancel: "none", resumed: false },
  submittingAsking: { step: "submitting", intent: intentOf(remote), cancel: "confirming", resumed: false },
  submittingCancelling: {
    step: "submitting",
    intent: intentOf(remote),
    cancel: "cancelling",
    resumed: false,
  },
  waitingRemote: waiting(remote),
  waitingOtp: waiting(otp),
  waitingOtpSending: waiting(otp, { otp: { submitting: true, attemptsLeft: 3 } }),
  waitingPlugin: waiting(plugin),
  waitingAsking: waiting(remote, { cancel: "confirming" }),
  waitingCancelling: waiting(remote, { cancel: "cancelling" }),
  waitingCancelFailed: waiting(remote, { cancel: "failed" }),
  success: { step: "success", request: request({ state: "completed" }) },
  failureNetwork: { step: "failure", failure: { kind: "network_lost" }, intent: intentOf(remote) },
  failureExpired: {
    step: "failure",
    failure: { kind: "transaction_expired" },
    intent: intentOf(remote, "key-00000001", "sig_1"),
    request: request({ state: "expired" }),
  },
  cancelled: { step: "cancelled" },
  waitingJoinedMine: waiting(remote, {
    mode: "joined",
    intent: intentOf(remote),
    request: request({ id: "sig_1", requestedBy: { name: "Trần Thị Bích", isYou: true } }),
  }),
  waitingJoinedOther: waiting(remote, {
    mode: "joined",
    intent: intentOf(remote),
    request: request({ id: "sig_1", requestedBy: { name: "Lê Văn Cường", isYou: false } }),
  }),
} satisfies Record<string, SigningFlowState>;

type StateName = keyof typeof STATES;

const EVENTS = {
  NEXT: { type: "NEXT" },
  BACK: { type: "BACK" },
  SELECT_PROVIDER: { type: "SELECT_PROVIDER", provider: "mysign" },
  SELECT_CERTIFICATE: { type: "SELECT_CERTIFICATE", serial: "b2" },
  CHOOSE_METHOD: { type: "CHOOSE_METHOD", method: remote },
  SUBMIT: { type: "SUBMIT", intent: intentOf(remote, "key-00000002") },
  RESUME: { type: "RESUME", intent: intentOf(remote, "key-00000003", "sig_9") },
  REQUEST_RECEIVED: { type: "REQUEST_RECEIVED", request: request({ otpAttemptsLeft: 2 }) },
  JOINED: { type: "JOINED", request: request({ id: "sig_7" }) },
  REQUEST_FAILED: { type: "REQUEST_FAILED", failure: { kind: "network_lost" } },
  CONNECTION: { type: "CONNECTION", status: "lost" },
  OTP_SUBMIT: { type: "OTP_SUBMIT" },
  OTP_REJECTED: { type: "OTP_REJECTED", attemptsLeft: 1 },
  OTP_UNSENT: { type: "OTP_UNSENT" },
  OTP_SETTLED: { type: "OTP_SETTLED" },
  PLUGIN_ITEM: { type: "PLUGIN_ITEM", index: 0 },
  RETRY: { type: "RETRY" },
  REAUTHORISE: { type: "REAUTHORISE", intent: intentOf(remote, "key-00000004") },
  CHOOSE_ANOTHER: { type: "CHOOSE_ANOTHER" },
  CANCEL_ASK: { type: "CANCEL_ASK" },
  CANCEL_DISMISS: { type: "CANCEL_DISMISS" },
  CANCEL_CONFIRM: { type: "CANCEL_CONFIRM" },
  CANCEL_FAILED: { type: "CANCEL_FAILED" },
  CANCELLED: { type: "CANCELLED" },
  RESET: { type: "RESET" },
} satisfies Record<SigningFlowEvent["type"], SigningFlowEvent>;

type EventName = keyof typeof EVENTS;

const live: StateName[] = [
  "submitting",
  "submittingAsking",
  "submittingCancelling",
  "waitingRemote",
  "waitingOtp",
  "waitingOtpSending",
  "waitingPlugin",
  "waitingAsking",
  "waitingCancelling",
  "waitingCancelFailed",
];

/** Every (state, event) pair the machine accepts, with what it must become. */
const ACCEPTED: Partial<Record<StateName, Partial<Record<EventName, (next: SigningFlowState) => void>>>> = {
  review: {
    NEXT: (next) => expect(next).toEqual({ step: "chooseMethod" }),
    RESUME: (next) =>
      expect(next).toMatchObject({ step: "submitting", resumed: true, intent: { key: "key-00000003" } }),
  },
  chooseNone: {
    BACK: (next) => expect(next).toEqual({ step: "review" }),
    SELECT_PROVIDER: (next) => expect(next).toEqual({ step: "chooseMethod", provider: "mysign" }),
    CHOOSE_METHOD: (next) => expect(next).toEqual({ step: "confirm", method: remote }),
    RESUME: (next) => expect(next).toMatchObject({ step: "submitting", resumed: true }),
  },
  chooseSmartca: {
    BACK: (next) => expect(next).toEqual({ step: "review" }),
    // Another provider forgets the certificate of the previous one.
    SELECT_PROVIDER: (next) => expect(next).toEqual({ step: "chooseMethod", provider: "mysign" }),
    SELECT_CERTIFICATE: (next) =>
      expect(next).toEqual({ step: "chooseMethod", provider: "smartca", certificateSerial: "b2" }),
    CHOOSE_METHOD: (next) => expect(next).toEqual({ step: "confirm", method: remote }),
    RESUME: (next) => expect(next).toMatchObject({ step: "submitting", resumed: true }),
  },
  confirm: {
    BACK: (next) =>
      expect(next).toEqual({ step: "chooseMethod", provider: "smartca", certificateSerial: "a1" }),
    SUBMIT: (next) =>
      expect(next).toEqual({
        step: "submitting",
        intent: EVENTS.SUBMIT.intent,
        cancel: "none",
        resumed: false,
      }),
    RESUME: (next) => expect(next).toMatchObject({ step: "submitting", resumed: true }),
  },
  failureNetwork: {
    RETRY: (next) =>
      expect(next).toEqual({ step: "submitting", intent: intentOf(remote), cancel: "none", resumed: false }),
    REAUTHORISE: (next) =>
      expect(next).toMatchObject({ step: "submitting", intent: { key: "key-00000004" } }),
    CHOOSE_ANOTHER: (next) => expect(next).toEqual({ step: "chooseMethod", provider: "smartca" }),
  },
  waitingJoinedMine: {
    REQUEST_RECEIVED: (next) => expect(next).toMatchObject({ step: "waiting", mode: "joined" }),
    REQUEST_FAILED: (next) => expect(next).toMatchObject({ step: "failure" }),
    CANCELLED: (next) => expect(next).toEqual({ step: "cancelled", request: undefined }),
    CANCEL_ASK: (next) => expect(next).toMatchObject({ mode: "joined", cancel: "confirming" }),
    CONNECTION: (next) => expect(next).toMatchObject({ connection: "lost" }),
  },
  // Another officer's request: followed, never offered for cancellation.
  waitingJoinedOther: {
    REQUEST_RECEIVED: (next) => expect(next).toMatchObject({ step: "waiting", mode: "joined" }),
    REQUEST_FAILED: (next) => expect(next).toMatchObject({ step: "failure" }),
    CANCELLED: (next) => expect(next).toEqual({ step: "cancelled", request: undefined }),
    CONNECTION: (next) => expect(next).toMatchObject({ connection: "lost" }),
  },
  failureExpired: {
    REAUTHORISE: (next) =>
      expect(next).toMatchObject({ step: "submitting", intent: { key: "key-00000004" } }),
    CHOOSE_ANOTHER: (next) => expect(next).toEqual({ step: "chooseMethod", provider: "smartca" }),
  },
};

// Events every live state accepts, and how.
for (const name of live) {
  const state = STATES[name] as Extract<SigningFlowState, { step: "submitting" | "waiting" }>;
  const table: Partial<Record<EventName, (next: SigningFlowState) => void>> = {
    REQUEST_RECEIVED: (next) => {
      expect(next).toMatchObject({
        step: "waiting",
        request: { id: "sig_1" },
        intent: { requestId: "sig_1" },
      });
      if (next.step === "waiting") expect(next.cancel).toBe(state.cancel);
    },
    REQUEST_FAILED: (next) =>
      expect(next).toMatchObject({ step: "failure", failure: { kind: "network_lost" } }),
    CANCELLED: (next) => expect(next).toEqual({ step: "cancelled", request: undefined }),
  };
  if (state.cancel === "none" || state.cancel === "failed")
    table.CANCEL_ASK = (next) => expect(next).toMatchObject({ cancel: "confirming" });
  if (state.cancel === "confirming" || state.cancel === "failed") {
    table.CANCEL_DISMISS = (next) => expect(next).toMatchObject({ cancel: "none" });
    table.CANCEL_CONFIRM = (next) => expect(next).toMatchObject({ cancel: "cancelling" });
  }
  if (state.step === "submitting")
    table.JOINED = (next) =>
      state.cancel === "cancelling"
        ? expect(next).toEqual({ step: "cancelled" })
        : expect(next).toMatchObject({
            step: "waiting",
            mode: "joined",
            request: { id: "sig_7" },
            cancel: "none",
          });
  if (state.cancel === "cancelling")
    table.CANCEL_FAILED = (next) => expect(next).toMatchObject({ cancel: "failed" });
  if (state.step === "waiting") {
    table.CONNECTION = (next) => expect(next).toMatchObject({ step: "waiting", connection: "lost" });
    if (state.mode === "otp" && !state.otp.submitting && state.cancel === "none") {
      table.OTP_SUBMIT = (next) =>
        expect(next).toMatchObject({ otp: { submitting: true, error: undefined } });
      table.REAUTHORISE = (next) =>
        expect(next).toMatchObject({ step: "submitting", intent: { key: "key-00000004" }, resumed: false });
    }
    if (state.otp.submitting) {
      table.OTP_REJECTED = (next) =>
        expect(next).toMatchObject({ otp: { submitting: false, error: "wrong_otp", attemptsLeft: 1 } });
      table.OTP_UNSENT = (next) =>
        expect(next).toMatchObject({ otp: { submitting: false, error: "network_lost", attemptsLeft: 3 } });
      table.OTP_SETTLED = (next) => expect(next).toMatchObject({ otp: { submitting: false } });
    }
    if (state.mode === "plugin") table.PLUGIN_ITEM = (next) => expect(next).toMatchObject({ activeItem: 0 });
  }
  ACCEPTED[name] = { ...table, ...ACCEPTED[name] };
}

describe("signing flow machine", () => {
  for (const [stateName, state] of Object.entries(STATES) as [StateName, SigningFlowState][]) {
    describe(`from ${stateName}`, () => {
      for (const [eventName, event] of Object.entries(EVENTS) as [EventName, SigningFlowEvent][]) {
        if (eventName === "RESET") {
          it("RESET goes back to review", () =>
            expect(signingReducer(state, event)).toEqual(initialSigningState));
          continue;
        }
        const check = ACCEPTED[stateName]?.[eventName];
        if (check) {
          it(`${eventName} is accepted`, () => {
            const next = signingReducer(state, event);
            expect(next).not.toBe(state);
            check(next);
          });
        } else {
          it(`${eventName} is ignored`, () => expect(signingReducer(state, event)).toBe(state));
        }
      }
    });
  }

  it("walks the whole remote ceremony to success", () => {
    let state = initialSigningState;
    const steps: SigningFlowEvent[] = [
      { type: "NEXT" },
      { type: "SELECT_PROVIDER", provider: "smartca" },
      { type: "SELECT_CERTIFICATE", serial: "a1" },
      { type: "CHOOSE_METHOD", method: remote },
      { type: "SUBMIT", intent: intentOf(remote) },
      { type: "REQUEST_RECEIVED", request: request() },
      { type: "REQUEST_RECEIVED", request: request({ state: "completed" }) },
    ];
    const visited = steps.map((event) => {
      state = signingReducer(state, event);
      return state.step;
    });
    expect(visited).toEqual([
      "chooseMethod",
      "chooseMethod",
      "chooseMethod",
      "confirm",
      "submitting",
      "waiting",
      "success",
    ]);
  });

  it("maps final request states to distinct failures, unknown codes kept raw", () => {
    const submitting = STATES.submitting;
    const outcome = (overrides: Partial<SigningRequest>) =>
      signingReducer(submitting, { type: "REQUEST_RECEIVED", request: request(overrides) });
    expect(outcome({ state: "rejected", errorCode: "user_rejected" })).toMatchObject({
      step: "failure",
      failure: { kind: "user_rejected" },
      intent: { requestId: "sig_1" },
    });
    expect(outcome({ state: "expired" })).toMatchObject({ failure: { kind: "transaction_expired" } });
    expect(outcome({ state: "failed", errorCode: "otp_attempts_exceeded" })).toMatchObject({
      failure: { kind: "otp_attempts_exceeded" },
    });
    expect(outcome({ state: "failed", errorCode: "hsm_on_fire" })).toMatchObject({
      failure: { kind: "failed", code: "hsm_on_fire" },
    });
    expect(outcome({ state: "archived" })).toMatchObject({ failure: { kind: "failed", code: "archived" } });
    expect(outcome({ state: "cancelled" })).toMatchObject({ step: "cancelled" });
    expect(failureOfRequest(request({ state: "failed", errorCode: "provider_unavailable" }))).toEqual({
      kind: "provider_unavailable",
    });
  });

  it("offers a retry of the same intent only while the request is not final", () => {
    expect(canRetry(STATES.failureNetwork)).toBe(true);
    expect(canRetry(STATES.failureExpired)).toBe(false);
    const finalUnavailable: SigningFlowState = {
      step: "failure",
      failure: { kind: "provider_unavailable" },
      intent: intentOf(remote, "key-00000001", "sig_1"),
      request: request({ state: "failed", errorCode: "provider_unavailable" }),
    };
    expect(canRetry(finalUnavailable)).toBe(false);
    expect(signingReducer(finalUnavailable, { type: "RETRY" })).toBe(finalUnavailable);
  });

  it("ignores a late answer about another request while waiting (after a resend)", () => {
    const state = STATES.waitingOtp;
    expect(
      signingReducer(state, {
        type: "REQUEST_RECEIVED",
        request: request({ id: "sig_0", state: "expired" }),
      }),
    ).toBe(state);
  });

  it("follows a joined request to its end: signed elsewhere is success, ended unsigned frees the documents", () => {
    const joined = STATES.waitingJoinedOther;
    expect(
      signingReducer(joined, { type: "REQUEST_RECEIVED", request: request({ state: "completed" }) }),
    ).toMatchObject({ step: "success" });
    for (const state of ["cancelled", "expired", "rejected"])
      expect(signingReducer(joined, { type: "REQUEST_RECEIVED", request: request({ state }) })).toEqual({
        step: "confirm",
        method: remote,
        notice: "joinedEnded",
      });
    // Ended between the 409 and the fetch.
    expect(
      signingReducer(STATES.submitting, { type: "JOINED", request: request({ state: "expired" }) }),
    ).toEqual({ step: "confirm", method: remote, notice: "joinedEnded" });
  });

  it("leaves a joined request alone on close, and offers to cancel only one's own", () => {
    expect(isLive(STATES.waitingJoinedMine) || isLive(STATES.waitingJoinedOther)).toBe(false);
    expect(mayCancel(STATES.waitingJoinedMine)).toBe(true);
    expect(mayCancel(STATES.waitingJoinedOther)).toBe(false);
    expect(mayCancel(STATES.waitingRemote) && mayCancel(STATES.submitting)).toBe(true);
  });

  it("knows which states hold a live transaction", () => {
    expect(live.every((name) => isLive(STATES[name]))).toBe(true);
    expect(isLive(STATES.review) || isLive(STATES.success) || isLive(STATES.failureNetwork)).toBe(false);
  });
});
