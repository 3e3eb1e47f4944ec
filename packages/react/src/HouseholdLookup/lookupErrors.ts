// A lookup's failure in a word the widget can explain. Read by shape (status, retryAfter), not class, so a second
// copy of the client still classifies; the error's message is never shown (it may quote the request).

export type LookupErrorKind = "forbidden" | "rate_limited" | "not_found" | "invalid" | "failed";

export interface LookupError {
  kind: LookupErrorKind;
  /** Seconds to wait (429), from the problem's `retryAfter`. */
  retryAfter: number | null;
}

export function lookupErrorOf(error: unknown): LookupError {
  const shape = (typeof error === "object" && error !== null ? error : {}) as {
    status?: unknown;
    retryAfter?: unknown;
    problem?: { retryAfter?: unknown } | undefined;
  };
  const status = typeof shape.status === "number" ? shape.status : 0;
  const retry = shape.retryAfter ?? shape.problem?.retryAfter;
  const retryAfter =
    typeof retry === "number" && Number.isFinite(retry) && retry >= 0 ? Math.ceil(retry) : null;
  if (status === 401 || status === 403) return { kind: "forbidden", retryAfter: null };
  if (status === 429) return { kind: "rate_limited", retryAfter: retryAfter ?? 60 };
  if (status === 404) return { kind: "not_found", retryAfter: null };
  if (status === 400 || status === 422) return { kind: "invalid", retryAfter: null };
  return { kind: "failed", retryAfter: null };
}
