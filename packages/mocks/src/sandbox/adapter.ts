// Node's http ⇄ the handlers: an IncomingMessage becomes a Fetch Request for msw (or, for an operation the
// sandbox calls directly, a lighter `IncomingCall` view), and the answer is written back — a `JsonAnswer` in
// one write, a Response chunk by chunk (server-sent events reach the client as each one is produced).
import type { IncomingMessage, ServerResponse } from "node:http";
import { type Answer, type HeaderReader, type IncomingCall, JsonAnswer } from "../handlers/answer";
import { payloadTooLarge } from "./limits";

/** Reads a small body whole (control routes); throws the 413 problem past `limit` bytes. */
export async function readSmallBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw payloadTooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A header as Fetch reads it: repeated values joined with ", ". */
const headerText = (value: string | string[]): string => (Array.isArray(value) ? value.join(", ") : value);

/**
 * A signal that aborts when the client goes away before the answer is sent whole (a closed stream): the handler
 * hears it. An answer sent whole never aborts it (creating its DOMException on every request cost more than
 * routing it).
 */
export function clientLeft(response: ServerResponse): AbortSignal {
  const aborter = new AbortController();
  const leave = () => {
    if (!response.writableFinished) aborter.abort();
  };
  if (response.closed) leave();
  else response.once("close", leave);
  return aborter.signal;
}

/** The Fetch `Request` the handlers get: headers as sent, the body streamed (not buffered) through `body`. */
export function toFetchRequest(
  request: IncomingMessage,
  url: URL,
  body: ReadableStream<Uint8Array> | null,
  signal: AbortSignal,
): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers.set(name, headerText(value));
  }
  return new Request(url, {
    method: request.method ?? "GET",
    headers,
    signal,
    ...(body ? { body, duplex: "half" } : {}),
  } as RequestInit);
}

/** Node's request headers read as a Fetch `Headers` built from them (`toFetchRequest`) reads them. */
function headerReader(request: IncomingMessage): HeaderReader {
  return {
    get(name) {
      const value = request.headers[name.toLowerCase()];
      return value === undefined ? null : headerText(value);
    },
  };
}

const NO_BODY = new ArrayBuffer(0);

/**
 * A request without a body (GET) as the handlers read it, without a Fetch Request. The abort signal is made
 * only when an operation asks for it (the notification stream): it aborts when the client goes away before the
 * answer is sent whole, as `toFetchRequest`'s does.
 */
export function bodilessCall(request: IncomingMessage, response: ServerResponse, url: URL): IncomingCall {
  let signal: AbortSignal | undefined;
  return {
    method: request.method ?? "GET",
    url: url.href,
    headers: headerReader(request),
    get signal() {
      signal ??= clientLeft(response);
      return signal;
    },
    arrayBuffer: () => Promise.resolve(NO_BODY),
  };
}

/** Writes an answer: status, headers, then the body (a stream as it comes); resolves when it is sent. */
export async function writeResponse(
  answer: Answer,
  target: ServerResponse,
  extraHeaders: Record<string, string>,
): Promise<void> {
  if (answer instanceof JsonAnswer) {
    target.statusCode = answer.status;
    for (const [name, value] of answer.entries()) target.setHeader(name, value);
    for (const [name, value] of Object.entries(extraHeaders)) target.setHeader(name, value);
    const body = answer.body;
    if (!target.hasHeader("content-length"))
      target.setHeader(
        "content-length",
        typeof body === "string" ? Buffer.byteLength(body) : body.byteLength,
      );
    target.end(body);
    return;
  }
  const response = answer;
  target.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name === "set-cookie") return;
    target.setHeader(name, value);
  });
  for (const [name, value] of Object.entries(extraHeaders)) target.setHeader(name, value);
  if (!response.body) {
    target.end();
    return;
  }
  if (!(response.headers.get("content-type") ?? "").startsWith("text/event-stream")) {
    // A whole answer (JSON, a file): one write with its length, not a chunked copy through a stream reader.
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch {
      // The body failed or the client went away: a reset, never a short body that looks whole.
      target.destroy();
      return;
    }
    if (!target.hasHeader("content-length")) target.setHeader("content-length", bytes.byteLength);
    target.end(bytes);
    return;
  }
  // Server-sent events reach the client as each one is produced.
  target.setHeader("cache-control", "no-cache");
  target.setHeader("x-accel-buffering", "no");
  target.socket?.setNoDelay(true);
  target.flushHeaders();
  const reader = response.body.getReader();
  const stop = () => void reader.cancel().catch(() => {});
  target.once("close", stop);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!target.write(value)) await new Promise((resolve) => target.once("drain", resolve));
    }
  } catch {
    // The client went away or the stream was cancelled: nothing left to send.
  } finally {
    target.off("close", stop);
    if (!target.writableEnded) target.end();
  }
}
