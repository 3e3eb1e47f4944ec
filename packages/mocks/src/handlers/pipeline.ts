// What every operation goes through before and after its resolver: request id, time-based transitions,
// scenario errors, the Prefer header, authentication, query validation, idempotency keys and error mapping.
// A resolver only implements the operation's own behaviour.
import { redact } from "@chinhquyenso/core";

import { formatOf, isOpen311Operation, open311ErrorResponse, preferredInFormat } from "../open311/respond";
import type { OperationId, OperationInfo } from "../openapi/document";
import { ProblemError } from "../store/problem";
import type { MockStore } from "../store/store";
import { canonicalJson, hashBytes, hashString } from "../util";
import { type Answer, type IncomingCall, JsonAnswer, partsOf, setHeader } from "./answer";
import { authenticate } from "./auth";
import type { RequestContext, Resolver } from "./context";
import { readBody, readHeader, readQuery } from "./input";
import { forcedProblem, parsePrefer, preferredResponse } from "./prefer";
import { problemResponse } from "./respond";

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `Response.error()`: a network error, which has no headers to set (the sandbox resets the connection). */
const isNetworkError = (answer: Answer) => !(answer instanceof JsonAnswer) && answer.type === "error";

/** Header set on a response replayed for a repeated Idempotency-Key. */
export const REPLAYED_HEADER = "idempotent-replayed";

export async function handleOperation<Op extends OperationId>(
  store: MockStore,
  operation: OperationInfo,
  resolver: Resolver<Op>,
  request: IncomingCall,
  params: Readonly<Record<string, string | readonly string[] | undefined>>,
): Promise<Answer> {
  const given = request.headers.get("x-request-id");
  const requestId = given && REQUEST_ID.test(given) ? given : store.nextId("req", 8);
  let response: Answer;
  try {
    response = await run(store, operation, resolver, request, params, requestId);
  } catch (error) {
    response = errorResponse(error, operation, requestId);
    // Open311 GeoReport v2 has its own error shape (an array of { code, description }), in the URL's format.
    if (isOpen311Operation(operation))
      response = open311ErrorResponse(problemOf(error, response), formatOf(params.format) ?? "json");
  }
  if (!isNetworkError(response)) setHeader(response, "x-request-id", requestId);
  return response;
}

async function run<Op extends OperationId>(
  store: MockStore,
  operation: OperationInfo,
  resolver: Resolver<Op>,
  request: IncomingCall,
  params: Readonly<Record<string, string | readonly string[] | undefined>>,
  requestId: string,
): Promise<Answer> {
  store.settle();
  const forced = store.forcedErrors.get(operation.operationId);
  if (forced && forced.remaining > 0) {
    forced.remaining -= 1;
    if (forced.remaining <= 0) store.forcedErrors.delete(operation.operationId);
    throw forcedProblem(operation, forced.status, "Forced by a scenario of the mocks.");
  }
  const preference = parsePrefer(request.headers.get("prefer"));
  if (preference.delay) await sleep(preference.delay);
  const preferred = preferredResponse(operation, preference);
  if (preferred instanceof ProblemError) throw preferred;
  if (preferred && isOpen311Operation(operation))
    return preferredInFormat(preferred, operation, formatOf(params.format) ?? "json");
  if (preferred) return preferred;

  const principal = authenticate(store, operation, request.headers);
  const query = readQuery(operation, new URL(request.url));
  const bytes = operation.requestBody ? new Uint8Array(await request.arrayBuffer()) : new Uint8Array(0);
  let body: Promise<unknown> | undefined;
  const readOnce = () => {
    body ??= readBody(operation, request, bytes);
    return body;
  };
  const path: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) if (typeof value === "string") path[name] = value;
  const context: RequestContext<Op> = {
    store,
    request,
    operation,
    requestId,
    principal,
    user: principal.userId === null ? null : (store.users.get(principal.userId) ?? null),
    path: path as RequestContext<Op>["path"],
    query: query as RequestContext<Op>["query"],
    header: (name) => readHeader(operation, request.headers, name),
    bytes,
    json: () => readOnce() as ReturnType<RequestContext<Op>["json"]>,
    form: <T>() => readOnce() as Promise<T>,
  };
  if (!operation.idempotent) return resolver(context);
  return idempotently(store, operation, context, bytes, () => resolver(context));
}

