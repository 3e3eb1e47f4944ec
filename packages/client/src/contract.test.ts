// Contract tests against a real HTTP server on loopback: retries, idempotency, auth refresh, timeouts, aborts.
import { afterEach, describe, expect, it } from "vitest";
import { createClient } from "./client";
import { dossier, json, type Loopback, problem, startLoopback } from "./loopback.test-support";
import { AbortError, ApiError, NetworkError, TimeoutError } from "./runtime/errors";

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const fast = { baseDelay: 5, maxDelay: 20 };
const transitionBody = { action: "accept" } as const;

describe("safe retries", () => {
  it("retries a transition through injected 503s with one Idempotency-Key and writes once", async () => {
    const writes = new Map<string, number>();
    let attempts = 0;
    server = await startLoopback((request, response) => {
      attempts++;
      if (attempts <= 2) return json(response, 503, problem(503, "unavailable"));
      const key = String(request.headers["idempotency-key"]);
      writes.set(key, (writes.get(key) ?? 0) + 1);
      json(response, 200, dossier("H29-1", "received"));
    });
    const client = createClient({ baseUrl: server.url, retry: fast });
    const result = await client.dossiers.transition("H29-1", transitionBody, { ifMatch: '"d-1"' });
    expect(result.status).toBe("received");
    expect(attempts).toBe(3);
    const keys = new Set(server.received.map((request) => request.headers["idempotency-key"]));
    expect(keys.size).toBe(1);
    expect([...writes.values()]).toEqual([1]);
    expect(server.received[0]?.headers["if-match"]).toBe('"d-1"');
  });

  it("retries an idempotent write after a timeout; the server dedupes by key, so nothing is written twice", async () => {
    const writes = new Map<string, unknown>();
    server = await startLoopback((request, response) => {
      const key = String(request.headers["idempotency-key"]);
      const first = !writes.has(key);
      if (first) writes.set(key, JSON.parse(request.body));
      // The first attempt is processed but answered too late: the client times out and retries.
      setTimeout(
        () =>
          json(response, 201, {
            id: "sig_1",
            provider: "smartca",
            kind: "approval",
            state: "awaiting_user",
            items: [],
            createdAt: "x",
            expiresAt: "y",
          }),
        first ? 1500 : 0,
      );
    });
    const client = createClient({ baseUrl: server.url, retry: fast, timeout: 500 });
    const created = await client.signing.createRequest({
      provider: "smartca",
      kind: "approval",
      items: [{ source: "document", documentId: "d1", format: "pades" }],
    });
    expect(created.id).toBe("sig_1");
    expect(server.received).toHaveLength(2);
    expect(writes.size).toBe(1);
  });

  it("never retries a write that is not idempotent (OTP confirmation)", async () => {
    server = await startLoopback((_request, response) => json(response, 503, problem(503, "unavailable")));
    const client = createClient({ baseUrl: server.url, retry: fast });
    const error = await client.signing.confirm("sig_1", { otp: "123456" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(server.received).toHaveLength(1);
    expect(server.received[0]?.headers["idempotency-key"]).toBeUndefined();
  });

  it("honours Retry-After between attempts", async () => {
    const times: number[] = [];
    server = await startLoopback((_request, response) => {
      times.push(Date.now());
      if (times.length === 1)
        return json(response, 429, problem(429, "rate_limited", { retryAfter: 1 }), { "retry-after": "1" });
      json(response, 200, { items: [], computedAt: "2026-01-01T00:00:00Z" });
    });
    const client = createClient({ baseUrl: server.url, retry: fast });
    await client.dossiers.counts();
    expect(times).toHaveLength(2);
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it("fails at once with the 429 when Retry-After exceeds the time left", async () => {
    server = await startLoopback((_request, response) =>
      json(response, 429, problem(429, "rate_limited", { retryAfter: 120 }), { "retry-after": "120" }),
    );
    const client = createClient({ baseUrl: server.url, retry: { ...fast, maxElapsed: 2000 } });
    const error = await client.dossiers.counts().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "ApiError", status: 429, retryAfter: 120 });
    expect(server.received).toHaveLength(1);
  });

  it("stops at the total time cap with a TimeoutError", async () => {
    server = await startLoopback((_request, response) => json(response, 503, problem(503, "unavailable")));
    const client = createClient({
      baseUrl: server.url,
      retry: { limit: 50, baseDelay: 100, maxDelay: 100, maxElapsed: 400 },
    });
    const started = Date.now();
    const error = await client.agencies.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain("gave up after 400 ms");
    expect(Date.now() - started).toBeLessThan(2000);
    expect(server.received.length).toBeLessThan(10);
  });

  it("bounds a call without retries by its timeout alone, not by retry.maxElapsed", async () => {
    server = await startLoopback((_request, response) => {
      setTimeout(() => json(response, 200, { items: [], nextCursor: null }), 300);
    });
    const client = createClient({ baseUrl: server.url, retry: { ...fast, maxElapsed: 100 } });
    const page = await client.agencies.list(undefined, { retry: false, timeout: 5000 });
    expect(page).toEqual({ items: [], nextCursor: null });
    const capped = await client.agencies.list().catch((caught: unknown) => caught);
    expect(capped).toBeInstanceOf(TimeoutError);
    expect((capped as Error).message).toContain("gave up after 100 ms");
  });

  it("an abort stops retries and waits: no request after it", async () => {
    server = await startLoopback((_request, response) => json(response, 503, problem(503, "unavailable")));
    const client = createClient({ baseUrl: server.url, retry: { limit: 10, baseDelay: 200, maxDelay: 200 } });
    const controller = new AbortController();
    const pending = client.agencies
      .list(undefined, { signal: controller.signal })
      .catch((caught: unknown) => caught);
    while (server.received.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort(); // during the 200 ms wait before the first retry
    const error = await pending;
    expect(error).toBeInstanceOf(AbortError);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(server.received).toHaveLength(1);
  });

  it("reports a refused connection as a NetworkError after retrying", async () => {
    server = await startLoopback(() => {});
    const url = server.url;
    await server.close();
    server = undefined;
    const retries: string[] = [];
    const client = createClient({
      baseUrl: url,
      retry: fast,
      hooks: { retry: (event) => retries.push(event.reason) },
    });
    const error = await client.agencies.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(retries).toEqual(["network", "network"]);
  });
});

describe("auth", () => {
  it("refreshes once for 10 concurrent 401s, then replays each request once", async () => {
    let token = "old-token";
    let refreshes = 0;
    server = await startLoopback((request, response) => {
      if (request.headers.authorization !== "Bearer new-token")
        return json(response, 401, problem(401, "token_expired"));
      json(response, 200, dossier(request.path.split("/").pop() ?? ""));
    });
    const client = createClient({
      baseUrl: server.url,
      auth: {
        token: () => token,
        refresh: async () => {
          refreshes++;
          await new Promise((resolve) => setTimeout(resolve, 50));
          token = "new-token";
        },
      },
    });
    const codes = Array.from({ length: 10 }, (_, index) => `H29-${index}`);
    const results = await Promise.all(codes.map((code) => client.dossiers.get(code)));
    expect(results.map((result) => result.code)).toEqual(codes);
    expect(refreshes).toBe(1);
    expect(server.received).toHaveLength(20);
  });

  it("throws the 401 when the refresh fails, and replays nothing", async () => {
    server = await startLoopback((_request, response) => json(response, 401, problem(401, "token_expired")));
    const client = createClient({
      baseUrl: server.url,
      auth: { token: () => "t0k3n-value", refresh: () => Promise.reject(new Error("SSO down")) },
    });
    const error = await client.dossiers.get("H29-1").catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "ApiError", status: 401 });
    expect(server.received).toHaveLength(1);
  });

  it("refreshes but does not replay a write without an idempotency key", async () => {
    let token = "a";
    server = await startLoopback((request, response) =>
      request.headers.authorization === "Bearer b"
        ? json(response, 200, {})
        : json(response, 401, problem(401, "token_expired")),
    );
    const client = createClient({
      baseUrl: server.url,
      auth: {
        token: () => token,
        refresh: async () => {
          token = "b";
        },
      },
    });
    const error = await client.signing.confirm("sig_1", { otp: "123456" }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 401 });
    expect(token).toBe("b");
    expect(server.received).toHaveLength(1);
  });
});

