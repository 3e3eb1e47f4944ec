// Server-rendering test helpers (never exported from the package): the mocks' sandbox on a loopback port and the
// real client, so a connected widget can be rendered from data prefetched over real HTTP, as an SSR app does.
import { createClient } from "@chinhquyenso/client";
import { createQueryOptions } from "@chinhquyenso/client/query";
import { DEFAULT_TOKENS } from "@chinhquyenso/mocks";
import { type Sandbox, startSandbox } from "@chinhquyenso/mocks/sandbox";
import { QueryClient } from "@tanstack/react-query";
import { TEST_NOW } from "./insights.test-support";

export async function startSsrPlatform() {
  const sandbox: Sandbox = await startSandbox({ port: 0, seed: 7, now: TEST_NOW });
  const client = createClient({
    baseUrl: sandbox.url,
    retry: false,
    auth: { token: () => DEFAULT_TOKENS.officer },
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { sandbox, client, queryClient, queries: createQueryOptions(client), now: () => new Date(TEST_NOW) };
}
