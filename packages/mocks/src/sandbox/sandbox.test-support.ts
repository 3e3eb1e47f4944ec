// Test helpers: a sandbox on a free loopback port with a fixed `now`, and the real client pointed at it.
import { ApiError, type ChinhQuyenSoClient, createClient } from "@chinhquyenso/client";
import { type Sandbox, type SandboxOptions, startSandbox } from "./server";

/** Thursday 26 November 2026, 10:00 in Vietnam: the fixed "now" of the tests. */
export const TEST_NOW = "2026-11-26T10:00:00+07:00";

/**
 * The token of the mocks' own behaviour tests: they check the store's rules over the whole province's data (every
 * agency's dossiers, feedback of every kind), so `startTestSandbox` opts in to the any-token principal explicitly
 * unless a test passes its own `auth` (the trust tests call as the named principals, unknown tokens refused).
 */
export const ANY_TOKEN = "mocks-behaviour-test";

export async function startTestSandbox(
  options: SandboxOptions = {},
): Promise<{ sandbox: Sandbox; client: ChinhQuyenSoClient }> {
  const sandbox = await startSandbox({
    port: 0,
    seed: 7,
    size: 300,
    now: TEST_NOW,
    auth: { unknownTokens: "any" },
    ...options,
  });
  const client = createClient({ baseUrl: sandbox.url, auth: { token: () => ANY_TOKEN }, retry: false });
  return { sandbox, client };
}

/** A raw request to the sandbox with a bearer token (for what the typed client refuses to send). */
export function raw(sandbox: Sandbox, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has("authorization")) headers.set("authorization", `Bearer ${ANY_TOKEN}`);
  return fetch(`${sandbox.url}${path}`, { ...init, headers });
}

/** The ApiError a call rejects with (fails the test if it resolves or rejects with something else). */
export async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}
