import type { operations } from "@chinhquyenso/spec";
import type { UserRecord } from "../dataset/types";
import type { OperationId, OperationInfo } from "../openapi/document";
import type { Principal } from "../store/principals";
import type { MockStore } from "../store/store";
import type { Answer, IncomingCall } from "./answer";

type Parameters<Op extends OperationId> = operations[Op]["parameters"];
type QueryOf<Op extends OperationId> =
  Parameters<Op> extends { query?: infer Query } ? NonNullable<Query> : never;
type PathOf<Op extends OperationId> =
  Parameters<Op> extends { path: infer Path } ? Path : Record<string, never>;
type JsonRequestOf<Op extends OperationId> = operations[Op] extends {
  requestBody?: { content: { "application/json": infer Body } };
}
  ? Body
  : never;

/** What a resolver gets: the store, the checked inputs (typed by the contract) and the caller. */
export interface RequestContext<Op extends OperationId = OperationId> {
  readonly store: MockStore;
  readonly request: IncomingCall;
  readonly operation: OperationInfo;
  readonly requestId: string;
  /** Who calls, resolved once from the bearer token (`ANONYMOUS` on public operations). */
  readonly principal: Principal;
  /** The civil servant the principal is (officers and leaders); null for citizens and service accounts. */
  readonly user: UserRecord | null;
  readonly path: PathOf<Op>;
  /** Query parameters, coerced and validated against the contract. */
  readonly query: Partial<QueryOf<Op>>;
  /** A header parameter, validated (percent-decoded where the contract says so). */
  header(name: string): string | undefined;
  /** The JSON body, validated against the operation's schema. */
  json(): Promise<JsonRequestOf<Op>>;
  /** A multipart or form-urlencoded body as an object (files as Blobs), validated against the operation's schema. */
  form<T>(): Promise<T>;
  /** The body as received (empty when the operation declares none). */
  readonly bytes: Uint8Array;
}

export type Resolver<Op extends OperationId> = (context: RequestContext<Op>) => Answer | Promise<Answer>;

/** One resolver per operation of the contract: a missing one fails to type-check. */
export type Resolvers = { readonly [Op in OperationId]: Resolver<Op> };
