// A call's arguments, checked and placed: path parameters into the URL, `params` into the query string and
// header parameters, the body, the Idempotency-Key. Nothing is sent half-built: a bad argument is an InputError.
import { InputError } from "./errors";
import type { Operation } from "./table";
import type { ClientOptions, RequestOptions } from "./types";

export interface PreparedRequest {
  /** Absolute URL, query included (ky builds its Request twice when given searchParams). */
  url: string;
  /** Lower-cased names; the token is added per attempt. */
  headers: Record<string, string>;
  /** The JSON value, or the typed fields of a multipart body (turned into FormData before sending). */
  body: unknown;
  options: RequestOptions;
  /**
   * The call's Idempotency-Key when the operation takes one (call() makes one when the caller gave none and puts it
   * in `headers`, so every attempt sends the same key); every error of the call carries it.
   */
  idempotencyKey: string | undefined;
  /** Values to mask wherever they appear (secret header parameters, raw and percent-encoded). */
  secrets: string[];
}

/** Copies headers with lower-cased names (ky's Headers validates names and values). */
const copyHeaders = (target: Record<string, string>, source: Record<string, string> = {}) => {
  for (const name in source) target[name.toLowerCase()] = source[name] as string;
};

/** The headers every request of a client sends, lower-cased once: the configured ones and X-Client-Info. */
export function clientHeaders(config: ClientOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  copyHeaders(headers, config.headers);
  if (config.appInfo)
    headers["x-client-info"] = `${config.appInfo.name}/${config.appInfo.version ?? "0"} chinhquyenso-client`;
  return headers;
}

/** The base URL as an absolute http(s) URL ending with `/`; undefined when it is not one. */
export function baseUrlOf(config: ClientOptions): string | undefined {
  try {
    const url = new URL(config.baseUrl);
    if (/^https?:$/.test(url.protocol)) return url.href.replace(/\/?$/, "/");
  } catch {}
}

/**
 * The request for `op` called with `args`: `(...pathParams, body?, params?, options?)`, under `baseUrl` (checked
 * by the caller) with `baseHeaders`.
 */
export function prepareRequest(
  op: Operation,
  args: unknown[],
  baseUrl: string,
  baseHeaders: Record<string, string>,
): PreparedRequest {
  const invalid = (message: string): never => {
    throw new InputError(op.id, message);
  };
  let next = 0;
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = args[next++];
    if ((typeof value !== "string" && typeof value !== "number") || /^\.{0,2}$/.test(`${value}`))
      invalid(`path parameter "${name}" is missing or invalid`);
    return encodeURIComponent(value as string);
  });
  const body = op.body ? args[next++] : undefined;
  if (op.bodyRequired && body == null) invalid("the request body is missing");
  const params: Record<string, unknown> = { ...((op.takesParams && args[next++]) as object) };
  const options = (args[next] ?? {}) as RequestOptions;

  const headers = { ...baseHeaders };
  const secrets: string[] = [];
  for (const { prop, header, required, secret } of op.headerParams) {
    const value = params[prop];
    params[prop] = undefined;
    if (value == null) {
      if (required) invalid(`parameter "${prop}" (${header} header) is missing`);
      continue;
    }
    // Free text (the lookup reason) is percent-encoded, and masked in errors and hooks in both forms.
    const sent = secret ? encodeURIComponent(`${value}`) : `${value}`;
    if (secret) secrets.push(`${value}`, sent);
    headers[header.toLowerCase()] = sent;
  }
  const query = new URLSearchParams();
  for (const key in params)
    for (const item of [params[key]].flat()) if (item != null) query.append(key, `${item}`);
  copyHeaders(headers, options.headers);
  headers.accept =
    op.result === "events" ? "text/event-stream" : op.result === "download" ? "*/*" : "application/json";
  return {
    url: `${baseUrl}${path}${query.size ? `?${query}` : ""}`,
    headers,
    body,
    options,
    // The caller's key; call() makes one for an operation that takes a key when the caller gave none.
    idempotencyKey: op.idempotent ? options.idempotencyKey : undefined,
    secrets,
  };
}
