// A call's arguments, checked and placed: path parameters into the URL, `params` into the query string and
// header parameters, the body, the Idempotency-Key. Nothing is sent half-built: a bad argument is an InputError.
import { IDEMPOTENCY_HEADER } from "../generated/operations";
import { InputError } from "./errors";
import type { Operation } from "./table";
import type { ClientOptions, RequestOptions } from "./types";
import { uuid } from "./uuid";

export interface PreparedRequest {
  /** Absolute URL, query included (ky builds its Request twice when given searchParams). */
  url: string;
  /** Lower-cased names; the token is added per attempt. */
  headers: Record<string, string>;
  /** The JSON value, or the typed fields of a multipart body (turned into FormData before sending). */
  body: unknown;
  options: RequestOptions;
  /** Sent with every attempt when the operation takes one; every error of the call carries it. */
  idempotencyKey: string | undefined;
  /** Values to mask wherever they appear (secret header parameters, raw and percent-encoded). */
  secrets: string[];
}

/** Copies headers with lower-cased names (ky's Headers validates names and values). */
const copyHeaders = (target: Record<string, string>, source: Record<string, string> = {}) => {
  for (const name in source) target[name.toLowerCase()] = source[name] as string;
};

/** What every request of a client shares, normalised once: the base URL (undefined if invalid), the headers. */
export function requestDefaults(config: ClientOptions) {
  let baseUrl: string | undefined;
  try {
    const url = new URL(config.baseUrl);
    if (/^https?:$/.test(url.protocol)) baseUrl = url.href.replace(/\/?$/, "/");
  } catch {}
  const headers: Record<string, string> = {};
  copyHeaders(headers, config.headers);
  if (config.appInfo)
    headers["x-client-info"] = `${config.appInfo.name}/${config.appInfo.version ?? "0"} chinhquyenso-client`;
  return { config, baseUrl, headers };
}

export type RequestDefaults = ReturnType<typeof requestDefaults>;

const ACCEPT = {
  json: "application/json",
  download: "*/*",
  events: "text/event-stream",
  none: "application/json",
};

/** The request for `op` called with `args`: `(...pathParams, body?, params?, options?)`. */
export function prepareRequest(op: Operation, args: unknown[], defaults: RequestDefaults): PreparedRequest {
  const invalid = (message: string): never => {
    throw new InputError(op.id, message);
  };
  if (!defaults.baseUrl)
    invalid(`baseUrl must be an absolute http(s) URL, got ${JSON.stringify(defaults.config.baseUrl)}`);
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

  const headers = { ...defaults.headers };
  const secrets: string[] = [];
  for (const { prop, header, required, secret } of op.headerParams) {
    const value = params[prop];
    params[prop] = undefined;
    if (value == null) {
      if (required) invalid(`parameter "${prop}" (${header} header) is missing`);
    } else if (secret) {
      // Free text (the lookup reason): percent-encoded, and masked in errors and hooks in both forms.
      const encoded = encodeURIComponent(`${value}`);
      secrets.push(`${value}`, encoded);
      headers[header.toLowerCase()] = encoded;
    } else headers[header.toLowerCase()] = `${value}`;
  }
  const query = new URLSearchParams();
  for (const key in params)
    for (const item of [params[key]].flat()) if (item != null) query.append(key, `${item}`);
  copyHeaders(headers, options.headers);
  const idempotencyKey = op.idempotent ? (options.idempotencyKey ?? uuid()) : undefined;
  if (idempotencyKey) headers[IDEMPOTENCY_HEADER.toLowerCase()] = idempotencyKey;
  headers.accept = ACCEPT[op.result];
  return {
    url: `${defaults.baseUrl}${path}${query.size ? `?${query}` : ""}`,
    headers,
    body,
    options,
    idempotencyKey,
    secrets,
  };
}
