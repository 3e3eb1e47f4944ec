// Transport details against a real loopback server: idempotency keys outside secure contexts, per-request
// allocations that the overhead bench depends on, and bad header values.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createClient } from "../client";
import { dossier, json, type Loopback, startLoopback } from "../loopback.test-support";
import { InputError } from "./errors";
import { uuid } from "./uuid";

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let server: Loopback | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(crypto, "randomUUID");
  await server?.close();
  server = undefined;
});

const feedback = { title: "Đèn hư", description: "x", channel: "phone", categoryCode: "c" } as const;

/** Sends `count` idempotent writes and returns the Idempotency-Key of each. */
async function sentKeys(count: number) {
  server = await startLoopback((_request, response) => json(response, 201, { id: "fb" }));
  const client = createClient({ baseUrl: server.url });
  for (let i = 0; i < count; i++) await client.feedback.create(feedback);
  return server.received.map((request) => String(request.headers["idempotency-key"]));
}

describe("Idempotency-Key", () => {
  it("uses crypto.randomUUID where it exists (secure contexts)", async () => {
    const randomUUID = vi.spyOn(crypto, "randomUUID");
    const keys = await sentKeys(5);
    expect(randomUUID).toHaveBeenCalledTimes(5);
    expect(keys).toEqual(randomUUID.mock.results.map((result) => result.value));
    for (const key of keys) expect(key).toMatch(V4);
  });

  it("falls back to a v4 UUID from crypto.getRandomValues on plain-http pages (no randomUUID)", async () => {
    // Shadows Crypto.prototype.randomUUID, as a browser does outside a secure context.
    Object.defineProperty(crypto, "randomUUID", { value: undefined, configurable: true });
    const getRandomValues = vi.spyOn(crypto, "getRandomValues");
    const keys = await sentKeys(20);
    expect(getRandomValues).toHaveBeenCalled();
    for (const key of keys) expect(key).toMatch(V4);
    expect(new Set(keys).size).toBe(20);
  });

  // 300 ids: each takes 31 getRandomValues calls (2000 took 8–12 s on a loaded 2-core machine), and 300 already
  // leave a stuck-digit check a false-failure chance of 16·(15/16)^300 ≈ 6e-8. The budget covers that load.
  it("the fallback sets the version and variant bits and covers every hex digit elsewhere", {
    timeout: 20_000,
  }, () => {
    Object.defineProperty(crypto, "randomUUID", { value: undefined, configurable: true });
    const ids = Array.from({ length: 300 }, uuid);
    expect(ids.filter((id) => !V4.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    // Random digits are not stuck: the first digit takes all 16 values, the variant digit all of 8, 9, a, b.
    expect(new Set(ids.map((id) => id[0])).size).toBe(16);
    expect(new Set(ids.map((id) => id[19])).size).toBe(4);
  });
});

describe("per-request work", () => {
  it("creates no abort signal when the caller gave none, even when the retry cap bounds an attempt", async () => {
    server = await startLoopback((request, response) => json(response, 200, dossier(request.path.slice(13))));
    const any = vi.spyOn(AbortSignal, "any");
    const timeout = vi.spyOn(AbortSignal, "timeout");
    const client = createClient({ baseUrl: server.url, auth: { token: () => "t" } });
    expect((await client.dossiers.get("H29-1")).code).toBe("H29-1");
    expect(any).not.toHaveBeenCalled();
    expect(timeout).not.toHaveBeenCalled();
    // A timeout longer than the cap: the cap bounds the attempt through ky's own timeout, not a signal.
    await client.dossiers.get("H29-2", { timeout: 60_000, retry: { maxElapsed: 1000 } });
    expect(any).not.toHaveBeenCalled();
    expect(timeout).not.toHaveBeenCalled();
  });

  it("puts query parameters in the URL it hands ky, once", async () => {
    server = await startLoopback((_request, response) =>
      json(response, 200, { items: [], nextCursor: null }),
    );
    const urls: string[] = [];
    const client = createClient({
      baseUrl: `${server.url}/`,
      hooks: { request: (event) => urls.push(event.url) },
    });
    await client.dossiers.list({ queue: "in_progress", status: ["processing", "suspended"] });
    expect(server.received[0]?.path).toBe("/v1/dossiers");
    expect(server.received[0]?.search.toString()).toBe(
      "queue=in_progress&status=processing&status=suspended",
    );
    expect(urls).toEqual([`${server.url}/v1/dossiers?queue=in_progress&status=processing&status=suspended`]);
  });
});

describe("Retry-After as an HTTP date", () => {
  it("fails at once when the date is beyond the time left, with retryAfter in seconds", async () => {
    const date = new Date(Date.now() + 120_000).toUTCString();
    server = await startLoopback((_request, response) =>
      json(response, 503, { status: 503, code: "unavailable" }, { "retry-after": date }),
    );
    const client = createClient({ baseUrl: server.url, retry: { maxElapsed: 2000 } });
    const started = Date.now();
    const error = await client.dossiers.counts().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "ApiError", status: 503 });
    expect((error as { retryAfter: number }).retryAfter).toBeGreaterThan(100);
    expect((error as { retryAfter: number }).retryAfter).toBeLessThanOrEqual(121);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(server.received).toHaveLength(1);
  });
});

describe("auth per attempt", () => {
  it("asks for the token before every attempt: a retry carries the token current at that time", async () => {
    server = await startLoopback((_request, response) =>
      server?.received.length === 1 ? json(response, 503, {}) : json(response, 200, dossier("H29-1")),
    );
    const tokens = ["first", "second"];
    const client = createClient({
      baseUrl: server.url,
      auth: { token: () => tokens.shift() },
      retry: { baseDelay: 1, maxDelay: 1 },
      headers: { Authorization: "Basic overridden" },
    });
    expect((await client.dossiers.get("H29-1")).code).toBe("H29-1");
    expect(server.received.map((request) => request.headers.authorization)).toEqual([
      "Bearer first",
      "Bearer second",
    ]);
  });
});

describe("bad header values", () => {
  it("rejects with an InputError, sends nothing, and keeps the value out of the message", async () => {
    server = await startLoopback((_request, response) => json(response, 200, {}));
    const client = createClient({ baseUrl: server.url, headers: { "x-app": "line\nbreak" } });
    const error = await client.agencies.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^agencies\.list: cannot build the request: .*header/);
    const perCall = createClient({ baseUrl: server.url });
    const bad = await perCall.agencies
      .list(undefined, { headers: { "x-note": "secret\r\nvalue" } })
      .catch((caught: unknown) => caught);
    expect(bad).toBeInstanceOf(InputError);
    expect((bad as Error).message).not.toContain("secret");
    // A header parameter fetch cannot send (If-Match with a line break) is reported before any attempt.
    const param = await perCall.dossiers
      .transition("H29-1", { action: "accept" }, { ifMatch: '"v1"\n0912345678' })
      .catch((caught: unknown) => caught);
    expect(param).toBeInstanceOf(InputError);
    expect((param as Error).message).toMatch(/^dossiers\.transition: cannot build the request/);
    expect((param as Error).message).not.toContain("0912345678");
    // A body JSON cannot encode.
    const body = await perCall.dossiers
      .transition("H29-1", { action: 1n } as never, { ifMatch: '"v1"' })
      .catch((caught: unknown) => caught);
    expect(body).toBeInstanceOf(InputError);
    expect((body as Error).message).toContain("BigInt");
    expect(server.received).toHaveLength(0);
  });
});
