// Every error of a write that sends an Idempotency-Key carries that key, whatever ended the call (an HTTP
// error, a timeout, a network error, an abort, the retry cap, a bad 2xx), so the caller can resend the very
// same write. Against a real HTTP server on loopback.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createClient } from "./client";
import { json, type Loopback, problem, startLoopback } from "./loopback.test-support";
import {
  AbortError,
  ApiError,
  type ClientError,
  NetworkError,
  ResponseError,
  TimeoutError,
} from "./runtime/errors";

let server: Loopback | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

const feedback = { title: "Đèn hư", description: "x", channel: "phone", categoryCode: "c" } as const;
const fast = { baseDelay: 1, maxDelay: 5 };

/** The key of every request the server received. */
const receivedKeys = () => (server?.received ?? []).map((request) => request.headers["idempotency-key"]);

/**
 * Runs `call`, expects it to fail, and returns the error with the key the client made for it (read from
 * crypto.randomUUID, so it does not depend on how soon the server sees the request); every request the
 * server did receive carried that key.
 */
async function failure(call: () => Promise<unknown>) {
  const randomUUID = vi.spyOn(crypto, "randomUUID");
  const error = (await call().then(
    () => expect.unreachable("the call should fail"),
    (caught: unknown) => caught,
  )) as ClientError;
  expect(randomUUID).toHaveBeenCalledTimes(1);
  const key = randomUUID.mock.results[0]?.value as string;
  for (const received of receivedKeys()) expect(received).toBe(key);
  return { error, key };
}

describe("idempotencyKey on the errors of a write", () => {
  it("an ApiError after the retries, with the key every attempt sent; reported to hooks.error with it", async () => {
    server = await startLoopback((_request, response) => json(response, 503, problem(503, "unavailable")));
    const reported: ClientError[] = [];
    const client = createClient({
      baseUrl: server.url,
      retry: fast,
      hooks: { error: (e) => reported.push(e) },
    });
    const { error, key } = await failure(() => client.feedback.create(feedback));
    expect(error).toBeInstanceOf(ApiError);
    expect(server.received).toHaveLength(3);
    expect(error.idempotencyKey).toBe(key);
    expect(error.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(reported).toEqual([error]);
    expect(reported[0]?.idempotencyKey).toBe(key);
    expect(JSON.parse(JSON.stringify(error)).idempotencyKey).toBe(key);
  });

  it("a TimeoutError when no response comes in time", async () => {
    server = await startLoopback(() => {}); // never answers
    const client = createClient({ baseUrl: server.url, retry: false, timeout: 100 });
    const { error, key } = await failure(() => client.feedback.create(feedback));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toContain("no response within 100 ms");
    expect(error.idempotencyKey).toBe(key);
  });

  it("a TimeoutError when the retry cap is reached", async () => {
    server = await startLoopback((_request, response) => json(response, 503, problem(503, "unavailable")));
    const client = createClient({
      baseUrl: server.url,
      retry: { limit: 50, baseDelay: 50, maxDelay: 50, maxElapsed: 200 },
    });
    const { error, key } = await failure(() => client.feedback.create(feedback));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toContain("gave up after 200 ms");
    expect(error.idempotencyKey).toBe(key);
  });

  it("a NetworkError when the connection drops after the request was sent (the write may be applied)", async () => {
    server = await startLoopback((_request, response) => void response.socket?.destroy());
    const client = createClient({ baseUrl: server.url, retry: fast });
    const { error, key } = await failure(() => client.feedback.create(feedback));
    expect(error).toBeInstanceOf(NetworkError);
    expect(server.received).toHaveLength(3);
    expect(error.idempotencyKey).toBe(key);
  });

  it("an AbortError when the caller aborts while the request is in flight", async () => {
    server = await startLoopback(() => {}); // never answers
    const client = createClient({ baseUrl: server.url });
    const controller = new AbortController();
    const pending = failure(() => client.feedback.create(feedback, { signal: controller.signal }));
    while (server.received.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const { error, key } = await pending;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.idempotencyKey).toBe(key);
  });

  it("a ResponseError when a 2xx is not what the contract says (the write was applied)", async () => {
    server = await startLoopback(
      (_request, response) =>
        void response.writeHead(201, { "content-type": "text/html" }).end("<html>SSO</html>"),
    );
    const client = createClient({ baseUrl: server.url });
    const { error, key } = await failure(() => client.feedback.create(feedback));
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.idempotencyKey).toBe(key);
  });

  it("the caller's own key, when the call was given one", async () => {
    server = await startLoopback((_request, response) => json(response, 409, problem(409, "conflict")));
    const client = createClient({ baseUrl: server.url });
    const randomUUID = vi.spyOn(crypto, "randomUUID");
    const error = (await client.dossiers
      .transition("H29-1", { action: "accept" }, { ifMatch: '"d-1"' }, { idempotencyKey: "k-42" })
      .catch((caught: unknown) => caught)) as ClientError;
    expect(error).toBeInstanceOf(ApiError);
    expect(randomUUID).not.toHaveBeenCalled();
    expect(receivedKeys()).toEqual(["k-42"]);
    expect(error.idempotencyKey).toBe("k-42");
  });

  it("resending with error.idempotencyKey sends the same write again, which the platform applies once", async () => {
    const applied = new Map<string, number>();
    let dropNext = true;
    server = await startLoopback((request, response) => {
      const key = String(request.headers["idempotency-key"]);
      if (!applied.has(key)) applied.set(key, applied.size + 1);
      // The first request is applied, then its answer is lost: the call fails although the write happened.
      if (dropNext) {
        dropNext = false;
        response.socket?.destroy();
        return;
      }
      json(response, 201, { id: `fb_${applied.get(key)}` });
    });
    const client = createClient({ baseUrl: server.url, retry: false });
    const error = (await client.feedback.create(feedback).catch((caught: unknown) => caught)) as ClientError;
    expect(error).toBeInstanceOf(NetworkError);
    const created = await client.feedback.create(feedback, {
      idempotencyKey: error.idempotencyKey as string,
    });
    expect(created).toEqual({ id: "fb_1" });
    expect(applied.size).toBe(1);
  });
});

describe("no idempotencyKey where no key was sent", () => {
  it("a write that must never be sent twice (OTP confirmation) has none, so it is not resent blindly", async () => {
    server = await startLoopback((_request, response) => json(response, 503, problem(503, "unavailable")));
    const client = createClient({ baseUrl: server.url, retry: fast });
    const error = (await client.signing
      .confirm("sig_1", { otp: "123456" })
      .catch((e: unknown) => e)) as ClientError;
    expect(error).toBeInstanceOf(ApiError);
    expect(server.received).toHaveLength(1);
    expect(receivedKeys()).toEqual([undefined]);
    expect(error.idempotencyKey).toBeUndefined();
  });

  it("a read has none", async () => {
    server = await startLoopback((_request, response) => json(response, 404, problem(404, "not_found")));
    const client = createClient({ baseUrl: server.url });
    const error = (await client.dossiers.get("H29-1").catch((e: unknown) => e)) as ClientError;
    expect(error).toMatchObject({ name: "ApiError", status: 404 });
    expect(error.idempotencyKey).toBeUndefined();
  });
});
