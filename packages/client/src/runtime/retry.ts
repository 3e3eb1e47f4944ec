// Whether a failed attempt is tried again, and after how long. Only calls that are safe to send twice retry,
// within `retry.maxElapsed` from the first attempt.
import { HTTPError, TimeoutError as KyTimeoutError } from "ky";
import type { Operation } from "./table";
import type { ClientOptions, RequestOptions } from "./types";

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

export type RetryPolicy = Required<Exclude<ClientOptions["retry"], false | undefined>>;

/** The client's defaults, then the call's options; no retries for a call that is not safe to send twice. */
export function retryPolicy(op: Operation, config: ClientOptions, options: RequestOptions): RetryPolicy {
  const policy = {
    limit: 2,
    baseDelay: 300,
    maxDelay: 5000,
    maxElapsed: 30_000,
    ...config.retry,
    ...options.retry,
  };
  if (!op.retriable || config.retry === false || options.retry === false) policy.limit = 0;
  return policy;
}

/** Seconds from a `Retry-After` in seconds or as an HTTP date; undefined when absent, malformed or past. */
export function retryAfter(response: Response): number | undefined {
  const header = response.headers.get("retry-after") || Number.NaN;
  const seconds = Number.isNaN(+header) ? Math.ceil((Date.parse(`${header}`) - Date.now()) / 1000) : +header;
  return seconds >= 0 ? seconds : undefined;
}

/** Why an attempt failed in a way a retry may fix (`HTTP 503`, `timeout`, `network`); undefined otherwise. */
export function retryReason(error: unknown): string | undefined {
  if (error instanceof HTTPError)
    return RETRY_STATUSES.includes(error.response.status) ? `HTTP ${error.response.status}` : undefined;
  if (error instanceof KyTimeoutError) return "timeout";
  // What fetch rejects with when the request does not reach the server (refused, reset, DNS, offline).
  if (error instanceof TypeError) return "network";
}

/**
 * After `retries` retries, an attempt failed with `error` and `timeLeft` ms of the cap are left: the wait before
 * the next attempt in ms, or why to stop. The wait is the server's `Retry-After` when it sent one (beyond the
 * time left: stop now with its error), otherwise exponential backoff with full jitter (beyond the time left:
 * stop now, out of time).
 */
export function decideRetry(
  error: unknown,
  retries: number,
  policy: RetryPolicy,
  timeLeft: number,
): number | "stop" | "out of time" {
  if (!retryReason(error) || !policy.limit) return "stop";
  // A slow attempt (or one the cap cut short) used up the time: give up as the cap, not as this error.
  if (timeLeft <= 0) return "out of time";
  if (retries >= policy.limit) return "stop";
  const seconds = error instanceof HTTPError ? retryAfter(error.response) : undefined;
  if (seconds !== undefined) return seconds * 1000 > timeLeft ? "stop" : seconds * 1000;
  const backoff = Math.min(Math.random() * policy.baseDelay * 2 ** retries, policy.maxDelay);
  return backoff >= timeLeft ? "out of time" : backoff;
}
