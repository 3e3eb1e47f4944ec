// The effects of the signing flow that run while a transaction is live: polling, the plugin's sign-and-upload,
// cancellation. Each feeds its results back to the machine as events.
import type { SigningRequest } from "@chinhquyenso/client";
import { useEffect } from "react";
import { newIdempotencyKey } from "../internal/idempotencyKey";
import { classifySigningError, SigningError } from "./errors";
import type { UseSigningFlowOptions } from "./flowOptions";
import { singleFlight } from "./intent";
import type { SigningFlowEvent, SigningFlowState } from "./machine";

/** What the effects share with the flow hook. */
export interface FlowContext {
  state: SigningFlowState;
  /** The latest state and options (stable function reading refs). */
  latest: () => { state: SigningFlowState; options: UseSigningFlowOptions };
  /** Forgets `requestId` as the request of this mount awaiting the user (it was cancelled). */
  settled: (requestId: string) => void;
  /** Registers how to poll now (while polling), or nothing. */
  setPollNow: (poll: (() => void) | undefined) => void;
  send: (event: SigningFlowEvent) => boolean;
  receive: (request: SigningRequest) => void;
  fail: (error: unknown) => void;
}

/** Waiting (app or OTP confirmation): polls the request until it is final; a failed poll is "connection lost". */
export function usePolling(context: FlowContext, pollInterval: number): void {
  const { state, latest, setPollNow, send, receive, fail } = context;
  const pollId = state.step === "waiting" && state.mode !== "plugin" ? state.request.id : undefined;
  useEffect(() => {
    const actions = latest().options.actions;
    if (!pollId || !actions) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let busy = false;
    const poll = async () => {
      if (busy || controller.signal.aborted) return;
      busy = true;
      clearTimeout(timer);
      try {
        const request = await actions.getRequest(pollId, { signal: controller.signal });
        if (controller.signal.aborted) return;
        send({ type: "CONNECTION", status: "ok" });
        receive(request);
      } catch (error) {
        if (controller.signal.aborted) return;
        const classified = classifySigningError(error);
        if (classified.type === "failure" && classified.failure.kind === "network_lost")
          send({ type: "CONNECTION", status: "lost" });
        else if (classified.type !== "aborted") fail(error);
      } finally {
        busy = false;
        if (!controller.signal.aborted) timer = setTimeout(poll, pollInterval);
      }
    };
    timer = setTimeout(poll, pollInterval);
    setPollNow(() => void poll());
    return () => {
      controller.abort();
      clearTimeout(timer);
      setPollNow(undefined);
    };
  }, [pollId, pollInterval, latest, setPollNow, send, receive, fail]);
}

/** Plugin flow: signs each document locally, then uploads it; documents already signed are skipped. */
export function usePluginSigning(context: FlowContext): void {
  const { state, latest, send, receive, fail } = context;
  const pluginRequestId =
    state.step === "waiting" && state.mode === "plugin" && state.cancel === "none"
      ? state.request.id
      : undefined;
  useEffect(() => {
    const { actions, plugin } = latest().options;
    const live = latest().state;
    if (!pluginRequestId || !actions || live.step !== "waiting") return;
    let current = true;
    const signAll = async (first: SigningRequest) => {
      const upload = actions.uploadSigned?.bind(actions);
      if (!plugin?.detect()) throw new SigningError("plugin_missing");
      if (!upload || !first.plugin) throw new SigningError("failed");
      let request = first;
      for (let index = 0; index < request.items.length; index += 1) {
        const item = request.items[index];
        if (!item || item.signedFileId || !current) continue;
        send({ type: "PLUGIN_ITEM", index });
        const instructions = request.plugin ?? first.plugin;
        const file = await singleFlight(`${request.id}#${index}`, () =>
          plugin.sign({ instructions, item, itemIndex: index, requestId: request.id }),
        );
        if (!current) return;
        request = await singleFlight(`${request.id}#${index}:upload`, () =>
          upload(request.id, { file, itemIndex: index }, { idempotencyKey: newIdempotencyKey() }),
        );
        if (current) receive(request);
      }
      if (current) send({ type: "PLUGIN_ITEM", index: undefined });
    };
    signAll(live.request).catch((error) => current && fail(error));
    return () => {
      current = false;
    };
  }, [pluginRequestId, latest, send, receive, fail]);
}

/** Cancelling: waits for the request id if the create call is still in flight, then cancels on the server. */
export function useCancellation(context: FlowContext): void {
  const { state, latest, settled, send, receive } = context;
  const cancellingIntent =
    (state.step === "submitting" || state.step === "waiting") && state.cancel === "cancelling"
      ? state.intent
      : undefined;
  useEffect(() => {
    const actions = latest().options.actions;
    if (!cancellingIntent || !actions) return;
    let current = true;
    const live = latest().state;
    const known = cancellingIntent.requestId ?? (live.step === "waiting" ? live.request.id : undefined);
    const requestId = known
      ? Promise.resolve(known)
      : singleFlight(cancellingIntent.key, () =>
          actions.createRequest(cancellingIntent.body, { idempotencyKey: cancellingIntent.key }),
        ).then((request) => request.id);
    requestId
      .then((id) =>
        actions.cancel(id).then(
          (request) => {
            settled(id);
            if (current) send({ type: "CANCELLED", request });
          },
          async (error) => {
            // It may have finished meanwhile (409): what it became wins over the cancellation.
            const latest = await actions.getRequest(id).catch(() => undefined);
            if (!current) return;
            if (latest && latest.state !== "awaiting_user") receive(latest);
            else if (classifySigningError(error).type !== "aborted") send({ type: "CANCEL_FAILED" });
          },
        ),
      )
      .catch((error) => {
        if (!current) return;
        // The intent never created a request (the documents had another open one): nothing to cancel.
        if (classifySigningError(error).type === "open") send({ type: "CANCELLED" });
        else send({ type: "CANCEL_FAILED" });
      });
    return () => {
      current = false;
    };
  }, [cancellingIntent, latest, settled, send, receive]);
}
