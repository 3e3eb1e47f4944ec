// The sandbox: the very msw handlers of the main entry, served over real HTTP from Node, with CORS for local
// apps, fault injection (latency, 5xx, dropped connections), control routes under /__sandbox (control token,
// no CORS), body limits and plain paths checked before routing, and a graceful shutdown that closes open
// notification streams.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { redact } from "@chinhquyenso/core";
import { type Answer, toResponse } from "../handlers/answer";
import { createHandlers, type HandlersOptions, type MockHandlers } from "../handlers/create";
import { formatOfPath, OPEN311_CONTENT_TYPES, open311ErrorBody } from "../open311/respond";
import type { MockStore } from "../store/store";
import { bodilessCall, clientLeft, toFetchRequest, writeResponse } from "./adapter";
import { handleControl } from "./control";
import { applyCors, corsHeaders } from "./cors";
import { type FaultCounts, FaultInjector, type FaultOptions } from "./faults";
import {
  bodyLimit,
  DEFAULT_JSON_LIMIT,
  declaredTooLarge,
  limitedBody,
  payloadTooLarge,
  plainTarget,
} from "./limits";
import { checkNonconformingMode, type NonconformingMode, nonconforming } from "./nonconforming";
import { HandlerRouter } from "./routing";

export interface SandboxOptions extends HandlersOptions, FaultOptions {
  /** Default 4010; 0 picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1 (loopback only). */
  readonly host?: string;
  /** Receives one line per API request (method, path without query, status, ms); nothing personal. */
  readonly log?: (line: string) => void;
  /** The bearer token of the control routes (`/__sandbox/*`). Default: a random one, in `Sandbox.controlToken`. */
  readonly controlToken?: string;
  /** Largest JSON request body in bytes (default 1 MB); larger ones answer 413 before being read. */
  readonly jsonBodyLimit?: number;
  /**
   * A testing aid for the conformance kit only: break one rule of the contract on purpose (`NONCONFORMING_MODES`
   * says which mode breaks which rule). Never for apps: the sandbox then does not conform.
   */
  readonly nonconforming?: NonconformingMode;
}

export interface Sandbox {
  /** `http://host:port`, the client's `baseUrl`. */
  readonly url: string;
  readonly server: Server;
  readonly store: MockStore;
  readonly handlers: MockHandlers;
  /** The bearer token the control routes (`/__sandbox/*`) require. */
  readonly controlToken: string;
  /** What the fault injector did so far. */
  readonly faults: FaultCounts;
  /** Changes the error rate or latency while running. */
  configureFaults(options: FaultOptions): void;
  /** Stops accepting connections, ends open streams and waits for requests in flight (at most 5 s). */
  close(): Promise<void>;
}

const API_PATH = /^\/(v1|open311)\//;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function sendProblem(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  code: string,
  title: string,
  detail: string,
  headers: Record<string, string> = {},
): void {
  if (response.headersSent) return;
  applyCors(request, response);
  const path = plainTarget(request.url)?.pathname ?? "";
  if (path.startsWith("/open311/")) {
    // Open311 clients read GeoReport v2 errors (an array of { code, description }), in the URL's format.
    const format = formatOfPath(path);
    const body = open311ErrorBody(status, detail, format);
    response.writeHead(status, {
      "content-type": OPEN311_CONTENT_TYPES[format],
      "content-length": String(Buffer.byteLength(body)),
      ...headers,
    });
    response.end(body);
    return;
  }
  const body = JSON.stringify({
    type: `https://docs.chinhquyenso.gov.vn/problems/${code}`,
    title,
    status,
    code,
    detail,
    requestId: `sandbox_${Date.now().toString(36)}`,
  });
  response.writeHead(status, {
    "content-type": "application/problem+json",
    "content-length": String(Buffer.byteLength(body)),
    ...headers,
  });
  response.end(body);
}

/** An answer not sent: a Response's body stream is cancelled (it may hold a generator or a timer). */
async function discard(answer: Answer | undefined): Promise<void> {
  if (answer instanceof Response) await answer.body?.cancel().catch(() => {});
}

/** Starts the sandbox on loopback; resolves once it listens. Rejects with the listen error (EADDRINUSE…). */
function decodedPath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}

