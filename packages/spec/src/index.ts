export { type OpenApiDocument, openapiDocument } from "./document";
export type { components, operations, paths, webhooks } from "./generated/types";
export {
  type AuthorizationModel,
  authorizationModel,
  HTTP_METHODS,
  type HttpMethod,
  idempotencyHeader,
  listOperations,
  type OperationAccess,
  type OperationSummary,
  type PaginationConvention,
  PRINCIPAL_KINDS,
  type PrincipalKind,
  RECORD_SCOPES,
  type RecordScope,
  type StreamingConvention,
} from "./operations";
export { type UploadLimits, uploadLimits } from "./uploads";
