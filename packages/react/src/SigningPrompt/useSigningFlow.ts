import type { SigningRequest } from "@chinhquyenso/client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { newIdempotencyKey } from "../internal/idempotencyKey";
import { buildRequestBody, type DocumentsProblem, documentsProblem } from "./documents";
import { classifySigningError } from "./errors";
import { type FlowContext, useCancellation, usePluginSigning, usePolling } from "./flowEffects";
import type { UseSigningFlowOptions } from "./flowOptions";
import { defaultIntentStore, intentScope, singleFlight } from "./intent";
import {
  canRetry,
  initialSigningState,
  isLive,
  type SigningFlowEvent,
  type SigningFlowState,
  type SigningIntent,
  type SigningMethod,
  signingReducer,
} from "./machine";

export interface SigningFlow {
  state: SigningFlowState;
  /** Why these documents cannot be signed (none, more than 50, twice the same…). */
  documentsProblem: DocumentsProblem | undefined;
  /** Whether a transaction may be live (closing must then ask and cancel it). */
  live: boolean;
  /** Sends an event to the machine; false when the current state ignores it. */
  send(event: SigningFlowEvent): boolean;
  next(): void;
  back(): void;
  selectProvider(provider: string): void;
  selectCertificate(serial: string): void;
  chooseMethod(method: SigningMethod): void;
  /** The user confirmed: starts one intent (ignored unless on the confirm step). */
  submit(): void;
  /** Sends an OTP once (ignored while one is in flight); false when the code is not 6 digits. */
  submitOtp(code: string): boolean;
  /** A new OTP: cancels the current request and starts a new intent. */
  resendOtp(): void;
  /** Retries the same intent (same idempotency key). */
  retry(): void;
  /** A new intent with the same method (after expiry, rejection…). */
  reauthorise(): void;
  chooseAnother(): void;
  askCancel(): void;
  dismissCancel(): void;
  confirmCancel(): void;
  /** Polls the request now (a stream event, the countdown reaching zero). */
  refresh(): void;
  /** Back to the review step (ignored while a transaction is live); a retryable intent stays stored. */
  reset(): void;
}

type SigningFlowCommands = Omit<SigningFlow, "state" | "documentsProblem" | "live">;

/**
 * The headless signing ceremony: the state machine plus its effects — one create call per intent (joined by
 * double clicks, remounts and React's double effects), polling while the user confirms, OTP confirmation without
 * automatic retries, the plugin's sign-and-upload per document, cancellation on the server, and resumption of
 * a pending intent after a remount or reload.
 */