export function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const { port = 4010, host = "127.0.0.1", log } = options;
  const controlToken = options.controlToken ?? randomBytes(18).toString("base64url");
  const jsonLimit = options.jsonBodyLimit ?? DEFAULT_JSON_LIMIT;
  if (!(Number.isInteger(jsonLimit) && jsonLimit > 0))
    return Promise.reject(new RangeError("jsonBodyLimit must be a positive number of bytes"));
  const handlers = createHandlers(options);
  const store = handlers.store;
  let breakRule: ReturnType<typeof nonconforming> | undefined;
  try {
    if (options.nonconforming !== undefined)
      breakRule = nonconforming(checkNonconformingMode(options.nonconforming), store, handlers);
  } catch (error) {
    store.close();
    return Promise.reject(error);
  }
  const faults = new FaultInjector(options, store.datasetOptions.seed);
  const router = new HandlerRouter(handlers);
  const started = Date.now();
  let inFlight = 0;
  let idle: (() => void) | null = null;

  /**
   * The handlers' answer. A GET whose path was routed before goes straight to its operation, without a Fetch
   * Request (the same operation and pipeline msw runs; `HandlerRouter.remembered`); anything else, and every
   * request of a nonconforming sandbox, goes through Fetch and the router.
   */
  async function answerOf(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    limit: number,
  ): Promise<Answer | undefined> {
    const direct = request.method === "GET" && !breakRule ? router.remembered("GET", url) : undefined;
    if (direct) return direct(bodilessCall(request, response, url));
    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    const body = hasBody ? limitedBody(request, limit) : null;
    const fetchRequest = toFetchRequest(request, url, body, clientLeft(response));
    if (!breakRule) return router.respond(fetchRequest);
    return breakRule(fetchRequest, async (request) => {
      const answer = await router.respond(request);
      return answer && toResponse(answer);
    });
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const limit = bodyLimit(request, jsonLimit);
    if (declaredTooLarge(request, limit)) return refuseBody(request, response, limit);
    const fault = faults.draw();
    const latency = faults.latencyMs();
    if (latency > 0) await sleep(latency);
    if (fault === "drop_before") return void request.socket.destroy();
    if (fault === "error_before") {
      const status = faults.errorStatus();
      return sendProblem(
        request,
        response,
        status,
        "injected_fault",
        "Injected fault",
        "The sandbox failed this request on purpose (error rate).",
      );
    }
    const answer = await answerOf(request, response, url, limit);
    if (fault === "drop_after" || (answer instanceof Response && answer.type === "error")) {
      await discard(answer);
      return void request.socket.destroy();
    }
    if (fault === "error_after") {
      await discard(answer);
      return sendProblem(
        request,
        response,
        faults.errorStatus(),
        "injected_fault",
        "Injected fault",
        "The sandbox failed this request on purpose (error rate), after handling it.",
      );
    }
    if (!answer)
      return sendProblem(
        request,
        response,
        404,
        "not_found",
        "Not found",
        `No operation of the contract matches ${request.method} ${url.pathname}.`,
      );
    await writeResponse(answer, response, corsHeaders(request));
  }

  const server = createServer((request, response) => {
    inFlight += 1;
    const begun = performance.now();
    // Routed on the path exactly as sent: one with dot segments or encoded separators is refused, not resolved.
    const target = plainTarget(request.url);
    const given = request.headers.host ?? "";
    const authority = /^[A-Za-z0-9.:[\]-]+$/.test(given)
      ? given
      : `${host.includes(":") ? `[${host}]` : host}:${port}`;
    const url = new URL(`${target?.pathname ?? "/"}${target?.search ?? ""}`, `http://${authority}`);
    const done = () => {
      inFlight -= 1;
      if (API_PATH.test(url.pathname))
        // Paths may carry a citizen ID or a phone number: logs get core's redaction, of the decoded path.
        log?.(
          redact(
            `${request.method} ${decodedPath(url)} ${response.statusCode} ${Math.round(performance.now() - begun)} ms`,
          ),
        );
      if (inFlight === 0) idle?.();
    };
    response.once("close", done);
    const work = async () => {
      if (!target) {
        sendProblem(
          request,
          response,
          400,
          "invalid_path",
          "Bad request",
          "The path has dot segments, encoded separators or backslashes; send it plainly.",
        );
      } else if (url.pathname.startsWith("/__sandbox/")) {
        await handleControl(request, response, url, { store, faults, startedAt: started, controlToken });
      } else if (request.method === "OPTIONS") {
        applyCors(request, response);
        response.writeHead(204).end();
      } else if (API_PATH.test(url.pathname)) {
        await handleApi(request, response, url);
      } else {
        sendProblem(
          request,
          response,
          404,
          "not_found",
          "Not found",
          `No sandbox route for ${url.pathname}; the API is under /v1 and /open311/v2.`,
        );
      }
    };
    work().catch((error: unknown) => {
      console.error(
        redact(`[@chinhquyenso/mocks] sandbox request failed: ${(error as Error)?.message ?? String(error)}`),
      );
      sendProblem(
        request,
        response,
        500,
        "internal_error",
        "Internal server error",
        "The sandbox failed; this is a bug in @chinhquyenso/mocks.",
      );
    });
  });
  // Long keep-alive: a client reusing a connection the server is closing at that very moment gets a reset (the
  // keep-alive race); 5 s idle gaps are common on a loaded machine or a polling dashboard. Shutdown closes idle
  // connections itself, so this does not delay it.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 61_000;

  /**
   * 413 without reading the body: the answer goes out at once and the connection closes after it. What the
   * client still sends is discarded (not buffered) so that it reads the answer instead of a reset.
   */
  function refuseBody(request: IncomingMessage, response: ServerResponse, limit: number): void {
    const problem = payloadTooLarge(limit);
    sendProblem(request, response, 413, problem.code, problem.title, problem.detail ?? "", {
      connection: "close",
    });
    request.resume();
  }

  return new Promise((resolve, reject) => {
    server.once("error", (error) => {
      store.close();
      reject(error);
    });
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      const shownHost = host.includes(":") ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${address.port}`,
        server,
        store,
        handlers,
        controlToken,
        faults: faults.counts,
        configureFaults: (next) => faults.configure(next),
        close: () =>
          new Promise<void>((done) => {
            // At most 5 s in all. Once no request is in flight every connection can go, even one a client opened
            // without sending anything yet (fetch opens spares; Node counts those as busy, not idle).
            const force = setTimeout(() => server.closeAllConnections(), 5_000);
            force.unref();
            server.close(() => {
              clearTimeout(force);
              done();
            });
            store.close();
            server.closeIdleConnections();
            idle = () => server.closeAllConnections();
            if (inFlight === 0) idle();
          }),
      });
    });
  });
}
