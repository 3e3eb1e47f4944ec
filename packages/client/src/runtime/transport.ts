// Sends prepared requests through ky, one attempt at a time, and turns every failure into a ClientError.
// Per attempt ky gets only what the call needs (bench/client-overhead.mjs): a ready URL, plain-object headers,
// a body only when the operation has one, no signal unless the caller gave one, no ky hook, and a fetch wrapper
// only when request/response hooks are set.

import ky, { HTTPError, type Options as KyOptions, TimeoutError as KyTimeoutError } from "ky";
import { IDEMPOTENCY_HEADER } from "../generated/operations";
import { createAuth } from "./auth";
import {
  AbortError,
  ApiError,
  ClientError,
  InputError,
  NetworkError,
  ResponseError,
  TimeoutError,
} from "./errors";
import { baseUrlOf, clientHeaders, type PreparedRequest, prepareRequest } from "./request";
import { decideRetry, retryAfter, retryPolicy, retryReason } from "./retry";
import { sleep } from "./sleep";
import type { Operation } from "./table";
import type { ClientOptions } from "./types";
import { newIdempotencyKey } from "./uuid";

export type Transport = ReturnType<typeof createTransport>;

// Lazy chunks: multipart bodies and downloads; uploads that report their progress.
const files = () => import("./files");
const xhr = () => import("./xhr");

const KEY_HEADER = IDEMPOTENCY_HEADER.toLowerCase();

