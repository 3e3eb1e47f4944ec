import ky, { HTTPError, TimeoutError as KyTimeoutError, type Options } from "ky";
import { IDEMPOTENCY_HEADER } from "../generated/operations";
import {
  AbortError,
  ApiError,
  ClientError,
  InputError,
  NetworkError,
  ResponseError,
  TimeoutError,
} from "./errors";
import type { Operation } from "./table";
import type { ClientOptions, RequestOptions } from "./types";
import { uuid } from "./uuid";

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

/** A call ready to send: path parameters and required parts are checked, nothing is half-built. */
export interface Prepared {
  /** Absolute URL, query included (ky builds a Request twice when given searchParams). */
  url: string;
  /** ky options from the arguments: method, headers, json or body. */
  init: Options;
  options: RequestOptions;
  /** Values to mask wherever they appear (percent-encoded header values: the lookup reason). */
  secrets: string[];
}

export type Transport = ReturnType<typeof createTransport>;

/** Seconds from a `Retry-After` in seconds or as an HTTP date; undefined when absent, malformed or past. */
const retryAfter = (response: Response) => {
  const header = response.headers.get("retry-after") || Number.NaN;
  const seconds = Number.isNaN(+header) ? Math.ceil((Date.parse(`${header}`) - Date.now()) / 1000) : +header;
  return seconds >= 0 ? seconds : undefined;
};

/** Copies headers with lower-cased names (ky's Headers validates the values and names). */
const copyHeaders = (target: Record<string, string>, source: Record<string, string> = {}) => {
  for (const name in source) target[name.toLowerCase()] = source[name] as string;
};

// Lazy chunks: multipart bodies and downloads, and the redacted request description for hooks.
const files = () => import("./files");

