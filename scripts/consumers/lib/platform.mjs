// The platform the framework consumers talk to: the mocks' sandbox (from the workspace build) on a free
// loopback port, with its clock pinned to the fixtures' SANDBOX_NOW so every run sees the same data.
import { startSandbox } from "@chinhquyenso/mocks/sandbox";

export const SANDBOX_NOW = "2026-11-26T10:00:00+07:00";

export async function startPlatform() {
  // The fixtures sign in with their own tokens (a random server secret, checked never to reach the browser):
  // the explicit opt-in to the sandbox's any-token principal.
  const sandbox = await startSandbox({
    port: 0,
    seed: 1,
    size: 200,
    now: SANDBOX_NOW,
    auth: { unknownTokens: "any" },
  });
  /** GET on the sandbox, as any signed-in user. */
  const get = async (pathAndQuery) => {
    const response = await fetch(`${sandbox.url}${pathAndQuery}`, {
      headers: { authorization: "Bearer consumer-check" },
    });
    if (!response.ok) throw new Error(`sandbox ${pathAndQuery} answered ${response.status}`);
    return response.json();
  };
  return { url: sandbox.url, get, close: () => sandbox.close() };
}

/** A secret the server side of a fixture signs in with; the checks make sure it never reaches the browser. */
export const serverToken = () => `server-secret-${crypto.randomUUID()}`;

/** Fails when `html` lacks any of `texts` or contains any of `forbidden`. */
export function expectHtml(html, texts, forbidden = []) {
  const missing = texts.filter((text) => !html.includes(text));
  const leaked = forbidden.filter((text) => html.includes(text));
  if (missing.length > 0) throw new Error(`the HTML lacks ${missing.map((t) => `"${t}"`).join(", ")}`);
  if (leaked.length > 0) throw new Error(`the HTML contains ${leaked.map((t) => `"${t}"`).join(", ")}`);
}

/** The page's requests to `api` whose path is one of `paths` (e.g. a list the server had already loaded). */
export const requestsTo = (requests, api, paths) =>
  requests.filter((url) => url.origin === new URL(api).origin && paths.includes(url.pathname));

/**
 * The page's request that opens the notification stream: the provider starts it in an effect that runs after
 * its widgets' effects, through a lazily loaded chunk, so a widget's refetch on mount would have been sent
 * before it.
 */
export const liveStreamOf = (api) => (url) =>
  url.origin === new URL(api).origin && url.pathname === "/v1/notification-stream";
