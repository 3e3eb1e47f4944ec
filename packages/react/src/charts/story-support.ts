// Storybook helpers of the insight widgets (never exported from the package).
import { createHandlers, type HandlersOptions } from "@chinhquyenso/mocks";
import type { RequestHandler } from "msw";
import { STORY_API_URL, STORY_NOW } from "../stories/support";

interface MswContext {
  msw: { use(...handlers: RequestHandler[]): void };
}

/**
 * A story's `beforeEach`: the mocks' stateful handlers (seeded data as of STORY_NOW) at the connected client's
 * URL, with optional named scenarios (empty lists, failing operations…).
 */
export function withMockPlatform(options: HandlersOptions = {}) {
  return (context: unknown) => {
    const handlers = createHandlers({ baseUrl: STORY_API_URL, now: STORY_NOW, seed: 7, ...options });
    (context as MswContext).msw.use(...handlers);
  };
}

/** Parameters of a connected story: a client answered by the mocks, the clock pinned. */
export const CONNECTED = { connected: true, now: STORY_NOW } as const;
