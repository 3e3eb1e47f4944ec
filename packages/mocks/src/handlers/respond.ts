// Typed responses: a handler can only send the body the contract declares for an operation and status.
import type { operations } from "@chinhquyenso/spec";
import type { OperationId } from "../openapi/document";
import type { ProblemError } from "../store/problem";
import type { Json } from "../store/serialized";
import { JsonAnswer } from "./answer";

type Responses<Op extends OperationId> = operations[Op]["responses"];
type JsonOf<R> = R extends { content: { "application/json": infer Body } } ? Body : never;

/** The JSON body the contract declares for `Op` answering `Status`. */
export type JsonBody<Op extends OperationId, Status extends keyof Responses<Op>> = JsonOf<
  Responses<Op>[Status]
>;

/** The success statuses of an operation that have a JSON body. */
export type JsonStatus<Op extends OperationId> = {
  [S in keyof Responses<Op>]: S extends number
    ? S extends 200 | 201 | 202
      ? JsonOf<Responses<Op>[S]> extends never
        ? never
        : S
      : never
    : never;
}[keyof Responses<Op>];

function jsonAnswer(body: string | Uint8Array, status: number, headers: Record<string, string>): JsonAnswer {
  return new JsonAnswer(status, { "content-type": "application/json", ...headers }, body);
}

export function json<Op extends OperationId, Status extends JsonStatus<Op>>(
  _operation: Op,
  status: Status,
  body: JsonBody<Op, Status>,
  headers: Record<string, string> = {},
): JsonAnswer {
  return jsonAnswer(JSON.stringify(body), status as number, headers);
}

/** `json` for a body already serialised (`store/serialized.ts`: once per record version). */
export function jsonBytes<Op extends OperationId, Status extends JsonStatus<Op>>(
  _operation: Op,
  status: Status,
  body: Json<JsonBody<Op, Status>>,
  headers: Record<string, string> = {},
): JsonAnswer {
  return jsonAnswer(body, status as number, headers);
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** A file download: the bytes with their type and a Content-Disposition naming the file (RFC 6266, UTF-8). */
export function file(bytes: Uint8Array, contentType: string, name: string): Response {
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      "content-type": contentType,
      "content-length": String(bytes.byteLength),
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    },
  });
}

export const PROBLEM_TYPE_BASE = "https://docs.chinhquyenso.gov.vn/problems/";

export function problemBody(problem: ProblemError, requestId: string): Record<string, unknown> {
  return {
    type: `${PROBLEM_TYPE_BASE}${problem.code}`,
    title: problem.title,
    status: problem.status,
    ...(problem.detail ? { detail: problem.detail } : {}),
    code: problem.code,
    requestId,
    ...problem.extra,
  };
}

export function problemResponse(problem: ProblemError, requestId: string): JsonAnswer {
  return new JsonAnswer(
    problem.status,
    { "content-type": "application/problem+json", ...problem.headers },
    JSON.stringify(problemBody(problem, requestId)),
  );
}
