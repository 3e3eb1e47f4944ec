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

/** Kinds of principal a token can belong to (document-level `x-authorization.principals`). */
export const PRINCIPAL_KINDS = ["officer", "leader", "citizen", "service"] as const;
export type PrincipalKind = (typeof PRINCIPAL_KINDS)[number];

/** How an operation's records are scoped to the caller (`x-record-scope`). */
export const RECORD_SCOPES = ["agency", "own", "shared"] as const;
export type RecordScope = (typeof RECORD_SCOPES)[number];

/** Who may call an operation, from its `security`, `x-principals`, `x-record-scope` and `x-public`. */
export type OperationAccess =
  | {
      readonly public: false;
      /** The security scheme the credential is for: `oidc` (a bearer token) or another (Open311's `api_key`). */
      readonly scheme: string;
      /** Scopes the principal needs (the scheme's requirement: OAuth scopes, or the roles an `api_key` needs). */
      readonly scopes: readonly string[];
      readonly principals: readonly PrincipalKind[];
      readonly recordScope: RecordScope;
    }
  | { readonly public: true /** Why anyone may call it (`x-public`). */; readonly reason: string };

/** Document-level `x-authorization`: the principal kinds with their scopes, and what each record scope means. */
export interface AuthorizationModel {
  readonly principals: Readonly<Record<PrincipalKind, { description: string; scopes: readonly string[] }>>;
  readonly recordScopes: Readonly<Record<RecordScope, string>>;
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
  /** Who may call it; every operation declares it (throws when one does not). */
  access: OperationAccess;
}

interface OperationObject {
  operationId?: string;
  summary?: string;
  tags?: string[];
  "x-pagination"?: unknown;
  "x-idempotent"?: unknown;
  "x-streaming"?: unknown;
  security?: unknown;
  "x-principals"?: unknown;
  "x-record-scope"?: unknown;
  "x-public"?: unknown;
}

/** Reads an operation's access rules; throws when they are missing or inconsistent (no operation is unguarded). */
function accessOf(operation: OperationObject, where: string): OperationAccess {
  const security = operation.security;
  if (!Array.isArray(security)) throw new Error(`${where}: declares no security (use [] for a public one)`);
  if (security.length === 0) {
    const reason = operation["x-public"];
    if (typeof reason !== "string" || reason.trim() === "")
      throw new Error(`${where}: a public operation (security: []) says why in x-public`);
    return { public: true, reason };
  }
  const [requirement] = security as Record<string, unknown>[];
  const [scheme = ""] = Object.keys(requirement ?? {});
  const scopes = requirement?.[scheme];
  if (
    security.length !== 1 ||
    Object.keys(requirement ?? {}).length !== 1 ||
    !Array.isArray(scopes) ||
    scopes.length === 0
  )
    throw new Error(`${where}: security must be one scheme with the scopes it needs`);
  const principals = operation["x-principals"];
  if (
    !Array.isArray(principals) ||
    principals.length === 0 ||
    !principals.every((kind) => (PRINCIPAL_KINDS as readonly unknown[]).includes(kind))
  )
    throw new Error(`${where}: x-principals must list some of ${PRINCIPAL_KINDS.join(", ")}`);
  const recordScope = operation["x-record-scope"];
  if (!(RECORD_SCOPES as readonly unknown[]).includes(recordScope))
    throw new Error(`${where}: x-record-scope must be one of ${RECORD_SCOPES.join(", ")}`);
  return {
    public: false,
    scheme,
    scopes: scopes as string[],
    principals: principals as PrincipalKind[],
    recordScope: recordScope as RecordScope,
  };
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
        access: accessOf(operation, where),
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

/** The document-level `x-authorization` model; throws when it is not declared. */
export function authorizationModel(document: OpenApiDocument): AuthorizationModel {
  const declared = document["x-authorization"] as Partial<AuthorizationModel> | undefined;
  if (!declared?.principals || !declared.recordScopes) throw new Error("x-authorization is not declared");
  for (const kind of PRINCIPAL_KINDS)
    if (!Array.isArray(declared.principals[kind]?.scopes))
      throw new Error(`x-authorization.principals.${kind}.scopes is not declared`);
  return declared as AuthorizationModel;
}
