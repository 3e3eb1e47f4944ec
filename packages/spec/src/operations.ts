import type { OpenApiDocument } from "./document";

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Document-level `x-pagination.<style>`: how a paginated operation takes and returns cursors. */
export interface PaginationConvention {
  style: string;
  cursorParam: string;
  limitParam: string;
  itemsField: string;
  nextCursorField: string;
}

/** Document-level `x-streaming.<style>`: how a streaming operation behaves. */
export interface StreamingConvention {
  style: string;
  contentType: string;
  heartbeatSeconds: number;
  resumeHeader: string;
  eventTypeFrom: string;
}

export interface OperationSummary {
  operationId: string;
  method: HttpMethod;
  path: string;
  summary: string;
  tags: readonly string[];
  /** Set when the operation is marked `x-pagination: <style>`. */
  pagination?: PaginationConvention;
  /** `x-idempotent: true`: the operation takes the document's idempotency header and may be retried. */
  idempotent: boolean;
  /** Set when the operation is marked `x-streaming: <style>`. */
  streaming?: StreamingConvention;
}

interface OperationObject {
  operationId?: string;
  summary?: string;
  tags?: string[];
  "x-pagination"?: unknown;
  "x-idempotent"?: unknown;
  "x-streaming"?: unknown;
}

/** Reads a document-level convention named by an operation's extension; throws when it is not declared. */
function convention<T>(document: OpenApiDocument, extension: string, style: unknown, where: string): T {
  const declared = document[extension] as Record<string, object> | undefined;
  const found = typeof style === "string" ? declared?.[style] : undefined;
  if (!found)
    throw new Error(`${where}: ${extension} "${String(style)}" is not declared at the document level`);
  return { style, ...found } as T;
}

/** Every operation of a document, in path order; throws when one lacks an operationId. */
export function listOperations(document: OpenApiDocument): OperationSummary[] {
  const operations: OperationSummary[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as OperationObject | undefined;
      if (!operation) continue;
      if (!operation.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const where = operation.operationId;
      const idempotent = operation["x-idempotent"] ?? false;
      if (typeof idempotent !== "boolean") throw new Error(`${where}: x-idempotent must be true or false`);
      operations.push({
        operationId: operation.operationId,
        method,
        path,
        summary: operation.summary ?? "",
        tags: operation.tags ?? [],
        idempotent,
        ...(operation["x-pagination"] === undefined
          ? {}
          : {
              pagination: convention<PaginationConvention>(
                document,
                "x-pagination",
                operation["x-pagination"],
                where,
              ),
            }),
        ...(operation["x-streaming"] === undefined
          ? {}
          : {
              streaming: convention<StreamingConvention>(
                document,
                "x-streaming",
                operation["x-streaming"],
                where,
              ),
            }),
      });
    }
  }
  return operations;
}

/** The header that carries idempotency keys (`x-idempotency.header`). */
export function idempotencyHeader(document: OpenApiDocument): string {
  const declared = document["x-idempotency"] as { header?: unknown } | undefined;
  if (typeof declared?.header !== "string") throw new Error("x-idempotency.header is not declared");
  return declared.header;
}
