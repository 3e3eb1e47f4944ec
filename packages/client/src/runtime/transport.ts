import ky, { HTTPError, TimeoutError as KyTimeoutError } from "ky";
import { IDEMPOTENCY_HEADER } from "../generated/operations";
import {
  AbortError,
  ApiError,
  type ClientError,
  InputError,
  NetworkError,
  ResponseError,
  TimeoutError,
} from "./errors";
import { redactHeaders, redactUrl } from "./redact";
import type { Operation } from "./table";
import type { ClientOptions, Download, RequestOptions } from "./types";

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
const SAFE_METHODS = ["get", "head", "put", "delete", "options"];

/** A call ready to send: path parameters and required parts are checked, nothing is half-built. */
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
    const input = (message: string) => fail(new InputError(op.id, message));
    if (!base) input(`baseUrl must be an absolute http(s) URL, got ${JSON.stringify(config.baseUrl)}`);
    let index = 0;
    const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = args[index++];
      if ((typeof value !== "string" && typeof value !== "number") || /^\.{0,2}$/.test(String(value)))
        input(`path parameter "${name}" is missing or invalid`);
      return encodeURIComponent(String(value));
    });
    const body = /[jm]/.test(op.flags) ? args[index++] : undefined;
    if (op.flags.includes("r") && body == null) input("the request body is missing");
    const params = (op.flags.includes("q") ? args[index++] : undefined) ?? {};
    const options = (args[index] ?? {}) as RequestOptions;

    const headers = new Headers(config.headers);
    const search = new URLSearchParams();
    const secrets: string[] = [];
    if (config.appInfo)
      headers.set(
        "x-client-info",
        `${config.appInfo.name}/${config.appInfo.version ?? "0"} chinhquyenso-client`,
      );
    for (const [key, value] of Object.entries(params)) {
      if (value == null) continue;
      const header = op.headers.find((h) => h.prop === key);
      const text = String(value);
      if (header?.encoded) secrets.push(text, encodeURIComponent(text));
      if (header) headers.set(header.name, header.encoded ? encodeURIComponent(text) : text);
      else for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
    }
    for (const header of op.headers)
      if (header.required && !headers.has(header.name))
        input(`parameter "${header.prop}" (${header.name} header) is missing`);
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
    if (op.flags.includes("i"))
      headers.set(IDEMPOTENCY_HEADER, options.idempotencyKey ?? crypto.randomUUID());
    headers.set(
      "accept",
      op.flags.includes("s") ? "text/event-stream" : op.flags.includes("b") ? "*/*" : "application/json",
    );
    const multipart = op.flags.includes("m");
    return {
      path,
      search,
      headers,
      body: multipart ? toFormData(body) : undefined,
      json: multipart ? undefined : body,
      options,
      secrets,
    };
  }

  /**
   * Sends with retries (idempotent requests only), a single-flight token refresh and one replay after 401.
   * A stream passes its `connection` signal (aborted when it goes silent); its errors are not reported to
   * hooks.error here, since the stream reconnects after most of them.
   */
  async function send(
    op: Operation,
    prepared: Prepared,
    connection?: AbortSignal,
    replay = true,
  ): Promise<Response> {
    const { options } = prepared;
    const streaming = connection !== undefined;
    const failed = (error: ClientError): never => {
      if (streaming) throw error;
      return fail(error);
    };
    const secrets = () => [...prepared.secrets, ...tokens];
    const settings = {
      limit: 2,
      baseDelay: 300,
      maxDelay: 5000,
      maxElapsed: 30_000,
      ...(config.retry || {}),
      ...(options.retry || {}),
    };
    if (config.retry === false || options.retry === false) settings.limit = 0;
    const retriable = !streaming && (op.flags.includes("i") || SAFE_METHODS.includes(op.method));
    const started = Date.now();
    const cap = streaming ? undefined : AbortSignal.timeout(settings.maxElapsed);
    const signals = [options.signal, cap, connection].filter((signal) => signal !== undefined);
    const timeout = streaming ? false : (options.timeout ?? config.timeout ?? 30_000);
    let sentWith = generation;
    let attemptStarted = 0;
    const event = (request: Request, attempt: number) => ({
      operationId: op.id,
      method: request.method,
      url: redactUrl(request.url, secrets()),
      headers: redactHeaders(request.headers, secrets()),
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
            if (!(error instanceof HTTPError))
              return error instanceof KyTimeoutError || error instanceof TypeError ? undefined : false;
            // A Retry-After beyond the time left fails now rather than sleeping into the cap.
            const after = Number(error.response.headers.get("retry-after")) * 1000;
            if (after > settings.maxElapsed - (Date.now() - started)) return false;
            // This response is dropped for a retry: release its body (an abort would otherwise error it unread).
            if (RETRY_STATUSES.includes(error.response.status)) error.response.body?.cancel().catch(() => {});
            return undefined;
          },
        },
        hooks: {
          beforeRequest: [
            async (request, _options, { retryCount }) => {
              sentWith = generation;
              const token = await config.auth?.token();
              if (token) {
                // Remembered (the last three) so an echo of the token in a problem body is masked too.
                if (!tokens.includes(token)) {
                  tokens.unshift(token);
                  tokens.length = Math.min(tokens.length, 3);
                }
                request.headers.set("authorization", `Bearer ${token}`);
              }
              attemptStarted = Date.now();
              config.hooks?.request?.(event(request, retryCount));
            },
          ],
          afterResponse: [
            (request, _options, response, { retryCount }) =>
              void config.hooks?.response?.({
                ...event(request, retryCount),
                status: response.status,
                requestId: response.headers.get("x-request-id") ?? undefined,
                durationMs: Date.now() - attemptStarted,
              }),
          ],
          beforeRetry: [
            ({ error, retryCount }) =>
              retried(
                op,
                retryCount,
                error instanceof HTTPError
                  ? `HTTP ${error.response.status}`
                  : error instanceof KyTimeoutError
                    ? "timeout"
                    : "network",
              ),
          ],
        },
      });
    } catch (error) {
      if (options.signal?.aborted) return failed(new AbortError(op.id, "aborted by the caller"));
      if (cap?.aborted) return failed(new TimeoutError(op.id, `gave up after ${settings.maxElapsed} ms`));
      if (connection?.aborted) return failed(new TimeoutError(op.id, "the stream connection went silent"));
      if (error instanceof KyTimeoutError)
        return failed(new TimeoutError(op.id, `no response within ${timeout} ms`));
      if (error instanceof TypeError)
        return failed(new NetworkError(op.id, `network error: ${error.message}`));
      if (!(error instanceof HTTPError)) throw error;
      const response = error.response;
      let problem: unknown;
      try {
        if (/json/i.test(response.headers.get("content-type") ?? ""))
          problem = JSON.parse(await response.text());
      } catch {}
      const after = response.headers.get("retry-after");
      const apiError = new ApiError(
        op.id,
        response.status,
        problem,
        secrets(),
        after && Number.isFinite(+after) ? +after : undefined,
      );
      if (apiError.status !== 401 || !config.auth?.refresh || !replay) return failed(apiError);
      // Single flight: the first 401 since the last refresh starts one; the others wait for it.
      if (sentWith === generation)
        refreshing ??= config.auth.refresh().finally(() => {
          generation++;
          refreshing = undefined;
        });
      try {
        await refreshing;
      } catch {
        return failed(apiError);
      }
      // A write without an idempotency key is never sent twice, even after a 401.
      return retriable || streaming ? send(op, prepared, connection, false) : failed(apiError);
    }
  }

  /** Sends a call and reads its result as the contract says: JSON, a download, or nothing. */
  async function call(op: Operation, args: unknown[]): Promise<unknown> {
    const response = await send(op, prepare(op, args));
    const unexpected = (message: string) =>
      fail(
        new ResponseError(
          op.id,
          `${message} (HTTP ${response.status})`,
          response.status,
          response.headers.get("x-request-id") ?? undefined,
        ),
      );
    if (op.flags.includes("v")) return undefined;
    if (op.flags.includes("b"))
      return response.body ? toDownload(response, response.body) : unexpected("no body");
    const type = response.headers.get("content-type") ?? "";
    const text = await response.text();
    if (!/json/i.test(type)) return unexpected(`expected JSON, got ${type || "no content type"}`);
    try {
      return JSON.parse(text);
    } catch {
      return unexpected("invalid JSON body");
    }
  }

  /** Errors after which reconnecting a stream cannot help (403, 404, a response that is not a stream…). */
  const isFatal = (error: unknown) =>
    error instanceof ApiError
      ? error.status < 500 && error.status !== 408 && error.status !== 429
      : error instanceof ResponseError || error instanceof InputError;
  const responseError = (op: Operation, message: string, status: number) =>
    new ResponseError(op.id, message, status);

  return { prepare, send, call, fail, report, retried, isFatal, responseError };
}

function toDownload(response: Response, stream: ReadableStream<Uint8Array>): Download {
  const header = (name: string) => response.headers.get(name);
  const disposition = header("content-disposition") ?? "";
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  let filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  try {
    if (encoded) filename = decodeURIComponent(encoded);
  } catch {}
  const size = header("content-length");
  return {
    filename,
    contentType: header("content-type") ?? "application/octet-stream",
    size: size && Number.isFinite(+size) ? +size : undefined,
    stream,
    blob: () => new Response(stream).blob(),
  };
}

/** Multipart body from a typed object: Blobs as files, arrays repeated, the rest as text. */
function toFormData(fields: unknown): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields as Record<string, unknown>))
    for (const item of Array.isArray(value) ? value : [value])
      if (item instanceof Blob) form.append(name, item, (item as File).name || name);
      else if (item != null) form.append(name, String(item));
  return form;
}
