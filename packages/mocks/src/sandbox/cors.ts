import type { IncomingMessage, ServerResponse } from "node:http";

/** Request headers the client sends (and local apps may add). */
export const ALLOWED_HEADERS = [
  "Accept",
  "Authorization",
  "Cache-Control",
  "Content-Type",
  "Idempotency-Key",
  "If-Match",
  "Last-Event-ID",
  "Prefer",
  "X-Client-Info",
  "X-Lookup-Pin",
  "X-Lookup-Reason",
  "X-Request-Id",
];

/** Response headers a browser app may read. */
export const EXPOSED_HEADERS = [
  "Content-Disposition",
  "ETag",
  "Idempotent-Replayed",
  "RateLimit",
  "Retry-After",
  "WWW-Authenticate",
  "X-Holiday-Coverage",
  "X-Request-Id",
];

export function corsHeaders(request: IncomingMessage): Record<string, string> {
  const requested = String(request.headers["access-control-request-headers"] ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter((name) => /^[A-Za-z0-9-]+$/.test(name));
  return {
    "access-control-allow-origin": typeof request.headers.origin === "string" ? request.headers.origin : "*",
    vary: "Origin",
    "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
    "access-control-allow-headers": [...new Set([...ALLOWED_HEADERS, ...requested])].join(", "),
    "access-control-expose-headers": EXPOSED_HEADERS.join(", "),
    "access-control-max-age": "600",
  };
}

export function applyCors(request: IncomingMessage, response: ServerResponse): void {
  for (const [name, value] of Object.entries(corsHeaders(request))) response.setHeader(name, value);
}
