export { type ChinhQuyenSoClient, createClient } from "./client";
export type * from "./generated/types";
export {
  AbortError,
  ApiError,
  ClientError,
  InputError,
  NetworkError,
  ResponseError,
  TimeoutError,
} from "./runtime/errors";
export { isApiError } from "./runtime/is-api-error";
export { redact } from "./runtime/redact";
export type {
  AuthOptions,
  ClientOptions,
  Download,
  Hooks,
  Paginator,
  RequestEvent,
  RequestOptions,
  ResponseEvent,
  RetryEvent,
  RetryOptions,
  StreamOptions,
  StreamState,
  UploadProgress,
} from "./runtime/types";
// The v4 UUID the client sends as `Idempotency-Key` when none is given, for apps (and widgets) that keep one key
// per user intent across retries; works on plain-http pages too (no crypto.randomUUID there).
export { newIdempotencyKey } from "./runtime/uuid";
