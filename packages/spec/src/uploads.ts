import type { OpenApiDocument } from "./document";
import { HTTP_METHODS } from "./operations";

/** What one multipart field of an operation accepts: how many files, how large, of which types. */
export interface UploadLimits {
  /** The multipart field that carries the files (`files`, `file`). */
  field: string;
  /** How many files one request may carry: the field's `maxItems`, or 1 for a single binary field. */
  maxFiles: number;
  /** Bytes per file. */
  maxFileBytes: number;
  /** Accepted media types (lowercase). */
  contentTypes: readonly string[];
}

type Schema = {
  $ref?: string;
  properties?: Record<string, Schema>;
  maxItems?: number;
  type?: unknown;
} & Record<string, unknown>;

function resolve(document: OpenApiDocument, schema: Schema | undefined): Schema | undefined {
  if (!schema?.$ref) return schema;
  const name = schema.$ref.replace("#/components/schemas/", "");
  return resolve(document, (document.components?.schemas as Record<string, Schema> | undefined)?.[name]);
}

/**
 * The upload limits of every multipart operation, by operationId: the `x-upload-limits` of its file field (bytes
 * and types) with `maxItems` (count). The one source the client, the sandbox and the widgets read; throws when a
 * declaration is malformed.
 */
export function uploadLimits(document: OpenApiDocument): Record<string, UploadLimits> {
  const result: Record<string, UploadLimits> = {};
  for (const item of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as
        | { operationId?: string; requestBody?: { content?: Record<string, { schema?: Schema }> } }
        | undefined;
      const schema = resolve(document, operation?.requestBody?.content?.["multipart/form-data"]?.schema);
      for (const [field, property] of Object.entries(schema?.properties ?? {})) {
        const declared = property["x-upload-limits"] as
          | { maxFileBytes?: unknown; contentTypes?: unknown }
          | undefined;
        if (!declared || !operation?.operationId) continue;
        const where = `${operation.operationId} ${field}`;
        const { maxFileBytes, contentTypes } = declared;
        if (typeof maxFileBytes !== "number" || maxFileBytes <= 0)
          throw new Error(`${where}: x-upload-limits.maxFileBytes must be a positive number`);
        if (!Array.isArray(contentTypes) || !contentTypes.every((type) => typeof type === "string"))
          throw new Error(`${where}: x-upload-limits.contentTypes must list media types`);
        const maxFiles = property.type === "array" ? property.maxItems : 1;
        if (typeof maxFiles !== "number") throw new Error(`${where}: an array of files declares maxItems`);
        result[operation.operationId] = {
          field,
          maxFiles,
          maxFileBytes,
          contentTypes: contentTypes.map((type: string) => type.toLowerCase()),
        };
      }
    }
  }
  return result;
}
