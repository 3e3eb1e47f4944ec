export { type OpenApiDocument, openapiDocument } from "./document";
export type { components, operations, paths, webhooks } from "./generated/types";
export {
  HTTP_METHODS,
  type HttpMethod,
  idempotencyHeader,
  listOperations,
  type OperationSummary,
  type PaginationConvention,
  type StreamingConvention,
} from "./operations";
