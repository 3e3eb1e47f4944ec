// Requests to the platform as a principal, each kept as a redacted exchange (what a report shows). Builds URLs
// from the contract's operations, adds an Idempotency-Key to every x-idempotent write unless told not to.
import { redact } from "@chinhquyenso/core";
import {
  authorizationModel,
  listOperations,
  type OperationSummary,
  openapiDocument,
} from "@chinhquyenso/spec";
import { CannotRunError } from "./errors";
import type { PrincipalName, TokensFile } from "./tokens";

export interface Exchange {
  readonly request: {
    readonly method: string;
    readonly url: string;
    readonly headers: Record<string, string>;
    readonly body?: string;
  };
  readonly response?: {
    readonly status: number;
    readonly headers: Record<string, string>;
    readonly body?: string;
  };
  readonly error?: string;
}

export interface Reply {
  readonly operation: OperationSummary;
  readonly status: number;
  readonly headers: Headers;
  readonly contentType: string | null;
  /** Parsed JSON body (JSON and problem+json), else undefined. */
  readonly body: unknown;
  readonly exchange: Exchange;
}

export interface CallOptions {
  /** The principal whose token is sent; `null` sends none. Default: officer. */
  readonly as?: PrincipalName | null;
  readonly path?: Record<string, string>;
  readonly query?: Record<string, string | number | boolean | readonly string[] | undefined>;
  readonly headers?: Record<string, string>;
  readonly json?: unknown;
  /** A raw body with its own content type in `headers`. */
  readonly raw?: string;
  readonly form?: FormData | URLSearchParams;
  /** Leave out the Idempotency-Key an x-idempotent operation gets by default. */
  readonly noKey?: boolean;
  readonly signal?: AbortSignal;
}

const OPERATIONS = new Map(
  listOperations(openapiDocument).map((operation) => [operation.operationId, operation]),
);
const JSON_TYPE = /^application\/([\w.-]+\+)?json/i;
const BODY_LIMIT = 4000;

export function operation(id: string): OperationSummary {
  const found = OPERATIONS.get(id);
  if (!found) throw new Error(`the contract has no operation ${id}`);
  return found;
}

export const allOperations = (): OperationSummary[] => [...OPERATIONS.values()];

/** Why a request failed before any answer, in one line: refused, unknown host, TLS, timeout. */
export function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (error as { code?: string })?.code ?? "";
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i.test(`${code} ${cause?.message ?? ""}`))
    return `TLS error (${code || cause?.message}): the certificate is not trusted for this host`;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "unknown host";
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return "connection reset";
  if ((error as Error)?.name === "TimeoutError" || code === "UND_ERR_CONNECT_TIMEOUT") return "timed out";
  if ((error as Error)?.name === "AbortError") return "aborted";
  return code || (error as Error)?.message || String(error);
}

export class Http {
  readonly #base: string;
  readonly #tokens: TokensFile;
  readonly #secrets: readonly string[];
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;
  /** Every request sent (a progress figure). */
  requests = 0;

  constructor(options: {
    baseUrl: string;
    tokens: TokensFile;
    secrets: readonly string[];
    fetch?: typeof fetch;
    timeoutMs?: number;
  }) {
    this.#base = options.baseUrl.replace(/\/+$/, "");
    this.#tokens = options.tokens;
    this.#secrets = options.secrets;
    this.#fetch = options.fetch ?? fetch;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
  }

  get baseUrl(): string {
    return this.#base;
  }

  has(principal: PrincipalName): boolean {
    return typeof this.#tokens[principal] === "string";
  }

