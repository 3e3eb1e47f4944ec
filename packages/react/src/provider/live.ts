import type { ChinhQuyenSoClient, NotificationEvent } from "@chinhquyenso/client";
import type { QueryClient } from "@tanstack/react-query";

/** State of the notifications stream, for widgets that show it (e.g. "reconnecting…"). */
export type LiveState = "idle" | "connecting" | "open" | "reconnecting" | "stopped";

/**
 * The live channel of a provider: one notifications stream per provider, fanned out to any number of
 * listeners, invalidating the queries each event affects.
 */
export interface LiveChannel {
  getState(): LiveState;
  /** Listen to state changes (`useSyncExternalStore`-compatible). */
  subscribeState(listener: () => void): () => void;
  /** Listen to every event of the stream. */
  subscribe(listener: (event: NotificationEvent) => void): () => void;
  /** Opens the stream (idempotent); returns a function that closes it. */
  start(): () => void;
}

/** Every resource the stream reports on: what a `stream.reset` (events were missed) makes stale. */
export const STREAMED_RESOURCES = [
  "dossiers",
  "documents",
  "meetings",
  "calendar",
  "feedback",
  "signing",
  "notifications",
] as const;

/** The resources whose queries an event makes stale (their key is `["cqs", resource]`). */
export function resourcesAffectedBy(type: string): readonly string[] {
  const [prefix] = type.split(".");
  switch (prefix) {
    case "stream":
      // `stream.reset`: the platform could not replay what happened while we were away; refetch it all.
      return STREAMED_RESOURCES;
    case "dossier":
      return ["dossiers", "notifications"];
    case "document":
      return ["documents", "notifications"];
    case "meeting":
      return ["meetings", "calendar", "notifications"];
    case "calendar":
      return ["calendar", "notifications"];
    case "feedback":
      return ["feedback", "notifications"];
    case "signing":
      return ["signing", "documents", "notifications"];
    case "payment":
      // Fees, payment requests and receipts are under the dossier's queries (`["cqs", "dossiers", …]`).
      return ["dossiers", "notifications"];
    default:
      return ["notifications"];
  }
}

export function createLiveChannel(client: ChinhQuyenSoClient, queryClient: QueryClient): LiveChannel {
  let state: LiveState = "idle";
  const stateListeners = new Set<() => void>();
  const listeners = new Set<(event: NotificationEvent) => void>();
  let controller: AbortController | undefined;
  let users = 0;

  const setState = (next: LiveState) => {
    if (next === state) return;
    state = next;
    for (const listener of stateListeners) listener();
  };

  async function run(signal: AbortSignal) {
    setState("connecting");
    try {
      const stream = client.notifications.stream({
        signal,
        onStateChange: setState,
      });
      for await (const event of stream) {
        setState("open");
        for (const resource of resourcesAffectedBy(event.type)) {
          void queryClient.invalidateQueries({ queryKey: ["cqs", resource] });
        }
        for (const listener of listeners) listener(event);
      }
    } catch {
      // The stream gave up (e.g. 403): widgets keep working from queries, without live updates.
    } finally {
      setState(signal.aborted ? "idle" : "stopped");
    }
  }

  return {
    getState: () => state,
    subscribeState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      users += 1;
      if (!controller) {
        controller = new AbortController();
        void run(controller.signal);
      }
      return () => {
        users -= 1;
        if (users === 0) {
          controller?.abort();
          controller = undefined;
        }
      };
    },
  };
}
