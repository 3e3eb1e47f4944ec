// The bundled contract as the handlers read it at run time: operations with their parameters, request bodies,
// declared responses and examples. Everything comes from @chinhquyenso/spec, so spec and handlers cannot drift
// silently (the contract test walks the same table).
import {
  type HttpMethod,
  listOperations,
  type OperationSummary,
  openapiDocument,
  type operations,
} from "@chinhquyenso/spec";

/** Operation ids of the paths (the `webhooks.*` operations are deliveries the platform makes, not serves). */
export type OperationId = Exclude<keyof operations & string, `webhooks.${string}`>;

/** A JSON Schema (OpenAPI 3.1 dialect), loosely typed: the validator reads only what it knows. */
export type Schema = Record<string, unknown>;

export interface ParameterObject {
  readonly name: string;
  readonly in: "query" | "header" | "path" | "cookie";
  readonly required?: boolean;
  readonly schema?: Schema;
  readonly "x-percent-encoded"?: boolean;
}

export interface MediaTypeObject {
  readonly schema?: Schema;
  readonly example?: unknown;
  readonly examples?: Record<string, { value?: unknown; $ref?: string }>;
}

export interface ResponseObject {
  readonly description?: string;
  readonly headers?: Record<string, unknown>;
  readonly content?: Record<string, MediaTypeObject>;
}

export interface OperationInfo extends OperationSummary {
  readonly operationId: OperationId;
  readonly method: HttpMethod;
  /** Path and operation parameters, `$ref`s resolved. */
  readonly parameters: readonly ParameterObject[];
  readonly requestBody: {
    readonly required: boolean;
    readonly content: Record<string, MediaTypeObject>;
  } | null;
  /** Declared responses by status (`200`, `404`, `5XX`), `$ref`s resolved. */
  readonly responses: Readonly<Record<string, ResponseObject>>;
}

/** Follows a local `$ref` (`#/components/...`) of the bundled document; other values come back as they are. */
export function resolveRef<T>(node: T): T {
  let current: unknown = node;
  for (let depth = 0; depth < 20; depth++) {
    const ref = (current as { $ref?: unknown } | null)?.$ref;
    if (typeof ref !== "string") return current as T;
    if (!ref.startsWith("#/")) throw new Error(`unsupported $ref ${ref}`);
    current = ref
      .slice(2)
      .split("/")
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>(
        (value, key) => (value as Record<string, unknown> | undefined)?.[key],
        openapiDocument,
      );
    if (current === undefined) throw new Error(`dangling $ref ${ref}`);
  }
  throw new Error("$ref chain too deep");
}

function operationObject(summary: OperationSummary): Record<string, unknown> {
  return (
    (openapiDocument.paths[summary.path] as Record<string, Record<string, unknown>>)[summary.method] ?? {}
  );
}

function describe(summary: OperationSummary): OperationInfo {
  const pathItem = openapiDocument.paths[summary.path] as Record<string, unknown>;
  const operation = operationObject(summary);
  const parameters = [
    ...((pathItem.parameters as unknown[] | undefined) ?? []),
    ...((operation.parameters as unknown[] | undefined) ?? []),
  ].map((parameter) => resolveRef(parameter) as ParameterObject);
  const body = resolveRef(operation.requestBody as Record<string, unknown> | undefined);
  const responses = Object.fromEntries(
    Object.entries((operation.responses as Record<string, unknown>) ?? {}).map(([status, response]) => [
      status,
      resolveRef(response) as ResponseObject,
    ]),
  );
  return {
    ...summary,
    operationId: summary.operationId as OperationId,
    parameters,
    requestBody: body
      ? {
          required: body.required === true,
          content: (body.content as Record<string, MediaTypeObject> | undefined) ?? {},
        }
      : null,
    responses,
  };
}

/** Every operation of the contract, by operationId. */
export const OPERATIONS: ReadonlyMap<OperationId, OperationInfo> = new Map(
  listOperations(openapiDocument).map((summary) => [summary.operationId as OperationId, describe(summary)]),
);

export function operationInfo(operationId: OperationId): OperationInfo {
  const info = OPERATIONS.get(operationId);
  if (!info) throw new Error(`the contract has no operation ${operationId}`);
  return info;
}

/** Whether the operation declares `status` (exactly, or through a `4XX` / `5XX` range). */
export function declaresStatus(operation: OperationInfo, status: number): boolean {
  return String(status) in operation.responses || `${String(status)[0]}XX` in operation.responses;
}

/** The declared response for a status (exact, then range). */
export function declaredResponse(operation: OperationInfo, status: number): ResponseObject | undefined {
  return operation.responses[String(status)] ?? operation.responses[`${String(status)[0]}XX`];
}

/** The success status the operation answers with (its first 2xx). */
export function successStatus(operation: OperationInfo): number {
  const found = Object.keys(operation.responses).find((status) => /^2\d\d$/.test(status));
  return found ? Number(found) : 200;
}

/** The named examples (and the single `example`, as `default`) of a response's media types. */
export function responseExamples(response: ResponseObject | undefined): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const media of Object.values(response?.content ?? {})) {
    if (media.example !== undefined && !found.has("default")) found.set("default", media.example);
    for (const [name, example] of Object.entries(media.examples ?? {})) {
      found.set(name, (resolveRef(example) as { value?: unknown }).value);
    }
  }
  return found;
}