  /** Removes tokens, keys, citizen IDs and phone numbers from text that goes into a report. */
  redact(text: string): string {
    return redact(text.replace(/([?&]api_key=)[^&\s]*/gi, "$1[redacted]"), this.#secrets);
  }

  url(id: string, options: CallOptions = {}): string {
    const op = operation(id);
    const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const value = options.path?.[name];
      if (value === undefined) throw new Error(`${id}: path parameter ${name} is missing`);
      return encodeURIComponent(value);
    });
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value === undefined) continue;
      if (Array.isArray(value)) for (const item of value) search.append(name, String(item));
      else search.set(name, String(value));
    }
    const query = search.toString();
    return `${this.#base}${path}${query ? `?${query}` : ""}`;
  }

  /** Calls an operation of the contract; network failures reject with a one-line message. */
  async call(id: string, options: CallOptions = {}): Promise<Reply> {
    const op = operation(id);
    const headers = new Headers(options.headers);
    const as = options.as === undefined ? "officer" : options.as;
    if (as !== null) {
      const token = this.#tokens[as];
      if (!token) throw new Error(`no token for ${as}`);
      headers.set("authorization", `Bearer ${token}`);
    }
    if (op.idempotent && !options.noKey && !headers.has("idempotency-key"))
      headers.set("idempotency-key", crypto.randomUUID());
    let body: BodyInit | undefined;
    if (options.json !== undefined) {
      headers.set("content-type", "application/json");
      body = JSON.stringify(options.json);
    } else if (options.raw !== undefined) body = options.raw;
    else if (options.form) body = options.form;
    return this.send(op, op.method.toUpperCase(), this.url(id, options), headers, body, options.signal);
  }

  /** Opens a streaming operation: the reply (headers, status) and, on success, the body still flowing. */
  async openStream(
    op: OperationSummary,
    as: PrincipalName,
    headers: Headers,
    signal: AbortSignal,
  ): Promise<{ reply: Reply; body: ReadableStream<Uint8Array> | null }> {
    const token = this.#tokens[as];
    if (!token) throw new Error(`no token for ${as}`);
    headers.set("authorization", `Bearer ${token}`);
    const url = `${this.#base}${op.path}`;
    this.requests += 1;
    const request = { method: "GET", url: this.redact(url), headers: this.#headersOf(headers) };
    let response: Response;
    try {
      response = await this.#fetch(url, { headers, signal });
    } catch (error) {
      throw new CannotRunError(`GET ${this.redact(url)}: ${describeNetworkError(error)}`);
    }
    const contentType = response.headers.get("content-type");
    const streaming = response.ok && /^text\/event-stream/i.test(contentType ?? "");
    const text = streaming ? "" : await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    const exchangeResponse = {
      status: response.status,
      headers: this.#headersOf(response.headers),
      body: streaming ? "(event stream)" : this.redact(text.slice(0, BODY_LIMIT)),
    };
    return {
      reply: {
        operation: op,
        status: response.status,
        headers: response.headers,
        contentType,
        body,
        exchange: { request, response: exchangeResponse },
      },
      body: streaming ? response.body : null,
    };
  }

  async send(
    op: OperationSummary,
    method: string,
    url: string,
    headers: Headers,
    body: BodyInit | undefined,
    signal?: AbortSignal,
  ): Promise<Reply> {
    this.requests += 1;
    const request = {
      method,
      url: this.redact(url),
      headers: this.#headersOf(headers),
      ...(body === undefined ? {} : { body: this.#describeBody(body) }),
    };
    const timeout = AbortSignal.timeout(this.#timeoutMs);
    let response: Response;
    try {
      response = await this.#fetch(url, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      const message = describeNetworkError(error);
      throw Object.assign(new CannotRunError(`${method} ${this.redact(url)}: ${message}`), {
        exchange: { request, error: message },
      });
    }
    const contentType = response.headers.get("content-type");
    const streaming = /^text\/event-stream/i.test(contentType ?? "");
    const bytes = streaming ? new Uint8Array(0) : new Uint8Array(await response.arrayBuffer());
    const textual = JSON_TYPE.test(contentType ?? "") || /^text\//i.test(contentType ?? "");
    const text = textual ? new TextDecoder().decode(bytes) : "";
    let parsed: unknown;
    if (JSON_TYPE.test(contentType ?? "") && text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    if (streaming) await response.body?.cancel().catch(() => {});
    const shown = streaming
      ? "(event stream)"
      : textual
        ? this.redact(text.length > BODY_LIMIT ? `${text.slice(0, BODY_LIMIT)}…` : text)
        : bytes.byteLength > 0
          ? `(${bytes.byteLength} bytes of ${contentType ?? "unknown type"})`
          : undefined;
    return {
      operation: op,
      status: response.status,
      headers: response.headers,
      contentType,
      body: parsed,
      exchange: {
        request,
        response: {
          status: response.status,
          headers: this.#headersOf(response.headers),
          ...(shown === undefined ? {} : { body: shown }),
        },
      },
    };
  }

  #headersOf(headers: Headers): Record<string, string> {
    const shown: Record<string, string> = {};
    for (const [name, value] of headers)
      shown[name] = /^(authorization|cookie|set-cookie)$/i.test(name) ? "[redacted]" : this.redact(value);
    return shown;
  }

  #describeBody(body: BodyInit): string {
    if (typeof body === "string")
      return this.redact(body.length > BODY_LIMIT ? `${body.slice(0, BODY_LIMIT)}…` : body);
    if (body instanceof URLSearchParams) return this.redact(body.toString());
    if (body instanceof FormData)
      return [...body.entries()]
        .map(([name, value]) =>
          typeof value === "string" ? `${name}=${this.redact(value)}` : `${name}=(file ${value.size} bytes)`,
        )
        .join("; ");
    return "(binary body)";
  }
}

/** The contract's operation object of `id` (parameters, request body, responses); empty when unknown. */
export function operationObject(id: string): {
  parameters?: unknown[];
  requestBody?: { required?: boolean; content?: Record<string, unknown> };
  responses?: Record<string, unknown>;
} {
  for (const item of Object.values(openapiDocument.paths))
    for (const candidate of Object.values(item) as { operationId?: string }[])
      if (candidate?.operationId === id) return candidate as ReturnType<typeof operationObject>;
  return {};
}

/** The responses an operation declares, by status key ("200", "404", "5XX"). */
export const declaredResponses = (id: string): Record<string, unknown> => operationObject(id).responses ?? {};

/** Runs `work` over `items`, at most `size` at a time. */
export async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

const MODEL = authorizationModel(openapiDocument);
const KINDS = { officer: "officer", leader: "leader", service: "service", citizen: "citizen" } as const;

/**
 * The principal of the tokens file an operation is for whose kind holds its scopes by default (staff first);
 * `null` for a public operation, undefined when the tokens file has none.
 */
export function principalFor(op: OperationSummary, http: Http): PrincipalName | null | undefined {
  if (op.access.public) return null;
  const { principals, scopes } = op.access;
  return (Object.keys(KINDS) as (keyof typeof KINDS)[]).find(
    (name) =>
      http.has(name) &&
      principals.includes(KINDS[name]) &&
      scopes.every((scope) => MODEL.principals[KINDS[name]].scopes.includes(scope)),
  );
}
