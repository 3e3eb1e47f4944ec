// Bad input gets the declared 400 or 422 with field pointers — never a 2xx, never a 5xx. Query parameters are
// broken from their schemas (a number out of range, a value outside an enum, a malformed date); JSON bodies are
// sent as an array where an object is due, and a body of bounded whole numbers (a 1–5 rating) gets one past its
// maximum.
import { openapiDocument } from "@chinhquyenso/spec";
import {
  allOperations,
  declaredResponses,
  inBatches,
  operationObject,
  principalFor,
  type Reply,
} from "../http";
import type { Cases, Rule, RunContext } from "../rule";
import { codeOf, validate } from "../rule";
import { SYNTHETIC_HEADER_TEXT } from "../synthetic";

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: {
    type?: string;
    format?: string;
    enum?: unknown[];
    minimum?: number;
    maximum?: number;
    $ref?: string;
  };
  $ref?: string;
}

const resolveRef = <T>(value: T & { $ref?: string }): T =>
  value.$ref
    ? (value.$ref
        .slice(2)
        .split("/")
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], openapiDocument) as T)
    : value;

/** A value the parameter's schema refuses, or undefined when nothing simple breaks it. */
function badValue(parameter: Parameter): string | undefined {
  const schema = parameter.schema ? resolveRef(parameter.schema) : undefined;
  const items = (schema as { items?: Parameter["schema"] })?.items;
  const target = items ? resolveRef(items) : schema;
  if (!target) return undefined;
  if (target.enum) return "kiem-thu-gia-tri-sai";
  if (target.format === "date") return "31/12/2026";
  if (target.type === "integer" && target.maximum !== undefined) return String(target.maximum + 1000);
  if (target.type === "integer" && target.minimum !== undefined) return String(target.minimum - 1000);
  if (target.type === "integer") return "khong-phai-so";
  return undefined;
}

/** Checks a refusal: a declared 400/422 with `errors[].field`, never 2xx or 5xx. */
function expectRefusal(context: RunContext, cases: Cases, name: string, reply: Reply, statuses: number[]) {
  // Open311 answers GeoReport v2 errors ({ code, description }), which have no field pointers.
  const pointers = !reply.operation.tags.includes("open311");
  const problems: string[] = [];
  if (!statuses.includes(reply.status))
    problems.push(`expected ${statuses.join(" or ")}, got ${reply.status}${codeOf(reply)}`);
  else {
    problems.push(...validate(context, reply));
    const errors = (reply.body as { errors?: { field?: unknown }[] } | undefined)?.errors;
    if (
      pointers &&
      (!Array.isArray(errors) ||
        errors.length === 0 ||
        errors.some((error) => typeof error.field !== "string"))
    )
      problems.push("the problem lists no errors[].field pointing at the bad input");
  }
  cases.check(name, problems, reply.exchange);
}

const refusalStatuses = (id: string) =>
  [400, 422].filter((status) => String(status) in declaredResponses(id));

