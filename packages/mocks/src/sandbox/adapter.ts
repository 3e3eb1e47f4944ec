// Node's http ⇄ Fetch: an IncomingMessage becomes a Request for the msw handlers, and their Response is
// written back chunk by chunk (server-sent events reach the client as each one is produced).
import type { IncomingMessage, ServerResponse } from "node:http";
import { bodyOf } from "../handlers/respond";
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
    headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return new Request(url, {
    method: request.method ?? "GET",
    headers,
    signal,
    ...(body ? { body, duplex: "half" } : {}),
  } as RequestInit);
}

/** Writes a Fetch Response: status, headers, then the body (a stream as it comes); resolves when it is sent. */
export async function writeResponse(
  response: Response,
  target: ServerResponse,
  extraHeaders: Record<string, string>,
): Promise<void> {
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
    // JSON made by the handlers is written as made (bytes or text), without reading the body back.
    let bytes: Uint8Array | string;
    try {
      bytes = bodyOf(response) ?? new Uint8Array(await response.arrayBuffer());
    } catch {
      // The body failed or the client went away: a reset, never a short body that looks whole.
      target.destroy();
      return;
    }
    if (!target.hasHeader("content-length"))
      target.setHeader(
        "content-length",
        typeof bytes === "string" ? Buffer.byteLength(bytes) : bytes.byteLength,
      );
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
