// Story support for connected widgets: the mocks' stateful handlers for the whole contract, installed per story
// in msw's service worker (a fresh store each time, so one story's writes never leak into the next).
import { createHandlers, type HandlersOptions } from "@chinhquyenso/mocks";
import { delay, http } from "msw";
import type { MswApi } from "msw-storybook-addon/types";
import { STORY_API_URL, STORY_NOW } from "./storybook.story-support";

/** `beforeEach` of a connected story: the seeded platform as of `STORY_NOW`, with optional scenarios. */
export function withSandbox(options: HandlersOptions = {}) {
  return ({ msw }: { msw: MswApi }) => {
    msw.use(...createHandlers({ baseUrl: STORY_API_URL, now: STORY_NOW, seed: 7, ...options }));
  };
}

/** `beforeEach` of a loading story: the platform, except that `path` (e.g. "/v1/meetings") never answers. */
export function withPendingRequest(path: string) {
  return ({ msw }: { msw: MswApi }) => {
    withSandbox()({ msw });
    msw.use(http.get(`${STORY_API_URL}${path}`, () => delay("infinite")));
  };
}
