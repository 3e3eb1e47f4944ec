// Test support for connected widgets in Chromium: the real client, talking to the mocks' stateful handlers for
// the whole contract (the same ones the sandbox serves over HTTP), answered in-process through `fetch`.
import { createClient } from "@chinhquyenso/client";
import { createHandlers, DEFAULT_TOKENS, type HandlersOptions } from "@chinhquyenso/mocks";
import { getResponse } from "msw";

/** Thursday 26 November 2026, 09:00 in Vietnam (as the stories' clock). */
export const TEST_NOW = "2026-11-26T09:00:00+07:00";

export function sandboxClient(options: HandlersOptions = {}) {
  const handlers = createHandlers({ now: TEST_NOW, seed: 7, size: 200, ...options });
  const requests: Request[] = [];
  const fetchFromHandlers: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    const response = await getResponse(handlers, request);
    if (!response) throw new TypeError(`no handler for ${request.method} ${request.url}`);
    return response;
  };
  const client = createClient({
    baseUrl: "https://sandbox.chinhquyenso.test",
    fetch: fetchFromHandlers,
    retry: false,
    auth: { token: () => DEFAULT_TOKENS.officer },
  });
  return { client, store: handlers.store, requests };
}