export function useSigningFlow(options: UseSigningFlowOptions): SigningFlow {
  const { documents, kind = "approval", active = true, pollInterval = 5000 } = options;
  const [state, setState] = useState<SigningFlowState>(initialSigningState);
  const stateRef = useRef(state);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const store = options.intentStore ?? defaultIntentStore();
  const storeRef = useRef(store);
  storeRef.current = store;
  const scope = useMemo(() => intentScope(documents, kind), [documents, kind]);
  const scopeRef = useRef(scope);
  scopeRef.current = scope;
  // The request of this mount still awaiting the user, cancelled if the user moves on to a new intent.
  const awaitingRef = useRef<string | undefined>(undefined);
  const pollNowRef = useRef<(() => void) | undefined>(undefined);

  const send = useCallback((event: SigningFlowEvent) => {
    const next = signingReducer(stateRef.current, event);
    if (next === stateRef.current) return false;
    stateRef.current = next;
    setState(next);
    return true;
  }, []);

  const receive = useCallback(
    (request: SigningRequest) => {
      const current = stateRef.current;
      // A joined request is another tab's or officer's: never this mount's to cancel when it moves on.
      const joined = current.step === "waiting" && current.mode === "joined";
      if (request.state === "awaiting_user" && !joined) awaitingRef.current = request.id;
      else if (awaitingRef.current === request.id) awaitingRef.current = undefined;
      optionsRef.current.onRequest?.(request);
      send({ type: "REQUEST_RECEIVED", request });
    },
    [send],
  );

  const fail = useCallback(
    (error: unknown) => {
      const classified = classifySigningError(error);
      if (classified.type === "aborted") return;
      send({
        type: "REQUEST_FAILED",
        failure:
          classified.type === "failure"
            ? classified.failure
            : { kind: "failed", code: classified.type === "open" ? "signing_request_open" : "wrong_otp" },
      });
    },
    [send],
  );

  // The cancellation of an abandoned request, until it settles: a new request for the same documents waits
  // for it, or the platform would answer 409 `signing_request_open` (the old one still open).
  const abandoningRef = useRef<Promise<void>>(Promise.resolve());

  /**
   * Cancels a request of this mount that the user left for a new intent (best effort: it would expire).
   * Resolves when the cancellation has settled, however it went (also for React's repeated effects).
   */
  const abandon = useCallback((keep: string | undefined): Promise<void> => {
    const old = awaitingRef.current;
    const actions = optionsRef.current.actions;
    if (old && old !== keep && actions) {
      awaitingRef.current = undefined;
      abandoningRef.current = actions.cancel(old).then(
        () => {},
        () => {},
      );
    }
    return abandoningRef.current;
  }, []);

  const newIntent = useCallback((method: SigningMethod): SigningIntent => {
    const { documents: docs, kind: signatureKind = "approval", reason } = optionsRef.current;
    return {
      key: newIdempotencyKey(),
      body: buildRequestBody(docs, signatureKind, method, reason),
      method,
    };
  }, []);

  const hasActions = options.actions !== undefined;

  // Resume: a pending intent of these documents (from an earlier mount or a reload) is picked up again.
  useEffect(() => {
    if (!active || !hasActions) return;
    const stored = storeRef.current.get(scope);
    if (stored) send({ type: "RESUME", intent: stored });
  }, [active, hasActions, scope, send]);

  // Submitting: create the request once per intent key, or fetch it when its id is known.
  const submittingIntent = state.step === "submitting" ? state.intent : undefined;
  useEffect(() => {
    const actions = optionsRef.current.actions;
    if (!submittingIntent || !actions) return;
    let current = true;
    const abandoned = abandon(submittingIntent.requestId);
    const intentScopeAtStart = scopeRef.current;
    const intentStore = storeRef.current;
    const run = submittingIntent.requestId
      ? actions.getRequest(submittingIntent.requestId)
      : singleFlight(submittingIntent.key, async () => {
          await abandoned;
          const request = await actions.createRequest(submittingIntent.body, {
            idempotencyKey: submittingIntent.key,
          });
          // Remember the id even if this component is gone by now: a remount resumes it instead of creating.
          if (
            request.state === "awaiting_user" &&
            intentStore.get(intentScopeAtStart)?.key === submittingIntent.key
          )
            intentStore.set(intentScopeAtStart, { ...submittingIntent, requestId: request.id });
          return request;
        });
    run.then(
      (request) => current && receive(request),
      (error) => {
        const classified = classifySigningError(error);
        if (classified.type !== "open") return current && fail(error);
        // Another tab, device or officer already has these documents open: follow that request. This intent
        // created nothing, so it is forgotten (a reload meets the same 409 and joins again).
        if (intentStore.get(intentScopeAtStart)?.key === submittingIntent.key)
          intentStore.delete(intentScopeAtStart);
        actions.getRequest(classified.requestId).then(
          (request) => current && send({ type: "JOINED", request }),
          (failure) => current && fail(failure),
        );
      },
    );
    return () => {
      current = false;
    };
  }, [submittingIntent, abandon, receive, fail, send]);

  const latest = useCallback(() => ({ state: stateRef.current, options: optionsRef.current }), []);
  const settled = useCallback((requestId: string) => {
    if (awaitingRef.current === requestId) awaitingRef.current = undefined;
  }, []);
  const setPollNow = useCallback((poll: (() => void) | undefined) => {
    pollNowRef.current = poll;
  }, []);
  const context: FlowContext = { state, latest, settled, setPollNow, send, receive, fail };
  usePolling(context, pollInterval);
  usePluginSigning(context);
  useCancellation(context);

  // Final states: forget the stored intent (unless a retry of the same intent is offered) and report, once.
  const reportedRef = useRef<SigningFlowState | undefined>(undefined);
  useEffect(() => {
    const { onSigned, onCancelled } = optionsRef.current;
    const first = reportedRef.current !== state;
    reportedRef.current = state;
    if (state.step === "success") {
      storeRef.current.delete(scopeRef.current);
      if (first) onSigned?.(state.request);
    } else if (state.step === "cancelled") {
      storeRef.current.delete(scopeRef.current);
      if (first) onCancelled?.();
    } else if (state.step === "failure" && !canRetry(state)) {
      storeRef.current.delete(scopeRef.current);
    }
  }, [state]);

  const startIntent = useCallback(
    (type: "SUBMIT" | "REAUTHORISE", method: SigningMethod | undefined) => {
      if (!method) return;
      const intent = newIntent(method);
      // Stored only if the machine took it: a second click must not replace the key of the first.
      if (send({ type, intent })) storeRef.current.set(scopeRef.current, intent);
    },
    [newIntent, send],
  );

  // Stable functions (they read the latest state and options from refs): safe in effect dependencies.
  const commands = useMemo(
    (): SigningFlowCommands => ({
      send,
      next: () => {
        if (!documentsProblem(optionsRef.current.documents)) send({ type: "NEXT" });
      },
      back: () => send({ type: "BACK" }),
      selectProvider: (provider) => send({ type: "SELECT_PROVIDER", provider }),
      selectCertificate: (serial) => send({ type: "SELECT_CERTIFICATE", serial }),
      chooseMethod: (method) => send({ type: "CHOOSE_METHOD", method }),
      submit: () => {
        const current = stateRef.current;
        startIntent("SUBMIT", current.step === "confirm" ? current.method : undefined);
      },
      submitOtp: (code) => {
        const current = stateRef.current;
        const actions = optionsRef.current.actions;
        if (!/^\d{6}$/.test(code)) return false;
        if (current.step !== "waiting" || !actions || !send({ type: "OTP_SUBMIT" })) return true;
        actions.confirm(current.request.id, code).then(
          (request) => {
            receive(request);
            send({ type: "OTP_SETTLED" });
          },
          (error) => {
            const classified = classifySigningError(error);
            if (classified.type === "wrong_otp")
              send({ type: "OTP_REJECTED", attemptsLeft: classified.attemptsLeft });
            else if (classified.type === "failure" && classified.failure.kind === "network_lost") {
              // Whether it arrived is unknown: never resend it; ask the platform what the request is now.
              send({ type: "OTP_UNSENT" });
              pollNowRef.current?.();
            } else if (classified.type === "failure")
              send({ type: "REQUEST_FAILED", failure: classified.failure });
          },
        );
        return true;
      },
      resendOtp: () => {
        const current = stateRef.current;
        if (current.step === "waiting" && current.mode === "otp")
          startIntent("REAUTHORISE", current.intent.method);
      },
      retry: () => send({ type: "RETRY" }),
      reauthorise: () => {
        const current = stateRef.current;
        if (current.step === "failure") startIntent("REAUTHORISE", current.intent?.method);
      },
      chooseAnother: () => {
        if (send({ type: "CHOOSE_ANOTHER" })) {
          storeRef.current.delete(scopeRef.current);
          abandon(undefined);
        }
      },
      askCancel: () => send({ type: "CANCEL_ASK" }),
      dismissCancel: () => send({ type: "CANCEL_DISMISS" }),
      confirmCancel: () => send({ type: "CANCEL_CONFIRM" }),
      refresh: () => pollNowRef.current?.(),
      // The stored intent stays: final outcomes have already removed it, and an intent that may still exist on
      // the platform (a lost answer) must be resumed, not forgotten, when the prompt opens again.
      reset: () => {
        if (!isLive(stateRef.current)) send({ type: "RESET" });
      },
    }),
    [send, receive, abandon, startIntent],
  );

  return { ...commands, state, documentsProblem: documentsProblem(documents), live: isLive(state) };
}
