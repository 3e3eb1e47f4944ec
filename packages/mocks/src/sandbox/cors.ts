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

const ALLOWED = ALLOWED_HEADERS.join(", ");
const EXPOSED = EXPOSED_HEADERS.join(", ");

/** The allowed headers: ours, then those a preflight asks for (plain names only), each once. */
function allowedHeaders(request: IncomingMessage): string {
  const asked = request.headers["access-control-request-headers"];
  if (asked === undefined || asked === "") return ALLOWED; // every answer but a preflight's
  const requested = String(asked)
    .split(",")
    .map((name) => name.trim())
    .filter((name) => /^[A-Za-z0-9-]+$/.test(name));
  return [...new Set([...ALLOWED_HEADERS, ...requested])].join(", ");
}

export function corsHeaders(request: IncomingMessage): Record<string, string> {
  return {
    "access-control-allow-origin": typeof request.headers.origin === "string" ? request.headers.origin : "*",
    vary: "Origin",
    "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
    "access-control-allow-headers": allowedHeaders(request),
    "access-control-expose-headers": EXPOSED,
    "access-control-max-age": "600",
  };
}

export function applyCors(request: IncomingMessage, response: ServerResponse): void {
  for (const [name, value] of Object.entries(corsHeaders(request))) response.setHeader(name, value);
}
