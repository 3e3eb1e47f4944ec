// Test support (never exported from the package): the stateful msw handlers of @chinhquyenso/mocks answering
// the real client in the page, through the client's `fetch` option, with a switch that loses answers after the
// platform has acted (the network drop that idempotency keys exist for).
import { type ChinhQuyenSoClient, createClient } from "@chinhquyenso/client";
import {
  type Clock,
  createHandlers,
  DEFAULT_TOKENS,
  type MockStore,
  type Scenario,
  type SigningBehaviour,
} from "@chinhquyenso/mocks";
import { QueryClient } from "@tanstack/react-query";
import { getResponse } from "msw";
import type { ReactNode } from "react";
import { ChinhQuyenSoProvider, type Locale } from "../provider";
import type { SigningDocument } from "./types";

export const TEST_API = "https://platform.signing.test";
export const DATA_NOW = "2026-11-26T09:00:00+07:00";

export interface RecordedCall {
  method: string;
  path: string;
  idempotencyKey: string | null;
  /** The platform's answer, once it came (none when the call failed before reaching it). */
  status?: number;
}

export interface TestPlatform {
  store: MockStore;
  /** The default officer's client (`sbx-officer`). */
  client: ChinhQuyenSoClient;
  /** Another principal's client over the same platform (`DEFAULT_TOKENS.leader`…): another tab's officer. */
  as(token: string): ChinhQuyenSoClient;
  calls: RecordedCall[];
  /** Signing requests created since the platform started. */
  created(): string[];
  /** The next `times` calls matching lose their answer after the platform handled them. */
  dropAfter(match: (call: RecordedCall) => boolean, times?: number): void;
  /** The simulated signer confirms every request awaiting them in their app, now. */
  confirmInApp(): void;
  /** Calls matching fail before reaching the platform until `restore()`. */
  offline(match: (call: RecordedCall) => boolean): void;
  restore(): void;
  /**
   * Holds matching calls until the returned function is called: their answers (`after`, the platform has
   * acted), or the calls themselves before they reach the platform (`before`).
   */
  hold(match: (call: RecordedCall) => boolean, when?: "before" | "after"): () => void;
  documents(count: number): SigningDocument[];
}

export function createTestPlatform(
  options: { signing?: SigningBehaviour; scenarios?: Scenario[]; size?: number; clock?: Clock } = {},
): TestPlatform {
  const handlers = createHandlers({
    baseUrl: TEST_API,
    seed: 1,
    size: options.size ?? 10,
    now: DATA_NOW,
    signing: { confirmAfterMs: 300, ...options.signing },
    ...(options.scenarios ? { scenarios: options.scenarios } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const store = handlers.store;
  const seeded = new Set(store.signingRequests.keys());
  const calls: RecordedCall[] = [];
  let drops: { match: (call: RecordedCall) => boolean; left: number }[] = [];
  let down: ((call: RecordedCall) => boolean) | undefined;
  type Hold = { match: (call: RecordedCall) => boolean; gate: Promise<void>; when: "before" | "after" };
  let holds: Hold[] = [];
  const waitFor = async (call: RecordedCall, when: Hold["when"]) => {
    for (const hold of holds) if (hold.when === when && hold.match(call)) await hold.gate;
  };

  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const call: RecordedCall = {
      method: request.method,
      path: new URL(request.url).pathname,
      idempotencyKey: request.headers.get("idempotency-key"),
    };
    calls.push(call);
    if (down?.(call)) throw new TypeError("Failed to fetch");
    await waitFor(call, "before");
    const response = (await getResponse(handlers, request)) ?? new Response(null, { status: 404 });
    call.status = response.status;
    await waitFor(call, "after");
    const drop = drops.find((entry) => entry.left > 0 && entry.match(call));
    if (drop) {
      drop.left -= 1;
      throw new TypeError("Failed to fetch");
    }
    return response;
  };

  const clientAs = (token: string) =>
    createClient({ baseUrl: TEST_API, fetch, retry: false, auth: { token: () => token } });
  return {
    store,
    client: clientAs(DEFAULT_TOKENS.officer),
    as: clientAs,
    calls,
    created: () => [...store.signingRequests.keys()].filter((id) => !seeded.has(id)),
    confirmInApp() {
      for (const record of store.signingRequests.values())
        if (record.state === "awaiting_user") record.confirmAtMs = store.now();
      store.settle(); // applies it now, and tells the notification stream
    },
    dropAfter(match, times = 1) {
      drops.push({ match, left: times });
    },
    offline(match) {
      down = match;
    },
    restore() {
      down = undefined;
      drops = [];
    },
    hold(match, when = "after") {
      let release = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const entry = { match, gate, when };
      holds.push(entry);
      return () => {
        holds = holds.filter((item) => item !== entry);
        release();
      };
    },
    documents: (count) => signableDocuments(store, count),
  };
}

/** Documents awaiting signature in a store, as a host would pass them. */
export function signableDocuments(store: MockStore | undefined, count: number): SigningDocument[] {
  return [...(store?.documents.values() ?? [])]
    .filter((document) => document.state === "awaiting_signature")
    .slice(0, count)
    .map((document) => ({
      id: document.id,
      number: document.number ? `${document.number}/${document.notation}` : "",
      subject: document.subject,
      type: document.type,
      ...(document.pages ? { pages: document.pages } : {}),
    }));
}

export const isCreate = (call: RecordedCall) =>
  call.method === "POST" && call.path === "/v1/signing/requests";
export const isCancel = (call: RecordedCall) => call.path.endsWith("/cancellation");
export const isPoll = (call: RecordedCall) =>
  call.method === "GET" && call.path.startsWith("/v1/signing/requests/");

/** A provider over the test platform, its clock following the platform's. */
export function Connected({
  platform,
  children,
  locale = "vi",
  live = false,
}: {
  platform: TestPlatform;
  children: ReactNode;
  locale?: Locale;
  /** Open the notifications stream (the mocks' SSE) for live updates. */
  live?: boolean;
}) {
  return (
    <ChinhQuyenSoProvider
      client={platform.client}
      queryClient={sharedQueryClient(platform)}
      live={live}
      locale={locale}
      now={() => new Date(platform.store.now())}
    >
      {children}
    </ChinhQuyenSoProvider>
  );
}

const queryClients = new WeakMap<TestPlatform, QueryClient>();
function sharedQueryClient(platform: TestPlatform): QueryClient {
  let client = queryClients.get(platform);
  if (!client) {
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    queryClients.set(platform, client);
  }
  return client;
}
