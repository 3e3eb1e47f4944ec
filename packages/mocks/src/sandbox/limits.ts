// What the sandbox refuses before routing: a request path that does not say plainly where it goes (dot
// segments, encoded slashes or dots, backslashes — `/v1/%2e%2e/__sandbox/health`), and a body larger than its
// limit, refused from Content-Length before a byte of it is read (a 10 MB JSON body would otherwise hold the
// event loop for seconds). Bodies without a Content-Length are counted as they stream and cut at the limit.
import type { IncomingMessage } from "node:http";
import { ProblemError } from "../store/problem";

/** Default largest JSON body, in bytes (1 MB). */
export const DEFAULT_JSON_LIMIT = 1024 * 1024;
/** Largest body of any other type (multipart uploads: the contract's files are at most 20 MB). */
export const UPLOAD_LIMIT = 25 * 1024 * 1024;

/** `pathname` and `search` of a request target the sandbox routes as is; null when it must be refused. */
export function plainTarget(target: string | undefined): { pathname: string; search: string } | null {
  if (!target?.startsWith("/")) return null;
  const queryAt = target.indexOf("?");
  const pathname = queryAt === -1 ? target : target.slice(0, queryAt);
  const search = queryAt === -1 ? "" : target.slice(queryAt);
  if (pathname.includes("//") || pathname.includes("\\")) return null;
  if (/%(2e|2f|5c|00)/i.test(pathname)) return null;
  if (pathname.split("/").some((segment) => segment === "." || segment === "..")) return null;
  return { pathname, search };
}

const isJson = (contentType: string | undefined) =>
  /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType ?? "");

/** The limit that applies to this request's body: JSON's, or the upload limit. */
export function bodyLimit(request: IncomingMessage, jsonLimit: number): number {
  return isJson(request.headers["content-type"]) ? jsonLimit : UPLOAD_LIMIT;
}

export function payloadTooLarge(limit: number): ProblemError {
  const size = limit >= 1024 * 1024 ? `${limit / 1024 / 1024} MB` : `${limit} bytes`;
  return new ProblemError(
    413,
    "payload_too_large",
    "Payload too large",
    `The request body is larger than ${size}.`,
  );
}

/** The declared Content-Length when it is over `limit` (the answer is then 413 without reading the body). */
export function declaredTooLarge(request: IncomingMessage, limit: number): boolean {
  const declared = Number(request.headers["content-length"]);
  return Number.isFinite(declared) && declared > limit;
}

/**
 * The request body as a stream for the Fetch `Request`, without buffering it first; it errors with a 413
 * problem once more than `limit` bytes have arrived (a chunked body has no Content-Length to refuse early).
 */
export function limitedBody(request: IncomingMessage, limit: number): ReadableStream<Uint8Array> {
  const chunks = request[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let seen = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await chunks.next();
      if (done) return controller.close();
      seen += value.length;
      if (seen > limit) return controller.error(payloadTooLarge(limit));
      controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    },
    cancel() {
      void chunks.return?.();
    },
  });
}
