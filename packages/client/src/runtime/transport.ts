import ky, { HTTPError, TimeoutError as KyTimeoutError } from "ky";
import { IDEMPOTENCY_HEADER } from "../generated/operations";
import { AbortError, ApiError, ClientError, InputError, NetworkError, ResponseError, TimeoutError } from "./errors";
import { redactHeaders, redactUrl } from "./redact";
import type { Operation } from "./table";
import type { ClientOptions, Download, RequestOptions, RetryOptions } from "./types";

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
const SAFE_METHODS = ["get", "head", "put", "delete", "options"];
const DEFAULT_RETRY: Required<RetryOptions> = { limit: 2, baseDelay: 300, maxDelay: 5000, maxElapsed: 30_000 };

/** A call ready to send: nothing here is half-built (path parameters and required parts are checked). */
export interface Prepared {
  path: string;
  search: URLSearchParams;
  headers: Headers;
  body: FormData | undefined;
  json: unknown;
  options: RequestOptions;
  /** Values to mask wherever they appear (percent-encoded header values: the lookup reason). */
  secrets: string[];
}

export type Transport = ReturnType<typeof createTransport>;

export function createTransport(config: ClientOptions) {
  let base: string | undefined;
  try {
    const url = new URL(config.baseUrl);
    if (/^https?:$/.test(url.protocol)) base = url.href;
  } catch {}
  const tokens: string[] = [];
  let generation = 0;
  let refreshing: Promise<unknown> | undefined;

  const report = (error: ClientError) => config.hooks?.error?.(error);
  const fail = (error: ClientError): never => {
    report(error);
    throw error;
  };
  const retried = (op: Operation, attempt: number, reason: string) =>
    config.hooks?.retry?.({ operationId: op.id, attempt, reason });

  function prepare(op: Operation, args: unknown[]): Prepared {
    if (!base)
      fail(new InputError(op.id, `baseUrl must be an absolute http(s) URL, got ${JSON.stringify(config.baseUrl)}`));
    let index = 0;
    const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = args[index++];
      if ((typeof value !== "string" && typeof value !== "number") || value === "" || value === "." || value === "..")
        fail(new InputError(op.id, `path parameter "${name}" is missing or invalid`));
      return encodeURIComponent(String(value));
    });
    const json = op.body === "json" ? args[index++] : undefined;
    const form = op.body === "multipart" ? args[index++] : undefined;
    if (op.bodyRequired && (json ?? form) == null) fail(new InputError(op.id, "the request body is missing"));
    const params = (op.params ? args[index++] : undefined) as Record<string, unknown> | undefined;
    const options = (args[index] ?? {}) as RequestOptions;

    const headers = new Headers(config.headers);
    if (config.appInfo)
      headers.set("x-client-info", `${config.appInfo.name}/${config.appInfo.version ?? "0"} chinhquyenso-client`);
    const search = new URLSearchParams();
    const secrets: string[] = [];
    for (const [key, value] of Object.entries(params ?? {})) {
      if (value === undefined || value === null) continue;
      const header = op.headers.find((h) => h.prop === key);
      if (header?.encoded) secrets.push(String(value), encodeURIComponent(String(value)));
      if (header) headers.set(header.name, header.encoded ? encodeURIComponent(String(value)) : String(value));
      else for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
    }
    for (const header of op.headers)
      if (header.required && !headers.has(header.name))
        fail(new InputError(op.id, `parameter "${header.prop}" (${header.name} header) is missing`));
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
    if (op.idempotent) headers.set(IDEMPOTENCY_HEADER, options.idempotencyKey ?? crypto.randomUUID());
    headers.set(
      "accept",
      op.result === "sse" ? "text/event-stream" : op.result === "binary" ? "*/*" : "application/json",
    );
    return { path, search, headers, body: form ? toFormData(form) : undefined, json, options, secrets };
  }

  const secretsOf = (prepared: Prepared) => [...prepared.secrets, ...tokens];

  /** Sends with retries (idempotent requests only), single-flight token refresh and one replay after 401. */
  async function send(op: Operation, prepared: Prepared, streaming = false, replay = true): Promise<Response> {
    const { options } = prepared;
    const retry = options.retry === false || config.retry === false ? { limit: 0 } : options.retry;
    const settings = { ...DEFAULT_RETRY, ...(config.retry || {}), ...retry };
    const retriable = !streaming && (op.idempotent || SAFE_METHODS.includes(op.method));
    const started = Date.now();
    const cap = streaming ? undefined : AbortSignal.timeout(settings.maxElapsed);
    const signals = [options.signal, cap].filter((signal) => signal !== undefined);
    const timeout = streaming ? false : (options.timeout ?? config.timeout ?? 30_000);
    let sentWith = generation;
    let attemptStarted = 0;
    const event = (request: Request, attempt: number) => ({
      operationId: op.id,
      method: request.method,
      url: redactUrl(request.url, secretsOf(prepared)),
      headers: redactHeaders(request.headers, secretsOf(prepared)),
      attempt,
    });
    try {
      return await ky(prepared.path, {
        prefixUrl: base as string,
        method: op.method,
        headers: prepared.headers,
        searchParams: prepared.search,
        ...(prepared.body ? { body: prepared.body } : {}),
        ...(prepared.json === undefined ? {} : { json: prepared.json }),
        ...(signals.length > 0 ? { signal: AbortSignal.any(signals) } : {}),
        timeout,
        ...(config.fetch ? { fetch: config.fetch } : {}),
        retry: {
          limit: retriable ? settings.limit : 0,
          methods: [op.method],
          statusCodes: RETRY_STATUSES,
          backoffLimit: settings.maxDelay,
          delay: (attempt) => settings.baseDelay * 2 ** (attempt - 1),
          jitter: true,
          retryOnTimeout: true,
          shouldRetry: ({ error }) => {
            if (error instanceof HTTPError) {
              // A Retry-After beyond the time left fails now rather than sleeping into the cap.
              const after = Number(error.response.headers.get("retry-after")) * 1000;
              if (after > settings.maxElapsed - (Date.now() - started)) return false;
              // This response is dropped for a retry: release its body (an abort would otherwise error it unread).
              if (RETRY_STATUSES.includes(error.response.status)) error.response.body?.cancel().catch(() => {});
              return undefined;
            }
            return error instanceof KyTimeoutError || error instanceof TypeError ? undefined : false;
          },
        },
        hooks: {
          beforeRequest: [
            async (request, _options, { retryCount }) => {
              sentWith = generation;
              const token = await config.auth?.token();
              if (token) {
                // Remembered (the last three) so an echo of the token in a problem body is masked too.
                if (!tokens.includes(token)) tokens.splice(0, tokens.length - 2, token);
                request.headers.set("authorization", `Bearer ${token}`);
              }
              attemptStarted = Date.now();
              config.hooks?.request?.(event(request, retryCount));
            },
          ],
          afterResponse: [
            (request, _options, response, { retryCount }) => {
              config.hooks?.response?.({
                ...event(request, retryCount),
                status: response.status,
                requestId: response.headers.get("x-request-id") ?? undefined,
                durationMs: Date.now() - attemptStarted,
              });
            },
          ],
          beforeRetry: [
            ({ error, retryCount }) => {
              const reason =
                error instanceof HTTPError
                  ? `HTTP ${error.response.status}`
                  : error instanceof KyTimeoutError
                    ? "timeout"
                    : "network";
              config.hooks?.retry?.({ operationId: op.id, attempt: retryCount, reason });
            },
          ],
        },
      });
    } catch (error) {
      if (options.signal?.aborted) return fail(new AbortError(op.id, "aborted by the caller"));
      if (cap?.aborted) return fail(new TimeoutError(op.id, `gave up after ${settings.maxElapsed} ms`));
      if (error instanceof KyTimeoutError) return fail(new TimeoutError(op.id, `no response within ${timeout} ms`));
      if (error instanceof TypeError) return fail(new NetworkError(op.id, `network error: ${error.message}`));
      if (!(error instanceof HTTPError)) throw error;
      const apiError = await toApiError(op, error.response, secretsOf(prepared));
      if (apiError.status !== 401 || !config.auth?.refresh || !replay) return fail(apiError);
      // Single flight: the first 401 since the last refresh starts one; later ones wait for it.
      if (sentWith === generation)
        refreshing ??= config.auth.refresh().finally(() => {
          generation++;
          refreshing = undefined;
        });
      try {
        await refreshing;
      } catch {
        return fail(apiError);
      }
      // A write without an idempotency key is never sent twice, even after a 401.
      if (!retriable && !streaming) return fail(apiError);
      return send(op, prepared, streaming, false);
    }
  }

  /** Sends a call and reads its result as the contract says: JSON, a download, or nothing. */
  async function call(op: Operation, args: unknown[]): Promise<unknown> {
    const prepared = prepare(op, args);
    const response = await send(op, prepared);
    const requestId = response.headers.get("x-request-id") ?? undefined;
    if (op.result === "void") return undefined;
    if (op.result === "binary") {
      if (!response.body) return fail(new ResponseError(op.id, "the download has no body", response.status, requestId));
      return toDownload(response, response.body);
    }
    const type = response.headers.get("content-type") ?? "";
    const text = await response.text();
    if (!/json/i.test(type))
      return fail(
        new ResponseError(op.id, `expected JSON, got ${type || "no content type"} (HTTP ${response.status})`, response.status, requestId),
      );
    try {
      return JSON.parse(text);
    } catch {
      return fail(new ResponseError(op.id, `invalid JSON body (HTTP ${response.status})`, response.status, requestId));
    }
  }

  return { prepare, send, call, fail, report, retried };
}

