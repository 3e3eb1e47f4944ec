import bundled from "./generated/openapi.json";

/** The parts of an OpenAPI 3.1 document that consumers of this package read; the rest stays `unknown`. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; [key: string]: unknown };
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, unknown>;
  webhooks?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The bundled contract (all `$ref`s to other files resolved). Typed loosely on purpose: its literal type is huge. */
export const openapiDocument: OpenApiDocument = bundled as OpenApiDocument;