async function idempotently(
  store: MockStore,
  operation: OperationInfo,
  context: RequestContext,
  bytes: Uint8Array,
  resolve: () => Answer | Promise<Answer>,
): Promise<Answer> {
  const given = context.header("Idempotency-Key");
  // The contract requires the key on every idempotent write: without it nothing is done (400).
  if (given === undefined) throw idempotencyKeyRequired();
  // A key belongs to its principal and operation: another caller's key is a new request, never a replay.
  const key = `${context.principal.id}\u0000${operation.operationId}\u0000${given}`;
  const fingerprint = await fingerprintOf(operation, context.request, bytes);
  for (;;) {
    const lookup = store.idempotency.begin(key, fingerprint, store.now());
    if (lookup.kind === "mismatch") {
      throw new ProblemError(
        422,
        "idempotency_key_reused",
        "Idempotency key reused",
        "This Idempotency-Key was used for another request; use a new key for a new write.",
        {
          errors: [
            { field: "header/Idempotency-Key", code: "reused", message: "was used for another request" },
          ],
        },
      );
    }
    if (lookup.kind === "replay") {
      const stored = await lookup.response;
      if (stored === null) continue; // the first attempt failed with 5xx: act now
      return replay(stored, true);
    }
    let response: Answer;
    try {
      response = await resolve();
    } catch (error) {
      response = errorResponse(error, operation, context.requestId);
    }
    if (response.status >= 500 || isNetworkError(response)) {
      lookup.complete(null);
      return response;
    }
    const stored = await partsOf(response);
    lookup.complete(stored);
    return replay(stored, false);
  }
}

function idempotencyKeyRequired(): ProblemError {
  return new ProblemError(
    400,
    "idempotency_key_required",
    "Idempotency key required",
    "This write requires an Idempotency-Key header (a new UUID per logical write).",
    { errors: [{ field: "header/Idempotency-Key", code: "required", message: "is required" }] },
  );
}

function replay(
  stored: { status: number; headers: readonly (readonly [string, string])[]; body: Uint8Array },
  replayed: boolean,
): Response {
  const headers = new Headers(stored.headers as [string, string][]);
  if (replayed) headers.set(REPLAYED_HEADER, "true");
  const empty = stored.status === 204 || stored.status === 304;
  return new Response(empty ? null : (stored.body.slice() as Uint8Array<ArrayBuffer>), {
    status: stored.status,
    headers,
  });
}

/** What identifies "the same request" for an Idempotency-Key: operation, path and the parsed body. */
async function fingerprintOf(
  operation: OperationInfo,
  request: IncomingCall,
  bytes: Uint8Array,
): Promise<string> {
  const url = new URL(request.url);
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  let body: string;
  if (bytes.byteLength === 0) body = "";
  else if (mediaType === "multipart/form-data") {
    try {
      const form = await new Response(bytes as Uint8Array<ArrayBuffer>, {
        headers: { "content-type": request.headers.get("content-type") ?? "" },
      }).formData();
      const entries: string[] = [];
      for (const [name, value] of form) {
        entries.push(
          typeof value === "string"
            ? `${name}=${value}`
            : `${name}=file:${value.name}:${value.size}:${hashBytes(new Uint8Array(await value.arrayBuffer()))}`,
        );
      }
      body = entries.sort().join("&");
    } catch {
      body = String(hashBytes(bytes));
    }
  } else {
    const text = new TextDecoder().decode(bytes);
    try {
      body = canonicalJson(JSON.parse(text));
    } catch {
      body = text;
    }
  }
  return `${operation.operationId} ${url.pathname} ${hashString(body).toString(36)}:${body.length}`;
}

/** The problem behind an error response: the one thrown, or the 500 a bug became. */
function problemOf(error: unknown, response: Answer): ProblemError {
  return error instanceof ProblemError
    ? error
    : new ProblemError(
        response.status,
        "internal_error",
        "Internal server error",
        "The service failed; try again later.",
      );
}

function errorResponse(error: unknown, operation: OperationInfo, requestId: string): JsonAnswer {
  if (error instanceof ProblemError) return problemResponse(error, requestId);
  // A bug in the mocks: say so without echoing the input (it may hold personal data).
  console.error(
    redact(
      `[@chinhquyenso/mocks] ${operation.operationId} failed: ${(error as Error)?.message ?? String(error)}`,
    ),
  );
  return problemResponse(
    new ProblemError(
      500,
      "internal_error",
      "Internal server error",
      "The mock handler failed; this is a bug in @chinhquyenso/mocks.",
    ),
    requestId,
  );
}
