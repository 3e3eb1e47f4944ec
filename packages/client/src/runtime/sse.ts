import { createParser, type EventSourceMessage } from "eventsource-parser";
import { STREAM_EVENT_TYPES, STREAMING } from "../generated/stream";
import { ApiError, type ClientError, InputError, ResponseError } from "./errors";
import { sleep } from "./sleep";
import type { Operation } from "./table";
import type { Transport } from "./transport";
import type { StreamOptions } from "./types";

const known = new Set<string>(STREAM_EVENT_TYPES);

/** Errors after which reconnecting cannot help (403, 404, a response that is not a stream…). */
const isFatal = (error: unknown) =>
  error instanceof ApiError
    ? error.status < 500 && error.status !== 408 && error.status !== 429
    : error instanceof ResponseError || error instanceof InputError;

// Loaded lazily (dynamic import) on the first stream() call, with eventsource-parser: apps that never stream
// do not download it. What is stream-only lives here, not in the main entry.

/**
 * Server-sent events as an async iterable: reconnects with backoff, resumes with Last-Event-ID, and treats a
 * connection silent for longer than the heartbeat timeout as dead. Ends when the signal aborts.
 */
export async function* streamEvents(transport: Transport, op: Operation, options: StreamOptions = {}) {
  const { signal } = options;
  const heartbeatTimeout = options.heartbeatTimeout ?? STREAMING.heartbeatMs * 2.5;
  let lastEventId = options.lastEventId;
  let serverRetry: number | undefined;
  let failures = 0;
  while (!signal?.aborted) {
    const connection = new AbortController();
    let reason = "stream ended";
    let response: Response | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const watch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => connection.abort(), heartbeatTimeout);
    };
    try {
      options.onStateChange?.(failures === 0 ? "connecting" : "reconnecting");
      watch();
      // One attempt, no timeout: the heartbeat watch aborts a silent connection, and this loop reconnects.
      const prepared = transport.prepare(op, [
        {
          signal: AbortSignal.any(signal ? [signal, connection.signal] : [connection.signal]),
          headers: lastEventId === undefined ? {} : { [STREAMING.resumeHeader]: lastEventId },
          retry: false,
          timeout: false,
        },
      ]);
      response = await transport.send(op, prepared);
      const type = response.headers.get("content-type") ?? "";
      if (!type.startsWith("text/event-stream") || !response.body)
        throw new ResponseError(op.id, `expected an event stream, got ${type || "nothing"}`, response.status);
      options.onStateChange?.("open");
      const queue: EventSourceMessage[] = [];
      const parser = createParser({
        onEvent: (message) => queue.push(message),
        onRetry: (ms) => {
          serverRetry = ms;
        },
      });
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      try {
        for (;;) {
          watch();
          const { done, value } = await reader.read();
          if (done) break;
          parser.feed(decoder.decode(value, { stream: true }));
          for (const message of queue.splice(0)) {
            if (message.id !== undefined) lastEventId = message.id;
            let event: { type?: unknown };
            try {
              event = JSON.parse(message.data);
            } catch {
              transport.hooks.error?.(
                new ResponseError(op.id, `event ${message.id ?? "?"} has invalid JSON data`, 200),
              );
              continue;
            }
            failures = 0;
            if (typeof event?.type === "string" && known.has(event.type)) yield event;
            else
              options.onUnknownEvent?.({
                id: message.id,
                type: String(event?.type ?? message.event),
                data: event,
              });
          }
        }
      } finally {
        reader.cancel().catch(() => {});
      }
    } catch (error) {
      if (signal?.aborted) return;
      if (isFatal(error)) transport.fail(error as ClientError);
      reason = connection.signal.aborted
        ? "heartbeat timeout"
        : error instanceof Error
          ? error.name
          : "error";
    } finally {
      clearTimeout(timer);
      // Release the body before aborting, or the abort errors an unread body.
      response?.body?.cancel().catch(() => {});
      connection.abort();
    }
    failures++;
    options.onStateChange?.("reconnecting");
    transport.hooks.retry?.({ operationId: op.id, attempt: failures, reason });
    const base = Math.min(
      options.maxReconnectDelay ?? 30_000,
      (serverRetry ?? options.reconnectDelay ?? 1000) * 2 ** (failures - 1),
    );
    await sleep(base / 2 + (Math.random() * base) / 2, signal);
  }
}
