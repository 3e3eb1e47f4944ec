// A notification stream opened as a principal, parsed with eventsource-parser: events and comment lines arrive
// in a queue the rules read with a deadline (never a hang).
import { createParser, type EventSourceMessage } from "eventsource-parser";
import { type Http, operation, type Reply } from "./http";
import type { PrincipalName } from "./tokens";

export type StreamItem =
  | { readonly kind: "event"; readonly at: number; readonly message: EventSourceMessage }
  | { readonly kind: "comment"; readonly at: number; readonly text: string };

export interface OpenStream {
  readonly reply: Reply;
  readonly openedAt: number;
  /** The next item, or undefined when none arrives within `ms` or the stream ended. */
  next(ms: number): Promise<StreamItem | undefined>;
  /** The next event matching, skipping others, within `ms`. */
  nextEvent(
    ms: number,
    match?: (message: EventSourceMessage) => boolean,
  ): Promise<EventSourceMessage | undefined>;
  close(): void;
}

export async function openStream(
  http: Http,
  as: PrincipalName,
  options: { lastEventId?: string; signal: AbortSignal },
): Promise<OpenStream> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  options.signal.addEventListener("abort", abort, { once: true });
  const headers = new Headers({ accept: "text/event-stream" });
  if (options.lastEventId) headers.set("last-event-id", options.lastEventId);
  const op = operation("notifications.stream");
  const items: StreamItem[] = [];
  let wake: (() => void) | undefined;
  let ended = false;
  const push = (item: StreamItem) => {
    items.push(item);
    wake?.();
  };
  const parser = createParser({
    onEvent: (message) => push({ kind: "event", at: Date.now(), message }),
    onComment: (text) => push({ kind: "comment", at: Date.now(), text }),
  });
  const openedAt = Date.now();
  const { reply, body } = await http.openStream(op, as, headers, controller.signal);
  if (body) {
    void (async () => {
      const decoder = new TextDecoder();
      const reader = body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          parser.feed(decoder.decode(value, { stream: true }));
        }
      } catch {
        // aborted: the rule closed it or its budget ran out
      } finally {
        ended = true;
        wake?.();
      }
    })();
  } else ended = true;
  const next = async (ms: number): Promise<StreamItem | undefined> => {
    const deadline = Date.now() + ms;
    while (items.length === 0 && !ended && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
    return items.shift();
  };
  return {
    reply,
    openedAt,
    next,
    async nextEvent(ms, match = () => true) {
      const deadline = Date.now() + ms;
      for (;;) {
        const item = await next(Math.max(0, deadline - Date.now()));
        if (!item) return undefined;
        if (item.kind === "event" && match(item.message)) return item.message;
      }
    },
    close() {
      options.signal.removeEventListener("abort", abort);
      controller.abort();
    },
  };
}
