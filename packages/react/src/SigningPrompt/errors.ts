import { isOneOf, SIGNING_ERROR_CODES } from "@chinhquyenso/core";
import type { SigningFailure, SigningFailureKind } from "./failures";

/**
 * What a controlled `SigningActions` implementation (or a plugin adapter) throws to say why signing failed:
 * a glossary error code (`certificate_expired`, `wrong_otp`, `user_rejected`…) or `network_lost`. Errors from
 * `@chinhquyenso/client` need no wrapping: their problem's `errorCode` is read as is.
 */
export class SigningError extends Error {
  override name = "SigningError";
  readonly code: string;
  readonly otpAttemptsLeft: number | undefined;

  constructor(
    code: SigningFailureKind | "wrong_otp" | (string & {}),
    options: { otpAttemptsLeft?: number } = {},
  ) {
    // The code only: an error message is never built from user or provider data.
    super(`signing failed: ${code}`);
    this.code = code;
    this.otpAttemptsLeft = options.otpAttemptsLeft;
  }
}

/** How the flow reads an error thrown by an action. */
export type ClassifiedError =
  | { type: "aborted" }
  | { type: "wrong_otp"; attemptsLeft: number | undefined }
  /** 409 `signing_request_open`: these documents already have an open request (another tab, device, officer). */
  | { type: "open"; requestId: string }
  | { type: "failure"; failure: SigningFailure };

/** Core's provider error codes and the widget's network_lost (wrong_otp never gets here: it is answered first). */
const isKnownFailure = (code: unknown): code is SigningFailureKind =>
  code === "network_lost" || isOneOf(SIGNING_ERROR_CODES, code);

/** What a request that is no longer awaiting the user (`request_not_pending`) ended as, by its `requestState`. */
const ENDED_AS: Record<string, SigningFailureKind> = {
  expired: "transaction_expired",
  rejected: "user_rejected",
};

function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

// What fetch throws when the network fails (Chromium, Firefox, Safari); other TypeErrors are bugs, not networks.
const isFetchFailure = (error: unknown) =>
  error instanceof TypeError && /fetch|network|load failed/i.test(error.message);

const count = (value: unknown) => (typeof value === "number" && value >= 0 ? value : undefined);

/**
 * Reads any thrown value: a `SigningError`, an `ApiError` of the client (its problem's `errorCode`, its
 * status), a network or timeout error (the client's, or fetch's `TypeError`), an abort. Nothing unknown is
 * guessed: it becomes `failed` with the raw code (or HTTP status) kept for support.
 */
export function classifySigningError(error: unknown): ClassifiedError {
  const name = field(error, "name");
  if (name === "AbortError") return { type: "aborted" };
  if (name === "NetworkError" || name === "TimeoutError" || isFetchFailure(error))
    return { type: "failure", failure: { kind: "network_lost" } };
  const problem = field(error, "problem");
  const code = field(problem, "errorCode") ?? field(error, "code");
  const attemptsLeft = count(field(problem, "otpAttemptsLeft") ?? field(error, "otpAttemptsLeft"));
  if (code === "wrong_otp") {
    return attemptsLeft === 0
      ? { type: "failure", failure: { kind: "otp_attempts_exceeded" } }
      : { type: "wrong_otp", attemptsLeft };
  }
  if (code === "signing_request_open" || field(problem, "code") === "signing_request_open") {
    const requestId = field(problem, "openRequestId");
    if (typeof requestId === "string" && requestId !== "") return { type: "open", requestId };
  }
  if (code === "request_not_pending") {
    const state = field(problem, "requestState");
    const ended = typeof state === "string" && Object.hasOwn(ENDED_AS, state) ? ENDED_AS[state] : undefined;
    return { type: "failure", failure: { kind: ended ?? "request_not_pending" } };
  }
  if (isKnownFailure(code)) return { type: "failure", failure: { kind: code } };
  const status = field(error, "status");
  if (status === 403) return { type: "failure", failure: { kind: "forbidden" } };
  if (status === 404) return { type: "failure", failure: { kind: "not_found" } };
  if (status === 502 || status === 503 || status === 504)
    return { type: "failure", failure: { kind: "provider_unavailable" } };
  const raw =
    typeof code === "string" && code !== ""
      ? code
      : typeof field(problem, "code") === "string"
        ? (field(problem, "code") as string)
        : typeof status === "number"
          ? `HTTP ${status}`
          : "unknown";
  return { type: "failure", failure: { kind: "failed", code: raw } };
}
