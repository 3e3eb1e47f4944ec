// Control routes of the sandbox, outside the contract: /__sandbox/health, /reset, /scenarios. They change the
// whole platform, so they answer only the control token (printed at start-up), and send no CORS headers: a web
// page of another origin can neither call them with the token nor read their answers.
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { openapiDocument } from "@chinhquyenso/spec";
import { MockOptionsError } from "../errors";
import type { MapId } from "../seed/maps";
import { ProblemError } from "../store/problem";
import { applyScenario, type Scenario } from "../store/scenarios";
import type { MockStore } from "../store/store";
import { isoOf } from "../util";
import { readSmallBody } from "./adapter";
import type { FaultInjector } from "./faults";

/** Control bodies are a scenario or reset options: small. */
const CONTROL_BODY_LIMIT = 64 * 1024;

interface ControlContext {
  readonly store: MockStore;
  readonly faults: FaultInjector;
  readonly startedAt: number;
  readonly controlToken: string;
}

function send(
  _request: IncomingMessage,
  response: ServerResponse,
  status: number,
  body: unknown,
  type = "application/json",
): void {
  response.writeHead(status, {
    "content-type": type,
    "cache-control": "no-store",
    ...(status === 401 ? { "www-authenticate": 'Bearer realm="chinhquyenso-sandbox-control"' } : {}),
  });
  response.end(JSON.stringify(body));
}

function problem(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  code: string,
  detail: string,
): void {
  send(
    request,
    response,
    status,
    {
      type: `https://docs.chinhquyenso.gov.vn/problems/${code}`,
      title: code.replace(/_/g, " "),
      status,
      code,
      detail,
      requestId: `sandbox_${Date.now().toString(36)}`,
    },
    "application/problem+json",
  );
}

export function health(context: ControlContext) {
  const { store } = context;
  const options = store.datasetOptions;
  return {
    status: "ok",
    api: openapiDocument.info.version,
    seed: options.seed,
    size: options.size,
    dataAsOf: isoOf(options.nowMs),
    snapshot: options.snapshot,
    map: options.map.description,
    time: store.nowIso(),
    uptimeSeconds: Math.round((Date.now() - context.startedAt) / 1000),
    calendarWarnings: store.calendarWarnings.map((warning) => warning.message),
    faults: context.faults.counts,
  };
}

/** Whether the request carries the control token (compared in constant time). */
function hasControlToken(request: IncomingMessage, controlToken: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? "");
  const given = Buffer.from(match?.[1] ?? "");
  const expected = Buffer.from(controlToken);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function handleControl(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  context: ControlContext,
): Promise<void> {
  if (!hasControlToken(request, context.controlToken))
    return problem(
      request,
      response,
      401,
      "control_token_required",
      "Control routes need the sandbox's control token (printed at start-up): Authorization: Bearer <token>.",
    );
  try {
    await route(request, response, url, context);
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    problem(request, response, error.status, error.code, error.detail ?? error.title);
  }
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  context: ControlContext,
): Promise<void> {
  const route = `${request.method} ${url.pathname}`;
  if (route === "GET /__sandbox/health") return send(request, response, 200, health(context));
  if (route === "POST /__sandbox/reset") {
    const body = await readSmallBody(request, CONTROL_BODY_LIMIT);
    let options: { seed?: number; size?: number; now?: string; snapshot?: MapId } = {};
    if (body && body.length > 0) {
      try {
        options = JSON.parse(body.toString("utf8"));
      } catch {
        return problem(
          request,
          response,
          400,
          "bad_request",
          'The body must be JSON: {"seed"?, "size"?, "now"?, "snapshot"?}, or empty.',
        );
      }
    }
    try {
      const { seed, size, now, snapshot } = options;
      context.store.reset({
        ...(seed !== undefined ? { seed } : {}),
        ...(size !== undefined ? { size } : {}),
        ...(now !== undefined ? { now } : {}),
        ...(snapshot !== undefined ? { snapshot } : {}),
      });
    } catch (error) {
      if (error instanceof MockOptionsError)
        return problem(request, response, 400, "bad_request", error.message);
      throw error;
    }
    return send(request, response, 200, health(context));
  }
  if (route === "POST /__sandbox/scenarios") {
    const body = await readSmallBody(request, CONTROL_BODY_LIMIT);
    let scenario: Scenario;
    try {
      scenario = JSON.parse(body?.toString("utf8") ?? "");
    } catch {
      return problem(
        request,
        response,
        400,
        "bad_request",
        'The body must be a scenario as JSON: "empty", {"name":"empty_queue","queue":"in_progress"}…',
      );
    }
    let created: string | undefined;
    try {
      created = applyScenario(context.store, scenario);
    } catch (error) {
      if (error instanceof MockOptionsError)
        return problem(request, response, 400, "bad_request", error.message);
      throw error;
    }
    return send(request, response, 200, { applied: scenario, ...(created ? { created } : {}) });
  }
  return problem(
    request,
    response,
    404,
    "not_found",
    `No sandbox control route ${route}; try GET /__sandbox/health, POST /__sandbox/reset or POST /__sandbox/scenarios.`,
  );
}
