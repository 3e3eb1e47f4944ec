export { type OpenApiDocument, openapiDocument } from "./document";
export { HTTP_METHODS, type HttpMethod, listOperations, type OperationSummary } from "./operations";
