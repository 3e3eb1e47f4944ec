// msw answers a request by trying every handler in order (one per operation of the contract: parse the URL,
// read the cookies, match the path, each step awaited) until one responds. The sandbox serves the same paths
// again and again, so it remembers, per method + URL path, which handler msw matches first and with which path
// parameters, and next time calls that handler's operation directly (`directCallOf`) — or, for a handler that is
// not one of `createHandlers`', lets msw run the list from that handler on. Whether an HTTP handler with a string
// or RegExp path matches depends only on the method and the URL, so no answer changes. Any change to the handler
// list forgets everything. A remembered operation can be called without a Fetch Request at all (`remembered`).
import { getResponse, HttpHandler, type RequestHandler } from "msw";
import type { Answer, IncomingCall } from "../handlers/answer";
import { type DirectCall, directCallOf } from "../handlers/create";

/** Distinct method + path pairs remembered (paths carry ids); past it the memory starts again. */
const MAX_REMEMBERED = 1000;

interface Route {
  /** Index of the first handler that matches. */
  readonly from: number;
  readonly params: Parameters<DirectCall>[1];
  readonly call: DirectCall | undefined;
}

const keyOf = (method: string, url: URL) => `${method} ${url.origin}${url.pathname}`;

export class HandlerRouter {
  readonly #handlers: readonly RequestHandler[];
  #snapshot: RequestHandler[] = [];
  #routes = new Map<string, Route>();

  constructor(handlers: readonly RequestHandler[]) {
    this.#handlers = handlers;
  }

  /** The answer of the handlers to `request`, as `getResponse(handlers, request)` gives it. */
  async respond(request: Request): Promise<Answer | undefined> {
    this.#forgetIfChanged();
    const url = new URL(request.url);
    const key = keyOf(request.method, url);
    let route = this.#routes.get(key);
    if (route === undefined) {
      const found = await this.#route(request);
      if (found === null) return getResponse(this.#handlers as RequestHandler[], request);
      if (this.#routes.size >= MAX_REMEMBERED) this.#routes.clear();
      this.#routes.set(key, found);
      route = found;
    }
    if (route.call) return route.call(request, route.params);
    return getResponse(this.#handlers.slice(route.from) as RequestHandler[], request);
  }

  /**
   * The first handler whose method and path match `request` (a used `once` handler included: msw then moves on
   * to the next, as it would have) and its path parameters; null when none matches or one before it may match
   * on more than the URL.
   */
  async #route(request: Request): Promise<Route | null> {
    for (let index = 0; index < this.#handlers.length; index++) {
      const handler = this.#handlers[index] as RequestHandler;
      // A predicate of its own may read more than the URL (cookies, headers): no remembering past it.
      if (!(handler instanceof HttpHandler) || typeof handler.info.path === "function") return null;
      const parsedResult = await handler.parse({ request });
      if (!(await handler.predicate({ request, parsedResult }))) continue;
      return {
        from: index,
        params: Object.freeze({ ...(parsedResult.match.params ?? {}) }),
        call: directCallOf(handler),
      };
    }
    return null;
  }

  /**
   * The operation `respond` would call directly for `method` and `url`, if it has matched that path before:
   * called with any `IncomingCall`, it answers as `respond` does. Undefined for a path not matched yet or not
   * answered by one of `createHandlers`' handlers.
   */
  remembered(method: string, url: URL): ((request: IncomingCall) => Promise<Answer>) | undefined {
    this.#forgetIfChanged();
    const route = this.#routes.get(keyOf(method, url));
    const call = route?.call;
    return call && ((request) => call(request, route.params));
  }

  #forgetIfChanged(): void {
    const handlers = this.#handlers;
    const snapshot = this.#snapshot;
    let same = handlers.length === snapshot.length;
    for (let index = 0; same && index < handlers.length; index++) same = handlers[index] === snapshot[index];
    if (same) return;
    this.#snapshot = [...handlers];
    this.#routes.clear();
  }
}