export function createTransport(config: ClientOptions) {
  const baseUrl = baseUrlOf(config);
  const baseHeaders = clientHeaders(config);
  const auth = createAuth(config.auth);
  const hooks = config.hooks ?? {};
  // Lazy chunk, loaded at once when a client has request/response hooks.
  const observing = (hooks.request || hooks.response) && import("./observe");
  // A chunk that fails to load fails the calls that need it, not the page (no unhandled rejection).
  observing?.catch(() => {});

  const prepare = (op: Operation, args: unknown[]) => {
    if (!baseUrl)
      throw new InputError(
        op.id,
        `baseUrl must be an absolute http(s) URL, got ${JSON.stringify(config.baseUrl)}`,
      );
    return prepareRequest(op, args, baseUrl, baseHeaders);
  };
  const secretsOf = (request: PreparedRequest) => [...request.secrets, ...auth.recentTokens()];
  const aborted = (op: Operation) => new AbortError(op.id, "aborted by the caller");

  /** Reports an error to hooks.error, with the call's Idempotency-Key on it, then throws it. */
  const fail = (error: ClientError, request?: PreparedRequest): never => {
    if (request?.idempotencyKey) Object.assign(error, { idempotencyKey: request.idempotencyKey });
    hooks.error?.(error);
    throw error;
  };

  /** One attempt through ky, which does not retry by itself; rejects unless the answer is 2xx. */
  async function attempt(
    op: Operation,
    request: PreparedRequest,
    number: number,
    timeout: number | false,
    authorization: string | undefined,
  ): Promise<Response> {
    const { body } = request;
    // The headers of this attempt: the call's, with the token current now.
    const headers = authorization ? { ...request.headers, authorization } : request.headers;
    // An upload that reports progress goes through XMLHttpRequest: in browsers, and only when the app did not give
    // its own fetch (which is then used as is, without progress).
    const progress = op.body === "multipart" ? request.options.onUploadProgress : undefined;
    const base =
      progress && !config.fetch && typeof XMLHttpRequest === "function"
        ? (await xhr()).xhrFetch(progress)
        : config.fetch;
    const fetch = observing
      ? (await observing).observedFetch(base, hooks, op.id, number, secretsOf(request))
      : base;
    // Only the options this attempt uses: ky copies, checks and forwards every key it is given, even an undefined
    // or null one (measured: passing json, body and signal always cost a few % per call).
    const options: KyOptions = { method: op.method, headers, timeout, retry: 0 };
    if (op.body === "json") options.json = body;
    if (op.body === "multipart") options.body = body as FormData;
    if (request.options.signal) options.signal = request.options.signal;
    if (fetch) options.fetch = fetch;
    let response: Promise<Response>;
    try {
      response = ky(request.url, options);
    } catch (error) {
      // ky builds its Request at once: what fails here was never sent (a header value fetch cannot send, a body
      // JSON cannot encode). Quoted values are left out of the message.
      throw new InputError(
        op.id,
        `cannot build the request: ${(error as Error).message.replace(/".*"/s, "…")}`,
      );
    }
    return response;
  }

  /** The ClientError for what ended a call: the platform's answer, a timeout, a network error. */
  async function toClientError(
    op: Operation,
    request: PreparedRequest,
    error: unknown,
    timeout: number | false,
  ) {
    if (error instanceof KyTimeoutError) return new TimeoutError(op.id, `no response within ${timeout} ms`);
    if (error instanceof TypeError) return new NetworkError(op.id, `network error: ${error.message}`);
    if (!(error instanceof HTTPError)) return error;
    const { response } = error;
    const problem = /json/i.test(response.headers.get("content-type") ?? "")
      ? await response.json().catch(() => undefined)
      : undefined;
    return new ApiError(op.id, response.status, problem, secretsOf(request), retryAfter(response));
  }

  /**
   * Sends a prepared request: attempts until one gets a 2xx or the retry policy says stop, waiting between
   * attempts; after a 401, renews the token (once for all concurrent calls) and replays the call once. Each
   * attempt gets the call's timeout, cut to what the cap leaves. A call that is not safe to send twice is sent
   * once. Throws ClientErrors; errors of the caller's hooks pass through.
   */
  async function send(op: Operation, request: PreparedRequest): Promise<Response> {
    const { signal } = request.options;
    const policy = retryPolicy(op, config, request.options);
    const timeout = request.options.timeout ?? config.timeout ?? 30_000;
    const started = Date.now();
    const timeLeft = () => policy.maxElapsed - (Date.now() - started);
    let retries = 0;
    let replayed = false;
    for (let number = 0; ; number++) {
      // The current token, read before the attempt's timeout starts.
      const credentials = await auth.credentials();
      // A call that can retry is capped: its attempt ends at the cap when the cap comes first.
      const attemptTimeout =
        policy.limit && (timeout === false || timeLeft() < timeout) ? timeLeft() : timeout;
      try {
        return await attempt(op, request, number, attemptTimeout, credentials.authorization);
      } catch (error) {
        if (error instanceof ClientError) throw error;
        if (signal?.aborted) throw aborted(op);
        const unauthorized = error instanceof HTTPError && error.response.status === 401;
        if (unauthorized && !replayed && (await auth.renewed(credentials)) && op.retriable) {
          replayed = true;
          continue;
        }
        const wait = decideRetry(error, retries, policy, timeLeft());
        if (wait === "out of time") throw new TimeoutError(op.id, `gave up after ${policy.maxElapsed} ms`);
        if (wait === "stop") throw await toClientError(op, request, error, timeout);
        // This response is dropped: release its body (an abort would otherwise error it unread).
        if (error instanceof HTTPError) error.response.body?.cancel().catch(() => {});
        await sleep(wait, signal);
        if (signal?.aborted) throw aborted(op);
        retries++;
        hooks.retry?.({ operationId: op.id, attempt: retries, reason: retryReason(error) as string });
      }
    }
  }

  /** Reads the result as the contract says: JSON, a download, or nothing. */
  async function readResult(op: Operation, response: Response): Promise<unknown> {
    const unexpected = (message: string): never => {
      throw new ResponseError(
        op.id,
        `${message} (HTTP ${response.status})`,
        response.status,
        response.headers.get("x-request-id") ?? undefined,
      );
    };
    if (op.result === "none") return;
    if (op.result === "download")
      return response.body ? (await files()).toDownload(response, response.body) : unexpected("no body");
    const type = response.headers.get("content-type") ?? "";
    const text = await response.text();
    if (!/json/i.test(type)) unexpected(`expected JSON, got ${type || "no content type"}`);
    try {
      return JSON.parse(text);
    } catch {
      return unexpected("invalid JSON body");
    }
  }

  /** A call of `op`: prepare, send (with retries and the token renewal), read the result. */
  async function call(op: Operation, args: unknown[]): Promise<unknown> {
    let request: PreparedRequest | undefined;
    try {
      request = prepare(op, args);
      if (op.idempotent) {
        // One key for every attempt of the call: the caller's, or a new one.
        request.idempotencyKey ??= newIdempotencyKey();
        request.headers[KEY_HEADER] = request.idempotencyKey;
      }
      if (op.body === "multipart" && request.body) request.body = (await files()).toFormData(request.body);
      return await readResult(op, await send(op, request));
    } catch (error) {
      // Errors from the caller's own hooks pass through untouched.
      throw error instanceof ClientError ? fail(error, request) : error;
    }
  }

  return { prepare, send, call, fail, hooks };
}
