// hooks.request and hooks.response around the real fetch of an attempt (ky's afterResponse hook would clone
// every response for them). A lazy chunk: createClient starts loading it when a client has those hooks.
import { describeRequest } from "./hook-events";
import type { Hooks } from "./types";

/** `fetch`, reporting each request and its response, redacted, to the hooks. */
export const observedFetch =
  (fetch = globalThis.fetch, hooks: Hooks, operationId: string, attempt: number, secrets: string[]) =>
  // ky always hands its fetch a Request.
  async (request: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const event = { operationId, ...describeRequest(request as Request, secrets), attempt };
    hooks.request?.(event);
    const sentAt = Date.now();
    const response = await fetch(request, init);
    hooks.response?.({
      ...event,
      status: response.status,
      requestId: response.headers.get("x-request-id") ?? undefined,
      durationMs: Date.now() - sentAt,
    });
    return response;
  };
