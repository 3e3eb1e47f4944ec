// The `Prefer` request header, as Prism reads it: `code=503` forces a declared status (with the contract's
// example for it, or a problem built to its schema), `example=<name>` answers a named example of the
// contract, and `delay=<ms>` waits first. Forced errors from scenarios use the same builder.
import {
  declaredResponse,
  declaresStatus,
  type OperationInfo,
  resolveRef,
  responseExamples,
  successStatus,
} from "../openapi/document";
import { ProblemError } from "../store/problem";

export interface Preference {
  readonly code?: number;
  readonly example?: string;
  readonly delay?: number;
}

const MAX_DELAY_MS = 60_000;

/** Parses `Prefer: code=404, example=notFound, delay=500` (also `;`-separated); other preferences are ignored. */
export function parsePrefer(header: string | null): Preference {
  if (!header) return {};
  const found: Record<string, string> = {};
  for (const part of header.split(/[,;]/)) {
    const [key, ...rest] = part.split("=");
    const name = key?.trim().toLowerCase();
    if (name && rest.length > 0)
      found[name] = rest
        .join("=")
        .trim()
        .replace(/^"(.*)"$/, "$1");
  }
  const preference: { code?: number; example?: string; delay?: number } = {};
  if (found.code !== undefined) {
    const code = Number(found.code);
    if (!/^\d{3}$/.test(found.code) || code < 200 || code > 599)
      throw preferProblem("code", "must be an HTTP status from 200 to 599");
    preference.code = code;
  }
  if (found.delay !== undefined) {
    const delay = Number(found.delay);
    if (!/^\d+$/.test(found.delay) || delay > MAX_DELAY_MS)
      throw preferProblem("delay", `must be milliseconds from 0 to ${MAX_DELAY_MS}`);
    preference.delay = delay;
  }
  if (found.example !== undefined) preference.example = found.example;
  return preference;
}

function preferProblem(key: string, message: string): ProblemError {
  return new ProblemError(400, "invalid_prefer", "Bad request", `Prefer ${key} ${message}`, {
    errors: [{ field: `header/Prefer`, code: "invalid_value", message: `${key} ${message}` }],
  });
}

const DEFAULT_CODES: Record<number, [code: string, title: string]> = {
  400: ["bad_request", "Bad request"],
  401: ["token_expired", "Unauthorized"],
  403: ["insufficient_scope", "Forbidden"],
  404: ["not_found", "Not found"],
  409: ["conflict", "Conflict"],
  412: ["etag_mismatch", "Precondition failed"],
  413: ["file_too_large", "Payload too large"],
  422: ["validation_failed", "Validation failed"],
  428: ["if_match_required", "Precondition required"],
  429: ["rate_limited", "Too many requests"],
  500: ["internal_error", "Internal server error"],
  502: ["bad_gateway", "Bad gateway"],
  503: ["unavailable", "Service unavailable"],
  504: ["gateway_timeout", "Gateway timeout"],
};

/** The schema name of a response's problem body (`ValidationProblem`, `SigningProblem`…). */
function problemSchemaName(operation: OperationInfo, status: number): string {
  const content = declaredResponse(operation, status)?.content ?? {};
  const ref = (Object.values(content)[0]?.schema as { $ref?: string } | undefined)?.$ref ?? "";
  return ref.split("/").pop() ?? "Problem";
}

/** Headers the contract attaches to a status (WWW-Authenticate, Retry-After, RateLimit). */
function statusHeaders(status: number): Record<string, string> {
  if (status === 401) return { "www-authenticate": 'Bearer realm="chinhquyenso", error="invalid_token"' };
  if (status === 429) return { "retry-after": "1", ratelimit: '"default";r=0;t=1' };
  if (status === 503) return { "retry-after": "1" };
  return {};
}

/** A problem for a forced error status, shaped by the schema the operation declares for it. */
export function forcedProblem(
  operation: OperationInfo,
  status: number,
  reason: string,
  exampleName?: string,
): ProblemError {
  const examples = responseExamples(declaredResponse(operation, status));
  const example =
    (exampleName !== undefined ? examples.get(exampleName) : undefined) ?? examples.values().next().value;
  if (exampleName !== undefined && !examples.has(exampleName))
    throw unknownExample(operation, status, exampleName, examples);
  const [defaultCode, defaultTitle] = DEFAULT_CODES[status] ?? [`http_${status}`, "Error"];
  if (example && typeof example === "object") {
    const {
      type: _type,
      title,
      status: _status,
      code,
      requestId: _requestId,
      detail,
      ...extra
    } = example as Record<string, unknown>;
    return new ProblemError(
      status,
      String(code ?? defaultCode),
      String(title ?? defaultTitle),
      typeof detail === "string" ? detail : reason,
      extra,
      statusHeaders(status),
    );
  }
  const extra: Record<string, unknown> = {};
  switch (problemSchemaName(operation, status)) {
    case "ValidationProblem":
      extra.errors = [{ field: "header/Prefer", code: "forced", message: reason }];
      break;
    case "RateLimitProblem":
      extra.retryAfter = 1;
      break;
    case "SigningProblem":
      extra.errorCode = "provider_unavailable";
      break;
    case "TransitionProblem":
      extra.currentStatus = "processing";
      extra.allowedActions = ["request_supplement", "request_payment", "suspend", "finish", "withdraw"];
      break;
  }
  return new ProblemError(status, defaultCode, defaultTitle, reason, extra, statusHeaders(status));
}

function unknownExample(
  operation: OperationInfo,
  status: number,
  name: string,
  examples: Map<string, unknown>,
): ProblemError {
  const known = [...examples.keys()].filter((key) => key !== "default");
  return new ProblemError(
    400,
    "invalid_prefer",
    "Bad request",
    `${operation.operationId} has no example "${name}" for ${status}`,
    {
      errors: [
        {
          field: "header/Prefer",
          code: "unknown_example",
          message:
            known.length > 0 ? `known examples: ${known.join(", ")}` : "this response has no named example",
        },
      ],
    },
  );
}

/**
 * What a preference makes of the request: a ready response (a forced status or an example), or undefined
 * to go on normally. Throws a 400 problem for a status the operation does not declare.
 */
export function preferredResponse(
  operation: OperationInfo,
  preference: Preference,
): Response | ProblemError | undefined {
  // No preference (nearly every request): nothing to look up in the contract.
  if (preference.code === undefined && preference.example === undefined) return undefined;
  const success = successStatus(operation);
  const status = preference.code ?? (preference.example !== undefined ? success : undefined);
  if (status === undefined) return undefined;
  if (!declaresStatus(operation, status)) {
    const declared = Object.keys(operation.responses).join(", ");
    return new ProblemError(
      400,
      "invalid_prefer",
      "Bad request",
      `${operation.operationId} does not declare ${status}`,
      {
        errors: [
          { field: "header/Prefer", code: "undeclared_status", message: `declared statuses: ${declared}` },
        ],
      },
    );
  }
  if (status >= 400)
    return forcedProblem(operation, status, "Forced by the Prefer header.", preference.example);
  if (preference.example === undefined) return status === success ? undefined : emptySuccess(status);
  const examples = responseExamples(declaredResponse(operation, status));
  if (!examples.has(preference.example))
    return unknownExample(operation, status, preference.example, examples);
  const response = resolveRef(declaredResponse(operation, status));
  const mediaType = Object.keys(response?.content ?? {})[0] ?? "application/json";
  return new Response(JSON.stringify(examples.get(preference.example)), {
    status,
    headers: { "content-type": mediaType },
  });
}

function emptySuccess(status: number): Response {
  return new Response(null, { status });
}
