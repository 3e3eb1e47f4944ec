// What went wrong, in a word the widget can explain. Errors are read by shape (name, status) rather than by
// class, so a second copy of the client in an app still classifies; their messages are never shown (they may
// carry data the user should not see).

export type WidgetErrorKind =
  | "not_found"
  | "unauthorized"
  | "forbidden"
  | "conflict"
  | "stale"
  | "invalid"
  | "rate_limited"
  | "network"
  | "timeout"
  | "server"
  | "unknown";

export interface WidgetError {
  kind: WidgetErrorKind;
  /** The platform's request id, to quote to support (never personal data). */
  requestId: string | undefined;
  /** Seconds to wait, from a 429's Retry-After. */
  retryAfter?: number | undefined;
  /** The problem's `code` (e.g. `fee_not_payable`), to explain a 409 precisely. */
  code?: string | undefined;
}

function statusKind(status: number): WidgetErrorKind {
  if (status === 404 || status === 410) return "not_found";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 409) return "conflict";
  if (status === 412 || status === 428) return "stale";
  if (status === 400 || status === 422) return "invalid";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "server";
  return "unknown";
}

export function classifyError(error: unknown): WidgetError {
  const shape = (typeof error === "object" && error !== null ? error : {}) as {
    name?: unknown;
    status?: unknown;
    requestId?: unknown;
    retryAfter?: unknown;
    problem?: { code?: unknown } | null;
  };
  const requestId = typeof shape.requestId === "string" ? shape.requestId : undefined;
  if (typeof shape.status === "number") {
    const code = typeof shape.problem?.code === "string" ? shape.problem.code : undefined;
    const retryAfter = typeof shape.retryAfter === "number" ? shape.retryAfter : undefined;
    return { kind: statusKind(shape.status), requestId, code, retryAfter };
  }
  if (shape.name === "NetworkError" || (error instanceof TypeError && /fetch/i.test(error.message)))
    return { kind: "network", requestId };
  if (shape.name === "TimeoutError") return { kind: "timeout", requestId };
  return { kind: "unknown", requestId };
}

/**
 * The two answers that are not failures but designed states: `forbidden` (403 — the principal may not see
 * this) and `not_found` (404 — it does not exist, or it is another agency's: the platform does not say which).
 * Neither is fixed by a retry.
 */
export type AccessProblem = "forbidden" | "not_found";

export function accessProblemOf(error: unknown): AccessProblem | undefined {
  if (error === undefined || error === null) return undefined;
  const { kind } = classifyError(error);
  return kind === "forbidden" || kind === "not_found" ? kind : undefined;
}

const OUTCOME_UNKNOWN: ReadonlySet<WidgetErrorKind> = /* @__PURE__ */ new Set([
  "network",
  "timeout",
  "server",
  "unknown",
]);

/**
 * Whether a failed write may have happened anyway (network, timeout, 5xx): its retry must reuse the same
 * idempotency key. A definite refusal (4xx) gets a new key next time.
 */
export const outcomeUnknown = (error: unknown): boolean => OUTCOME_UNKNOWN.has(classifyError(error).kind);
