import { redact, redactValue } from "./redact";

/** Base of every error the client throws: names the operation; message and JSON are redacted. */
export class ClientError extends Error {
  override name = "ClientError";
  declare readonly operationId: string;
  declare readonly requestId: string | undefined;
  /**
   * The Idempotency-Key the call sent, on every error of a write that takes one (x-idempotent): the write may
   * have been applied although the call failed, so resend with `{ idempotencyKey: error.idempotencyKey }` and
   * the platform applies it once. Undefined for reads and for writes that must never be sent twice.
   */
  declare readonly idempotencyKey: string | undefined;

  constructor(operationId: string, message: string, secrets: readonly string[] = [], requestId?: string) {
    super(redact(`${operationId}: ${message}`, secrets));
    Object.assign(this, { operationId, requestId });
  }

  /** Own fields (name first) plus the message — already redacted; never the stack or a cause. */
  toJSON(): Record<string, unknown> {
    return { ...this, message: this.message } as unknown as Record<string, unknown>;
  }
}

/**
 * The platform answered with an error status. Narrow by `status` to get the typed `problem`; `isApiError` also
 * types `idempotencyKey` (a string for the writes that send one).
 */
export class ApiError<
  Op extends string = string,
  S extends number = number,
  P = unknown,
  K extends string | undefined = string | undefined,
> extends ClientError {
  override name = "ApiError";
  declare readonly operationId: Op;
  declare readonly idempotencyKey: K;
  declare readonly status: S;
  /** The RFC 9457 problem body (redacted), or undefined when the body was not problem JSON. */
  declare readonly problem: P;
  /** Seconds from `Retry-After`, when sent. */
  declare readonly retryAfter: number | undefined;

  constructor(operationId: Op, status: S, problem: P, secrets: readonly string[], retryAfter?: number) {
    const details = problem as
      | { code?: string; title?: string; detail?: string; requestId?: string }
      | undefined;
    const text = [details?.code, details?.detail ?? details?.title].filter(Boolean).join(" — ");
    super(operationId, `HTTP ${status}${text ? ` ${text}` : ""}`, secrets, details?.requestId);
    Object.assign(this, { status, problem: redactValue(problem, secrets), retryAfter });
  }
}

/** The request could not reach the platform (DNS, connection refused or reset, CORS, offline). */
export class NetworkError extends ClientError {
  override name = "NetworkError";
}

/** No response in time: one attempt exceeded `timeout`, or all attempts exceeded `retry.maxElapsed`. */
export class TimeoutError extends ClientError {
  override name = "TimeoutError";
}

/** The caller's AbortSignal fired. */
export class AbortError extends ClientError {
  override name = "AbortError";
}

/** The call was not sent: a missing path parameter or body, an invalid base URL. */
export class InputError extends ClientError {
  override name = "InputError";
}

/** The platform answered 2xx with something the contract does not allow (not JSON, empty, not a stream). */
export class ResponseError extends ClientError {
  override name = "ResponseError";
  declare readonly status: number;
  constructor(operationId: string, message: string, status: number, requestId?: string) {
    super(operationId, message, [], requestId);
    Object.assign(this, { status });
  }
}
