// Public option and result types of the runtime (the generated types refer to these).
import type { ClientError } from "./errors";
import type { UploadProgress } from "./xhr";

export type { UploadProgress };

type MaybePromise<T> = T | Promise<T>;

export interface AuthOptions {
  /** The current access token (without "Bearer "); called before every attempt. */
  token: () => MaybePromise<string | null | undefined>;
  /**
   * Renew the token after a 401. Called once for any number of concurrent 401s (single-flight); each request
   * is then replayed once with the new token. Without it, a 401 is thrown as is.
   */
  refresh?: () => Promise<unknown>;
}

export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  limit?: number;
  /** First backoff in ms, doubled each retry, with full jitter (default 300). */
  baseDelay?: number;
  /** Longest single backoff in ms (default 5000). */
  maxDelay?: number;
  /**
   * Cap on a call that can retry, all attempts and waits included, in ms (default 30000). A call that cannot
   * retry (`retry: false`, `limit: 0`, a write without an idempotency key) is bounded by `timeout` alone.
   */
  maxElapsed?: number;
}

export interface RequestEvent {
  operationId: string;
  method: string;
  /** Redacted URL. */
  url: string;
  /** Redacted headers (Authorization and the lookup reason hidden). */
  headers: Record<string, string>;
  /** 0 for the first attempt. */
  attempt: number;
}

export interface ResponseEvent extends RequestEvent {
  status: number;
  requestId: string | undefined;
  durationMs: number;
}

export interface RetryEvent {
  operationId: string;
  /** The retry about to start (1 = first retry). */
  attempt: number;
  /** Why: `HTTP 503`, `timeout`, `network`. */
  reason: string;
}

/** Observability hooks. Every payload is redacted: no token, citizen ID, phone number or lookup reason. */
export interface Hooks {
  request?: (event: RequestEvent) => void;
  response?: (event: ResponseEvent) => void;
  retry?: (event: RetryEvent) => void;
  /** Every error a call ends with, and malformed stream events that were skipped. */
  error?: (error: ClientError) => void;
}

export interface ClientOptions {
  /** Base URL of the platform, e.g. `https://api.chinhquyenso.gov.vn` (operations add `/v1/...`). */
  baseUrl: string;
  auth?: AuthOptions;
  /** Retries of idempotent requests; `false` turns them off. */
  retry?: RetryOptions | false;
  /** Per-attempt timeout in ms (default 30000); `false` for none. */
  timeout?: number | false;
  /** A fetch implementation (default: the global fetch). */
  fetch?: typeof fetch;
  hooks?: Hooks;
  /** Sent as `X-Client-Info: name/version`, so the platform can tell apps apart. */
  appInfo?: { name: string; version?: string };
  /** Extra headers for every request. */
  headers?: Record<string, string>;
}

export interface RequestOptions {
  signal?: AbortSignal;
  timeout?: number | false;
  retry?: RetryOptions | false;
  headers?: Record<string, string>;
  /** For idempotent writes: your own key (default: a fresh UUID per call, reused across its retries). */
  idempotencyKey?: string;
  /**
   * Uploads (multipart operations): called as the body is sent, in bytes of the whole request. In browsers the
   * request then goes through XMLHttpRequest (fetch cannot report upload progress over HTTP/1.1); where there is
   * no XMLHttpRequest (Node), or when the client was given its own `fetch`, it is never called. Each attempt
   * starts again from 0.
   */
  onUploadProgress?: (progress: UploadProgress) => void;
}

export interface StreamOptions {
  signal?: AbortSignal;
  /** Resume after this event id (sent as `Last-Event-ID`). */
  lastEventId?: string;
  /** No byte for this long means a dead connection: reconnect (default: 2.5 × the spec's heartbeat). */
  heartbeatTimeout?: number;
  /** Reconnection backoff: first delay and cap, in ms (defaults 1000 and 30000; a server `retry:` wins). */
  reconnectDelay?: number;
  maxReconnectDelay?: number;
  /** Events whose `type` this client version does not know; they are not yielded. */
  onUnknownEvent?: (event: { id: string | undefined; type: string; data: unknown }) => void;
  /** Connection state, for a "reconnecting…" indicator: before each attempt, once open, and before each wait. */
  onStateChange?: (state: StreamState) => void;
}

export type StreamState = "connecting" | "open" | "reconnecting";

/** A downloaded file. Read the body once: `blob()` or `stream`. */
export interface Download {
  /** From Content-Disposition, when the server names the file. */
  filename: string | undefined;
  contentType: string;
  /** Bytes, from Content-Length, when known. */
  size: number | undefined;
  stream: ReadableStream<Uint8Array>;
  blob(): Promise<Blob>;
}

/** Every item of every page; `byPage()` yields the pages instead. Stops when the signal aborts. */
export interface Paginator<Item, Page> extends AsyncIterable<Item> {
  byPage(): AsyncIterable<Page>;
}
