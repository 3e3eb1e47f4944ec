// Control routes of the sandbox, outside the contract: /__sandbox/health, /__sandbox/reset.
import type { IncomingMessage, ServerResponse } from "node:http";
import { openapiDocument } from "@chinhquyenso/spec";
import { MockOptionsError } from "../errors";
import type { MapId } from "../seed/maps";
import { applyScenario, type Scenario } from "../store/scenarios";
import type { MockStore } from "../store/store";
import { isoOf } from "../util";
import { readBody } from "./adapter";
import { applyCors } from "./cors";
import type { FaultInjector } from "./faults";

interface ControlContext {
  readonly store: MockStore;
  readonly faults: FaultInjector;
  readonly startedAt: number;
}

function send(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  body: unknown,
  type = "application/json",
): void {
  applyCors(request, response);
  response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
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

export async function handleControl(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  context: ControlContext,
): Promise<void> {
  const route = `${request.method} ${url.pathname}`;
  if (route === "GET /__sandbox/health") return send(request, response, 200, health(context));
  if (route === "POST /__sandbox/reset") {
    const body = await readBody(request);
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
    const body = await readBody(request);
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
