// msw handlers for every operation of the contract, bound to one store.
import { type HttpHandler, http } from "msw";
import { MockOptionsError } from "../errors";
import { open311Resolvers } from "../open311/resolvers";
import { OPERATIONS, type OperationId } from "../openapi/document";
import { createStore } from "../store/create";
import { applyScenario, type Scenario } from "../store/scenarios";
import type { MockStore, StoreOptions } from "../store/store";
import { type Answer, type IncomingCall, toResponse } from "./answer";
import { catalogueResolvers } from "./catalogue";
import { citizenResolvers } from "./citizens";
import type { Resolver, Resolvers } from "./context";
import { documentResolvers } from "./documents";
import { dossierFileResolvers } from "./dossier-files";
import { dossierResolvers } from "./dossiers";
import { feedbackResolvers } from "./feedback";
import { insightResolvers } from "./insights";
import { notificationResolvers } from "./notifications";
import { officerResolvers } from "./officers";
import { handleOperation } from "./pipeline";
import { reportResolvers } from "./reports";
import { signingResolvers } from "./signing";
import { webhookResolvers } from "./webhooks";
import { workspaceResolvers } from "./workspace";

export interface HandlersOptions extends StoreOptions {
  /** Serve this store instead of creating one (the data-set options are then ignored). */
  readonly store?: MockStore;
  /**
   * Where the API lives: an origin with an optional path prefix (`https://api.example.gov.vn`,
   * `http://localhost:4010/api`). Default `*`: any origin, as the client's `baseUrl` may be anything.
   */
  readonly baseUrl?: string;
  /** Named states applied to the store, in order (an empty queue, a failing operation, signing outcomes…). */
  readonly scenarios?: readonly Scenario[];
}

/** msw handlers (an array, ready for `setupServer(...handlers)` or `worker.use(...handlers)`) and their store. */
export type MockHandlers = HttpHandler[] & { readonly store: MockStore };

const RESOLVERS: Resolvers = {
  ...catalogueResolvers,
  ...dossierResolvers,
  ...dossierFileResolvers,
  ...documentResolvers,
  ...signingResolvers,
  ...feedbackResolvers,
  ...open311Resolvers,
  ...workspaceResolvers,
  ...notificationResolvers,
  ...insightResolvers,
  ...reportResolvers,
  ...citizenResolvers,
  ...officerResolvers,
  ...webhookResolvers,
};

/** The contract's `{param}` path as an msw path (`:param`), under `baseUrl`. */
function mswPath(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${path.replace(/\{([^}]+)\}/g, ":$1")}`;
}

/**
 * Stateful msw handlers for the whole contract, sharing one in-memory store: the seeded data set, filters,
 * cursor pagination, transitions by core's state machine, idempotency keys, the notification stream, webhooks.
 */
export function createHandlers(options: HandlersOptions = {}): MockHandlers {
  const baseUrl = options.baseUrl ?? "*";
  if (baseUrl !== "*" && !/^(\*|https?:\/\/[^/]+)(\/.*)?$/.test(baseUrl))
    throw new MockOptionsError("baseUrl", 'must be "*" or an http(s) origin with an optional path prefix');
  const store = options.store ?? createStore(options);
  for (const scenario of options.scenarios ?? []) applyScenario(store, scenario);
  const handlers: HttpHandler[] = [];
  for (const operation of OPERATIONS.values()) {
    const resolver = RESOLVERS[operation.operationId] as Resolver<OperationId>;
    const method = operation.method as "get" | "post" | "put" | "patch" | "delete" | "head" | "options";
    const call: DirectCall = (request, params) =>
      handleOperation(store, operation, resolver, request, params);
    const handler = http[method](mswPath(baseUrl, operation.path), async ({ request, params }) =>
      toResponse(await call(request, params)),
    );
    directCalls.set(handler, call);
    handlers.push(handler);
  }
  return Object.assign(handlers, { store });
}

/** What a handler does once msw has matched it: the operation, with the path's parameters. */
export type DirectCall = (
  request: IncomingCall,
  params: Readonly<Record<string, string | readonly string[] | undefined>>,
) => Promise<Answer>;

const directCalls = new WeakMap<object, DirectCall>();

/**
 * The operation behind one of `createHandlers`' handlers, for the sandbox: having matched a method + path with
 * msw once, it calls the operation directly (msw's run adds a request clone for its logs, the cookie jar and an
 * abort controller, none of which these handlers use). Undefined for any other handler.
 */
export function directCallOf(handler: object): DirectCall | undefined {
  return directCalls.get(handler);
}
