// Test helpers (never exported from the package): the real client and the mocks' msw handlers, joined through
// the client's `fetch` option, so connected widgets run the full request path in Chromium without a network.
import { createClient } from "@chinhquyenso/client";
import { createHandlers, DEFAULT_TOKENS, type HandlersOptions } from "@chinhquyenso/mocks";
import { QueryClient } from "@tanstack/react-query";
import { getResponse } from "msw";
import type { ReactNode } from "react";
import { ChinhQuyenSoProvider } from "../provider/ChinhQuyenSoProvider";
import type { Locale, Theme } from "../provider/context";

/** The fixed "now" of the insight widgets' tests (Thursday 26 November 2026, 10:00 in Vietnam). */
export const TEST_NOW = "2026-11-26T10:00:00+07:00";

export function mockedPlatform(options: HandlersOptions = {}) {
  const handlers = createHandlers({ now: TEST_NOW, seed: 7, ...options });
  // The seeded articles point at an example CDN: same-origin paths keep the browser off the network.
  for (const article of handlers.store.world.news)
    if (article.imageUrl) article.imageUrl = `/__test-images__/${article.id}.jpg`;
  const requests: string[] = [];
  const client = createClient({
    baseUrl: "https://sandbox.chinhquyenso.test",
    retry: false,
    auth: { token: () => DEFAULT_TOKENS.officer },
    fetch: async (input, init) => {
      const request = new Request(input, init);
      requests.push(`${request.method} ${new URL(request.url).pathname}${new URL(request.url).search}`);
      const response = await getResponse(handlers, request);
      return response ?? new Response("not mocked", { status: 599 });
    },
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { client, queryClient, store: handlers.store, requests };
}

export type MockedPlatform = ReturnType<typeof mockedPlatform>;

/** A provider connected to a mocked platform, live stream off, clock pinned to TEST_NOW. */
export function TestPlatform({
  platform,
  children,
  locale = "vi",
  theme,
}: {
  platform: MockedPlatform;
  children: ReactNode;
  locale?: Locale;
  theme?: Theme;
}) {
  return (
    <ChinhQuyenSoProvider
      client={platform.client}
      queryClient={platform.queryClient}
      live={false}
      locale={locale}
      {...(theme ? { theme } : {})}
      now={testNow}
    >
      {children}
    </ChinhQuyenSoProvider>
  );
}

const testNow = () => new Date(TEST_NOW);
