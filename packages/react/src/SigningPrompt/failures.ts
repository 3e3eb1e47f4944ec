// How a signing ends when it does not succeed, and what the user can do about it: the failure kinds (core's
// provider error codes plus the widget's own), which a retry of the same intent fixes, which need another method,
// and the failure a finished request stands for.
import type { SigningRequest } from "@chinhquyenso/client";
import { SIGNING_ERROR_CODES, type SigningErrorCode } from "@chinhquyenso/core";

/**
 * How a signing ends when it does not succeed: core's provider error codes (`SIGNING_ERROR_CODES`; a wrong OTP
 * is not an end, the user types another), plus two of the widget — `network_lost` (the platform could not be
 * reached, or the answer was lost: retry the same intent) and `failed` (a `failed` request, an unknown error
 * code; `code` carries the raw value). `request_not_pending`: the request ended before this call (a new request
 * may be needed); `document_not_awaiting_signature`: already signed or recalled, nothing left to sign.
 */
export type SigningFailureKind =
  | Exclude<SigningErrorCode, "wrong_otp">
  | "network_lost"
  | "failed"
  /** 403: the principal may not sign (a citizen, a token without `signing:write`). */
  | "forbidden"
  /** 404: the request is gone, or not the user's agency's to see. */
  | "not_found";

export interface SigningFailure {
  kind: SigningFailureKind;
  /** The raw error code or state when it is not one the widget knows (shown as is, for support). */
  code?: string | undefined;
}

/** Failures that a retry of the same intent can fix (nothing was decided by the signer or the provider). */
export function isRetryable(kind: SigningFailureKind): boolean {
  return kind === "network_lost" || kind === "provider_unavailable";
}

/** Failures fixed by another provider or certificate. */
export function needsAnotherMethod(kind: SigningFailureKind): boolean {
  return (
    kind === "certificate_expired" ||
    kind === "certificate_revoked" ||
    kind === "plugin_missing" ||
    kind === "invalid_credentials" ||
    kind === "provider_unavailable"
  );
}

const FAILURE_OF_STATE: Record<string, SigningFailureKind> = {
  rejected: "user_rejected",
  expired: "transaction_expired",
};

/** Core's provider error codes that end a signing (a wrong OTP does not: the user types another). */
const KNOWN_FAILURES = new Set<string>(SIGNING_ERROR_CODES.filter((code) => code !== "wrong_otp"));

/** The failure a finished, unsuccessful request stands for (its error code first, then its state). */
export function failureOfRequest(request: SigningRequest): SigningFailure {
  const code = request.errorCode ?? undefined;
  if (code && KNOWN_FAILURES.has(code)) return { kind: code as SigningFailureKind };
  if (code === "wrong_otp") return { kind: "otp_attempts_exceeded" };
  const byState = FAILURE_OF_STATE[request.state];
  if (byState && !code) return { kind: byState };
  return { kind: "failed", code: code ?? request.state };
}
