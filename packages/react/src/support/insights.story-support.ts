// Storybook helpers of the insight widgets (never exported from the package).
import { createHandlers, type HandlersOptions } from "@chinhquyenso/mocks";
import { HttpResponse, http, type RequestHandler } from "msw";
import { STORY_API_URL, STORY_NOW } from "./storybook.story-support";

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
    (context as MswContext).msw.use(...handlers, exampleImages);
  };
}

/** A story's `beforeEach` that only answers the example CDN's images (controlled stories with pictures). */
export function withExampleImages(context: unknown) {
  (context as MswContext).msw.use(exampleImages);
}

/** Parameters of a connected story: a client answered by the mocks, the clock pinned. */
export const CONNECTED = { connected: true, now: STORY_NOW } as const;

// The seeded articles' images live on an example CDN that does not exist: answer them with a placeholder so
// stories never reach the network.
const exampleImages = http.get("https://cdn.chinhquyenso.example/*", ({ request }) => {
  const hue = [...new URL(request.url).pathname].reduce((sum, char) => sum + char.charCodeAt(0), 0) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="64"><rect width="96" height="64" fill="hsl(${hue} 40% 55%)"/></svg>`;
  return new HttpResponse(svg, { headers: { "content-type": "image/svg+xml" } });
});