// Per request this transport hands ky only what the call needs (bench/client-overhead.mjs): no signal unless the
// caller gave one or the retry cap must bound an attempt (signals are costly to create and combine in Node), a
// ready URL, plain-object headers, no beforeRequest/afterResponse hook, hook payloads only when hooks are set.
export function createTransport(config: ClientOptions) {
  let base: string | undefined;
  try {
    const url = new URL(config.baseUrl);
    if (/^https?:$/.test(url.protocol)) base = url.href.replace(/\/?$/, "/");
  } catch {}
  const hooks = config.hooks ?? {};
  const events = (hooks.request || hooks.response) && import("./hook-events");
  // A chunk that fails to load fails the calls that need it, not the page (no unhandled rejection).
  events?.catch(() => {});
  // What every request of this client shares, normalised once.
  const baseHeaders: Record<string, string> = {};
  copyHeaders(baseHeaders, config.headers);
  if (config.appInfo)
    baseHeaders["x-client-info"] =
      `${config.appInfo.name}/${config.appInfo.version ?? "0"} chinhquyenso-client`;
  const retryDefaults = { limit: 2, baseDelay: 300, maxDelay: 5000, maxElapsed: 30_000, ...config.retry };
  // The last three tokens sent, so an echo of one in a problem body is masked too.
  let tokens: string[] = [];
  let generation = 0;
  let refreshing: Promise<unknown> | undefined;

  /** Reports an error to hooks.error, then throws it. */
  const fail = (error: ClientError): never => {
    hooks.error?.(error);
    throw error;
  };

  function prepare(op: Operation, args: unknown[]): Prepared {
    const { flags } = op;
    const input = (message: string): never => {
      throw new InputError(op.id, message);
    };
    if (!base) input(`baseUrl must be an absolute http(s) URL, got ${JSON.stringify(config.baseUrl)}`);
    let index = 0;
    const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = args[index++];
      if ((typeof value !== "string" && typeof value !== "number") || /^\.{0,2}$/.test(`${value}`))
        input(`path parameter "${name}" is missing or invalid`);
      return encodeURIComponent(value as string);
    });
    const body = /[jm]/.test(flags) ? args[index++] : undefined;
    if (flags.includes("r") && body == null) input("the request body is missing");
    const params: Record<string, unknown> = { ...((flags.includes("q") && args[index++]) as object) };
    const options = (args[index] ?? {}) as RequestOptions;

    const headers = { ...baseHeaders };
    const secrets: string[] = [];
    for (const spec of op.headers) {
      const [prop, name] = spec.split(/[=!%]/) as [string, string];
      const value = params[prop];
      params[prop] = undefined;
      if (value == null) {
        if (spec.includes("!")) input(`parameter "${prop}" (${name} header) is missing`);
      } else if (spec.includes("%")) {
        // Percent-encoded (free text, e.g. the lookup reason): masked in errors and hooks, in both forms.
        const encoded = encodeURIComponent(`${value}`);
        secrets.push(`${value}`, encoded);
        headers[name.toLowerCase()] = encoded;
      } else headers[name.toLowerCase()] = `${value}`;
    }
    const search = new URLSearchParams();
    for (const key in params)
      for (const item of [params[key]].flat()) if (item != null) search.append(key, `${item}`);
    copyHeaders(headers, options.headers);
    if (flags.includes("i")) headers[IDEMPOTENCY_HEADER.toLowerCase()] = options.idempotencyKey ?? uuid();
    headers.accept = flags.includes("s")
      ? "text/event-stream"
      : flags.includes("b")
        ? "*/*"
        : "application/json";
    return {
      url: `${base}${path}${search.size ? `?${search}` : ""}`,
      init: {
        method: op.method,
        headers,
        // A multipart body is built by call(), from the files chunk.
        ...(body === undefined ? {} : flags.includes("m") ? { body: body as BodyInit } : { json: body }),
      },
      options,
      secrets,
    };
  }

  /**
   * Sends with retries (idempotent requests only, within `retry.maxElapsed`), a single-flight token refresh
   * and one replay after a 401. Throws ClientErrors without reporting them (call() and the stream do).
   */
  async function send(op: Operation, prepared: Prepared, replay = true): Promise<Response> {
    const { options } = prepared;
    const secrets = () => [...prepared.secrets, ...tokens];
    const retry = options.retry ? { ...retryDefaults, ...options.retry } : retryDefaults;
    // Safe to send twice: GET, PUT, DELETE, and the writes the platform dedupes by Idempotency-Key.
    const idempotent = /^(get|put|delete)$/.test(op.method) || op.flags.includes("i");
    const limit = idempotent && config.retry !== false && options.retry !== false ? retry.limit : 0;
    const timeout = options.timeout ?? config.timeout ?? 30_000;
    // The cap on retrying counts from the first attempt. An attempt gets a cap signal only when the cap would
    // end it before its own timeout: never the first one with the defaults (30 s each).
    let started = Date.now();
    let capped = false;
    const left = () => retry.maxElapsed - (Date.now() - started);
    let sentWith = generation;
    let attempt = 0;
    // The current token for each attempt, fetched before the attempt's timeout starts: here for the first
    // attempt (into the plain headers), in beforeRetry for the others (ky's beforeRequest hook costs ~8% per call).
    const authorization = async () => {
      sentWith = generation;
      const token = await config.auth?.token();
      if (token && token !== tokens[0]) tokens = [...new Set([token, ...tokens])].slice(0, 3);
      return token ? `Bearer ${token}` : undefined;
    };
    try {
      const token = config.auth && (await authorization());
      const { headers } = prepared.init as { headers: Record<string, string> };
      return await ky(prepared.url, {
        ...prepared.init,
        headers: token ? { ...headers, authorization: token } : headers,
        ...(options.signal && { signal: options.signal }),
        timeout,
        // Each attempt: the cap and the request/response hooks around the real fetch (ky's afterResponse would
        // clone every response for them).
        fetch: async (request, init) => {
          if (!attempt) started = Date.now();
          let cap: AbortSignal | undefined;
          if (limit && (timeout === false || left() < timeout)) {
            cap = AbortSignal.timeout(Math.max(0, left()));
            init = { ...init, signal: AbortSignal.any([(request as Request).signal, cap]) };
          }
          const event = events && {
            operationId: op.id,
            ...(await events).describeRequest(request as Request, secrets()),
            attempt,
          };
          attempt++;
          if (event) hooks.request?.(event);
          const sentAt = Date.now();
          try {
            const response = await (config.fetch ?? fetch)(request, init);
            if (event)
              hooks.response?.({
                ...event,
                status: response.status,
                requestId: response.headers.get("x-request-id") ?? undefined,
                durationMs: Date.now() - sentAt,
              });
            return response;
          } catch (error) {
            capped ||= !!cap?.aborted;
            throw error;
          }
        },
        retry: limit && {
          limit,
          methods: [op.method],
          statusCodes: RETRY_STATUSES,
          delay: (count) => retry.baseDelay * 2 ** (count - 1),
          // Full jitter; a wait that would end past the cap gives up now instead (beforeRetry rethrows).
          jitter: (delay) => {
            const wait = Math.min(Math.random() * delay, retry.maxDelay);
            capped ||= wait >= left();
            return capped ? 0 : wait;
          },
          retryOnTimeout: true,
          shouldRetry: ({ error }) => {
            // Past the cap already (a slow attempt on a loaded machine): give up as the cap, not as this error.
            capped ||= left() <= 0;
            if (capped) return false;
            if (!(error instanceof HTTPError))
              return error instanceof KyTimeoutError || error instanceof TypeError ? undefined : false;
            // A Retry-After beyond the time left fails now rather than sleeping into the cap.
            if ((retryAfter(error.response) ?? 0) * 1000 > left()) return false;
            // This response is dropped for a retry: release its body (an abort would otherwise error it unread).
            if (RETRY_STATUSES.includes(error.response.status)) error.response.body?.cancel().catch(() => {});
            return undefined;
          },
        },
        hooks: {
          beforeRetry: [
            async ({ request, error, retryCount }) => {
              if (capped) throw error;
              const token = config.auth && (await authorization());
              if (token) request.headers.set("authorization", token);
              hooks.retry?.({
                operationId: op.id,
                attempt: retryCount,
                reason:
                  error instanceof HTTPError
                    ? `HTTP ${error.response.status}`
                    : error instanceof KyTimeoutError
                      ? "timeout"
                      : "network",
              });
            },
          ],
        },
      });
    } catch (error) {
      if (options.signal?.aborted) throw new AbortError(op.id, "aborted by the caller");
      if (capped) throw new TimeoutError(op.id, `gave up after ${retry.maxElapsed} ms`);
      if (error instanceof KyTimeoutError) throw new TimeoutError(op.id, `no response within ${timeout} ms`);
      // Before the first attempt, a TypeError is ours to explain: a header value fetch cannot send, a body
      // JSON cannot encode. Quoted values are left out of the message.
      if (error instanceof TypeError)
        throw attempt
          ? new NetworkError(op.id, `network error: ${error.message}`)
          : new InputError(op.id, `cannot build the request: ${error.message.replace(/".*"/s, "…")}`);
      if (!(error instanceof HTTPError)) throw error;
      const { response } = error;
      const apiError = new ApiError(
        op.id,
        response.status,
        /json/i.test(response.headers.get("content-type") ?? "")
          ? await response.json().catch(() => undefined)
          : undefined,
        secrets(),
        retryAfter(response),
      );
      if (apiError.status !== 401 || !config.auth?.refresh || !replay) throw apiError;
      // Single flight: the first 401 since the last refresh starts one; the others wait for it.
      if (sentWith === generation)
        refreshing ??= config.auth.refresh().finally(() => {
          generation++;
          refreshing = undefined;
        });
      try {
        await refreshing;
      } catch {
        throw apiError;
      }
      // A write without an idempotency key is never sent twice, even after a 401.
      if (!idempotent) throw apiError;
      return send(op, prepared, false);
    }
  }

  /** Sends a call and reads its result as the contract says: JSON, a download, or nothing. */
  async function call(op: Operation, args: unknown[]): Promise<unknown> {
    try {
      const prepared = prepare(op, args);
      const { init } = prepared;
      if (op.flags.includes("m") && init.body) init.body = (await files()).toFormData(init.body);
      const response = await send(op, prepared);
      const unexpected = (message: string): never => {
        throw new ResponseError(
          op.id,
          `${message} (HTTP ${response.status})`,
          response.status,
          response.headers.get("x-request-id") ?? undefined,
        );
      };
      if (op.flags.includes("v")) return;
      if (op.flags.includes("b"))
        return response.body ? (await files()).toDownload(response, response.body) : unexpected("no body");
      const type = response.headers.get("content-type") ?? "";
      const text = await response.text();
      if (!/json/i.test(type)) unexpected(`expected JSON, got ${type || "no content type"}`);
      try {
        return JSON.parse(text);
      } catch {
        unexpected("invalid JSON body");
      }
    } catch (error) {
      // Errors from the caller's own hooks pass through untouched.
      throw error instanceof ClientError ? fail(error) : error;
    }
  }

  return { prepare, send, call, fail, hooks };
}