describe("pagination", () => {
  const pages: Record<string, { items: unknown[]; nextCursor: string | null }> = {
    "": { items: [dossier("A"), dossier("B")], nextCursor: "c2" },
    c2: { items: [dossier("C")], nextCursor: "c3" },
    c3: { items: [dossier("D")], nextCursor: null },
  };

  it("walks every page with the filters kept, and byPage() yields the pages", async () => {
    server = await startLoopback((request, response) =>
      json(response, 200, pages[request.search.get("cursor") ?? ""]),
    );
    const client = createClient({ baseUrl: server.url });
    const codes: string[] = [];
    for await (const item of client.dossiers.listAll({
      queue: "in_progress",
      status: ["processing", "received"],
    }))
      codes.push(item.code);
    expect(codes).toEqual(["A", "B", "C", "D"]);
    expect(server.received.map((request) => request.search.getAll("status"))).toEqual(
      Array(3).fill(["processing", "received"]),
    );
    let count = 0;
    for await (const page of client.dossiers.listAll({}).byPage()) count += page.items.length;
    expect(count).toBe(4);
  });

  it("stops on abort", async () => {
    server = await startLoopback((request, response) =>
      json(response, 200, pages[request.search.get("cursor") ?? ""]),
    );
    const client = createClient({ baseUrl: server.url });
    const controller = new AbortController();
    const seen: string[] = [];
    const error = await (async () => {
      for await (const item of client.dossiers.listAll({}, { signal: controller.signal })) {
        seen.push(item.code);
        controller.abort();
      }
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect(seen).toEqual(["A", "B"]);
    expect(server.received).toHaveLength(1);
  });

  it("fails clearly when the cursor does not advance", async () => {
    server = await startLoopback((_request, response) =>
      json(response, 200, { items: [dossier("A")], nextCursor: "same" }),
    );
    const client = createClient({ baseUrl: server.url });
    const error = await (async () => {
      for await (const _ of client.dossiers.listAll({})) {
      }
    })().catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      name: "ResponseError",
      message: "dossiers.list: the next-page cursor did not advance",
    });
  });
});
