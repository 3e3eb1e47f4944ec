import type { OpenApiDocument } from "./document";

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface OperationSummary {
  operationId: string;
  method: HttpMethod;
  path: string;
  summary: string;
  tags: readonly string[];
}

interface OperationObject {
  operationId?: string;
  summary?: string;
  tags?: string[];
}

/** Every operation of a document, in path order; throws when one lacks an operationId. */
export function listOperations(document: OpenApiDocument): OperationSummary[] {
  const operations: OperationSummary[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as OperationObject | undefined;
      if (!operation) continue;
      if (!operation.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      operations.push({
        operationId: operation.operationId,
        method,
        path,
        summary: operation.summary ?? "",
        tags: operation.tags ?? [],
      });
    }
  }
  return operations;
}
