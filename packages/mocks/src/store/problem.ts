import type { FieldError } from "../openapi/schema";

/**
 * An answer in RFC 9457 problem form, thrown by store operations and handlers; the handler pipeline turns it
 * into an `application/problem+json` response with the request id. `extra` carries the typed additions of
 * the contract (`currentStatus`, `allowedActions`, `errorCode`, `otpAttemptsLeft`, `errors`, `retryAfter`).
 */
export class ProblemError extends Error {
  override readonly name = "ProblemError";

  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(`${status} ${code}${detail ? `: ${detail}` : ""}`);
  }
}

export const notFound = (what: string) =>
  new ProblemError(404, "not_found", "Not found", `${what} does not exist or is not visible to you.`);

export const conflict = (code: string, detail: string, extra: Record<string, unknown> = {}) =>
  new ProblemError(409, code, "Conflict", detail, extra);

/** 422 with per-field errors (the handler pipeline switches to 400 where the operation declares only that). */
export const invalid = (errors: FieldError[], code = "validation_failed", title = "Validation failed") =>
  new ProblemError(422, code, title, errors.map((error) => `${error.field} ${error.message}`).join("; "), {
    errors,
  });

export const field = (pointer: string, code: string, message: string): FieldError => ({
  field: pointer,
  code,
  message,
});
