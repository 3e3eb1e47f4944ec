// The TanStack Query factories with a real QueryClient (query-core) against a loopback server.
import { InfiniteQueryObserver, MutationObserver, QueryClient } from "@tanstack/query-core";
import { afterEach, describe, expect, it } from "vitest";
import { createClient } from "../client";
import { dossier, json, type Loopback, startLoopback } from "../loopback.test-support";
import { createQueryOptions } from "./index";

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("createQueryOptions", () => {
  it("builds hierarchical keys and fetches through the client", async () => {
    server = await startLoopback((request, response) =>
      json(response, 200, dossier(request.path.split("/").pop() ?? "")),
    );
    const queries = createQueryOptions(createClient({ baseUrl: server.url }));
    const options = queries.dossiers.get("H29-7");
    expect(options.queryKey).toEqual(["cqs", "dossiers", "get", "H29-7"]);
    expect(queries.dossiers.list({ queue: "in_progress" }).queryKey).toEqual([
      "cqs",
      "dossiers",
      "list",
      { queue: "in_progress" },
    ]);
    expect(queries.dossiers.key).toEqual(["cqs", "dossiers"]);
    const queryClient = new QueryClient();
    const data = await queryClient.fetchQuery(options);
    expect(data.code).toBe("H29-7");
    expect(queryClient.getQueryData(options.queryKey)?.code).toBe("H29-7");
  });

  it("chains pages for infinite queries by the next cursor", async () => {
    server = await startLoopback((request, response) =>
      json(
        response,
        200,
        request.search.get("cursor") === "c2"
          ? { items: [dossier("B")], nextCursor: null }
          : { items: [dossier("A")], nextCursor: "c2" },
      ),
    );
    const queries = createQueryOptions(createClient({ baseUrl: server.url }));
    const queryClient = new QueryClient();
    const observer = new InfiniteQueryObserver(queryClient, queries.dossiers.listInfinite({ queue: "all" }));
    await observer.refetch();
    await observer.fetchNextPage();
    const result = observer.getCurrentResult();
    expect(result.data?.pages.flatMap((page) => page.items.map((item) => item.code))).toEqual(["A", "B"]);
    expect(result.hasNextPage).toBe(false);
    expect(server.received.map((request) => request.search.get("queue"))).toEqual(["all", "all"]);
  });

  it("a transition invalidates the dossier queue, counts and items", async () => {
    server = await startLoopback((request, response) => {
      if (request.method === "POST") return json(response, 200, dossier("H29-1", "received"));
      if (request.path === "/v1/dossier-counts") return json(response, 200, { items: [], computedAt: "x" });
      json(response, 200, { items: [dossier("H29-1")], nextCursor: null });
    });
    const queries = createQueryOptions(createClient({ baseUrl: server.url }));
    const queryClient = new QueryClient();
    await queryClient.fetchQuery(queries.dossiers.list({ queue: "awaiting_online_intake" }));
    await queryClient.fetchQuery(queries.dossiers.counts());
    await queryClient.fetchQuery(queries.agencies.list());
    const mutation = new MutationObserver(queryClient, queries.dossiers.transition());
    const result = await mutation.mutate({
      code: "H29-1",
      body: { action: "accept" },
      params: { ifMatch: '"d-1"' },
      idempotencyKey: "key-000001",
    });
    expect(result.status).toBe("received");
    const post = server.received.find((request) => request.method === "POST");
    expect(post?.headers["idempotency-key"]).toBe("key-000001");
    expect(post?.path).toBe("/v1/dossiers/H29-1/transitions");
    const state = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated;
    expect(state(queries.dossiers.list({ queue: "awaiting_online_intake" }).queryKey)).toBe(true);
    expect(state(queries.dossiers.counts().queryKey)).toBe(true);
    expect(state(queries.agencies.list().queryKey)).toBe(false);
  });

  it("leaves downloads and the stream out", () => {
    const queries = createQueryOptions(createClient({ baseUrl: "https://x.gov.vn" })) as unknown as Record<
      string,
      Record<string, unknown>
    >;
    expect(queries.documents?.download).toBeUndefined();
    expect(queries.notifications?.stream).toBeUndefined();
    expect(typeof queries.notifications?.markAllRead).toBe("function");
  });
});
