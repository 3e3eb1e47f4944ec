// Test helpers for the trust rules: a platform answered in-process by the msw handlers, called as any principal,
// and requests built from the contract's operations (paths filled, the headers each operation needs).
import { getResponse } from "msw";
import type { World } from "../dataset/types";
import { createHandlers, type HandlersOptions, type MockHandlers } from "../handlers/create";
import type { OperationInfo } from "../openapi/document";
import { createManualClock } from "../store/clock";
import { createStore } from "../store/create";
import { defaultUsers, type UserEntry } from "../store/principals";
import type { MockStore } from "../store/store";
import { TEST_NOW } from "./sandbox";

export const BASE = "https://platform.test";

/** Handlers whose users are the default ones plus `extra(world)`; unknown tokens are refused, as on a platform. */
export function platformWith(
  extra: (world: World) => UserEntry[] = () => [],
  options: HandlersOptions = {},
): MockHandlers {
  const settings = { seed: 7, size: 120, now: TEST_NOW, clock: createManualClock(TEST_NOW), ...options };
  const world = createStore({ ...settings, clock: createManualClock(TEST_NOW) }).world;
  return createHandlers({
    ...settings,
    auth: { users: [...defaultUsers(world), ...extra(world)], unknownTokens: "reject" },
  });
}

export interface Call {
  readonly method?: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: BodyInit;
}

/** Sends a request as the principal of `token` (none: no Authorization header). */
export async function callAs(handlers: MockHandlers, token: string | null, call: Call): Promise<Response> {
  const headers = new Headers(call.headers);
  if (token) headers.set("authorization", `Bearer ${token}`);
  const request = new Request(`${BASE}${call.path}`, {
    method: call.method ?? "GET",
    headers,
    ...(call.body === undefined ? {} : { body: call.body }),
  });
  return (await getResponse(handlers, request)) ?? new Response("no handler", { status: 599 });
}

/** A request to `operation` with `params` in its path and the headers it requires (a fresh Idempotency-Key). */
export function requestTo(operation: OperationInfo, params: Record<string, string> = {}): Call {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? "x"),
  );
  const headers: Record<string, string> = {};
  if (operation.idempotent) headers["idempotency-key"] = crypto.randomUUID();
  for (const parameter of operation.parameters)
    if (parameter.in === "header" && parameter.required && parameter.name !== "Idempotency-Key")
      headers[parameter.name.toLowerCase()] = parameter.name === "If-Match" ? '"stale"' : "kiem-tra";
  const query = operation.parameters
    .filter((parameter) => parameter.in === "query" && parameter.required)
    .map((parameter) => `${parameter.name}=${parameter.schema?.format === "date" ? "2026-11-01" : "x"}`);
  const needsBody = operation.requestBody?.required === true;
  const json = needsBody && "application/json" in (operation.requestBody?.content ?? {});
  if (json) headers["content-type"] = "application/json";
  return {
    method: operation.method.toUpperCase(),
    path: query.length > 0 ? `${path}?${query.join("&")}` : path,
    headers,
    ...(json ? { body: "{}" } : {}),
  };
}

/** Every citizen ID of the data set but `except`: none of them may reach that citizen. */
export function otherCitizenIds(store: MockStore, except: string): string[] {
  const ids = new Set<string>();
  for (const record of store.dossiers.values()) {
    if (record.applicant.citizenId) ids.add(record.applicant.citizenId);
    if (record.representative?.citizenId) ids.add(record.representative.citizenId);
  }
  ids.delete(except);
  return [...ids];
}