async function toApiError(op: Operation, response: Response, secrets: string[]): Promise<ApiError> {
  let problem: unknown;
  if (/json/i.test(response.headers.get("content-type") ?? "")) {
    try {
      problem = JSON.parse(await response.text());
    } catch {}
  }
  const retryAfter = Number(response.headers.get("retry-after"));
  const error = new ApiError(op.id, response.status, problem, secrets, Number.isFinite(retryAfter) && response.headers.has("retry-after") ? retryAfter : undefined);
  return error;
}

function toDownload(response: Response, stream: ReadableStream<Uint8Array>): Download {
  const disposition = response.headers.get("content-disposition") ?? "";
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  let filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      filename = decodeURIComponent(encoded);
    } catch {}
  }
  const size = Number(response.headers.get("content-length"));
  return {
    filename,
    contentType: response.headers.get("content-type") ?? "application/octet-stream",
    size: response.headers.has("content-length") && Number.isFinite(size) ? size : undefined,
    stream,
    blob: () => new Response(stream).blob(),
  };
}

/** Multipart body from a typed object: Blobs as files, arrays repeated, the rest as text. */
function toFormData(fields: unknown): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields as Record<string, unknown>)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      if (item instanceof Blob) form.append(name, item, (item as File).name || name);
      else form.append(name, String(item));
    }
  }
  return form;
}