export const validationRules: Rule[] = [
  {
    id: "validation.bad-input",
    title: "Bad parameters and bodies answer the declared 400/422 with field pointers, never 2xx or 5xx",
    section: "components.responses.BadRequest, components.responses.Unprocessable",
    tags: ["validation", "errors"],
    async run(context, cases) {
      const work: (() => Promise<void>)[] = [];
      for (const op of allOperations()) {
        const statuses = refusalStatuses(op.operationId);
        if (statuses.length === 0 || op.streaming) continue;
        const as = principalFor(op, context.http);
        if (as === undefined) continue;
        const object = operationObject(op.operationId);
        const path: Record<string, string> = {};
        // A real record where the path names one: the request is refused for its input, not for its target.
        for (const [, name = ""] of op.path.matchAll(/\{([^}]+)\}/g)) path[name] = recordFor(name, context);
        const parameters = ((object.parameters ?? []) as Parameter[]).map((parameter) =>
          resolveRef(parameter),
        );
        // Valid required query parameters around the broken one, so that only it is wrong.
        const base: Record<string, string> = {};
        for (const parameter of parameters)
          if (parameter.in === "query" && parameter.required)
            base[parameter.name] = validValue(parameter, context);
        const headers: Record<string, string> = {};
        for (const parameter of parameters)
          if (
            parameter.in === "header" &&
            parameter.required &&
            !/^(idempotency-key|if-match)$/i.test(parameter.name)
          )
            headers[parameter.name] = SYNTHETIC_HEADER_TEXT;
        const query = parameters.find(
          (parameter) => parameter.in === "query" && badValue(parameter) !== undefined,
        );
        if (query && op.method === "get") {
          const bad = badValue(query) ?? "";
          work.push(async () => {
            const reply = await context.http.call(op.operationId, {
              as,
              path,
              headers,
              query: { ...base, [query.name]: bad },
            });
            expectRefusal(
              context,
              cases,
              `${op.operationId} query ${query.name}`,
              reply,
              statuses.includes(400) ? [400] : statuses,
            );
          });
        }
        const json = object.requestBody?.content?.["application/json"];
        const usesIfMatch = parameters.some((parameter) => /^if-match$/i.test(parameter.name));
        if (json && op.method !== "get" && !usesIfMatch) {
          if (Object.values(path).includes("kiem-thu")) {
            cases.skip(`${op.operationId} body`, "no record of the kind its path names");
            continue;
          }
          if (!context.allowWrites) {
            cases.skip(`${op.operationId} body`, "a body sent to a write: needs --allow-writes");
            continue;
          }
          work.push(async () => {
            // An array where the contract wants an object: refused whatever the object's required fields are.
            const reply = await context.http.call(op.operationId, {
              as,
              path,
              headers: { ...headers, "content-type": "application/json" },
              raw: "[]",
            });
            expectRefusal(context, cases, `${op.operationId} body`, reply, statuses);
          });
          const outOfRange = outOfRangeBody((json as { schema?: unknown }).schema);
          if (outOfRange)
            work.push(async () => {
              // Every required field present, one whole number past its maximum (a rating of 6 on a 1–5 scale).
              const reply = await context.http.call(op.operationId, {
                as,
                path,
                headers: { ...headers, "content-type": "application/json" },
                raw: JSON.stringify(outOfRange.body),
              });
              const name = `${op.operationId} body ${outOfRange.field} above its maximum`;
              const errors = (reply.body as { errors?: { field?: unknown }[] } | undefined)?.errors;
              const named =
                Array.isArray(errors) &&
                errors.some(
                  (error) => error.field === `/${outOfRange.field}` || error.field === outOfRange.field,
                );
              if (statuses.includes(reply.status) && !named)
                cases.check(name, [`no errors[].field names ${outOfRange.field}`], reply.exchange);
              else expectRefusal(context, cases, name, reply, statuses);
            });
        }
      }
      await inBatches(work, 4, (task) => task());
    },
  },
];

interface BodySchema {
  $ref?: string;
  required?: string[];
  properties?: Record<string, Parameter["schema"]>;
}

/**
 * A body whose required fields are all bounded whole numbers (today `feedback.rate`'s 1–5 `rating`): each at its
 * minimum, the first one past its maximum. Undefined for other bodies, where one bad field is not all that is wrong.
 */
export function outOfRangeBody(
  declared: unknown,
): { field: string; body: Record<string, number> } | undefined {
  if (!declared) return undefined;
  const schema = resolveRef(declared as BodySchema);
  const required = schema.required ?? [];
  if (required.length === 0) return undefined;
  const body: Record<string, number> = {};
  for (const name of required) {
    const property = schema.properties?.[name];
    const target = property ? resolveRef(property) : undefined;
    if (target?.type !== "integer" || target.minimum === undefined || target.maximum === undefined)
      return undefined;
    body[name] = target.minimum;
  }
  const field = required[0] ?? "";
  const first = schema.properties?.[field];
  body[field] = (first ? (resolveRef(first).maximum ?? 0) : 0) + 1;
  return { field, body };
}

function recordFor(parameter: string, context: RunContext): string {
  const { data } = context;
  const first = (items: readonly Record<string, unknown>[], key: string) =>
    typeof items[0]?.[key] === "string" ? (items[0][key] as string) : "kiem-thu";
  if (parameter === "format") return "json";
  if (parameter === "code") return first(data.dossiers, "code");
  if (parameter === "feedbackId") return first(data.feedback, "id");
  if (parameter === "meetingId") return first(data.meetings, "id");
  if (parameter === "documentId") return first(data.documents, "id");
  return "kiem-thu";
}

function validValue(parameter: Parameter, context: RunContext): string {
  const schema = parameter.schema ? resolveRef(parameter.schema) : undefined;
  if (schema?.format === "date") return context.data.today;
  if (parameter.name === "agencyCode") return context.data.agencyCode ?? "kiem-thu";
  if (parameter.name === "year") return context.data.today.slice(0, 4);
  return "kiem-thu";
}
