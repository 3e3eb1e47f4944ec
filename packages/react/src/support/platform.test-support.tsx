// A platform for connected-widget tests (never exported from the package): a client answered in-process by the
// mocks' stateful msw handlers, and a provider over it with the tests' clock.
import { createClient } from "@chinhquyenso/client";
import {
  createHandlers,
  createManualClock,
  DEFAULT_TOKENS,
  type HandlersOptions,
  type MockHandlers,
} from "@chinhquyenso/mocks";
import { QueryClient } from "@tanstack/react-query";
import { getResponse, type RequestHandler } from "msw";
import { type ReactNode, useState } from "react";
import { ChinhQuyenSoProvider, type ChinhQuyenSoProviderProps } from "../provider";
import { STORY_NOW } from "./storybook.story-support";

export const TEST_NOW = STORY_NOW;
export const testNow = () => new Date(TEST_NOW);

/** Every request the client sent (method and URL), for assertions on what reached the platform. */
export interface Platform {
  handlers: MockHandlers;
  client: ReturnType<typeof createClient>;
  requests: Request[];
  /** Handlers tried before the mocks' (per-test overrides). */
  overrides: RequestHandler[];
}

/**
 * A client whose fetch is answered by the mocks' stateful handlers, in the page, through msw's `getResponse`
 * (the same handlers the stories and the sandbox use; no service worker, no network).
 */
export function createPlatform(
  options: HandlersOptions & {
    /** Default `sbx-officer`: the default officer, their agency's records. */
    token?: string;
  } = {},
): Platform {
  const { token = DEFAULT_TOKENS.officer, ...handlersOptions } = options;
  const handlers = createHandlers({
    now: TEST_NOW,
    clock: createManualClock(TEST_NOW),
    seed: 7,
    heartbeatMs: 60_000,
    ...handlersOptions,
  });
  const requests: Request[] = [];
  const overrides: RequestHandler[] = [];
  const client = createClient({
    baseUrl: "https://platform.test",
    // The default officer (`sbx-officer`): the mocks answer unknown tokens 401, as a platform does.
    auth: { token: () => token },
    retry: false,
    fetch: async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      requests.push(request.clone());
      const response = await getResponse([...overrides, ...handlers], request);
      return response ?? new Response("no handler", { status: 404 });
    },
  });
  return { handlers, client, requests, overrides };
}

/** A provider over a platform, with a fresh QueryClient (no retries) and the tests' clock. */
export function Connected({
  platform,
  children,
  ...props
}: { platform: Platform; children: ReactNode } & Omit<ChinhQuyenSoProviderProps, "client">) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <ChinhQuyenSoProvider
      client={platform.client}
      queryClient={queryClient}
      now={testNow}
      live={false}
      {...props}
    >
      {children}
    </ChinhQuyenSoProvider>
  );
}
