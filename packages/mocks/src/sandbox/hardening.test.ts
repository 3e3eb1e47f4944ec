// The sandbox's own surface: control routes need the control token and send no CORS headers, paths are taken
// as sent (no dot segments or encoded separators smuggled past a proxy), and request bodies have limits that
// are enforced before the body is read.
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { createClient } from "@chinhquyenso/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { raw, startTestSandbox } from "../test-support/sandbox";
import type { Sandbox } from "./server";

let sandbox: Sandbox;
beforeAll(async () => {
  ({ sandbox } = await startTestSandbox({
    size: 30,
    controlToken: "control-secret",
    jsonBodyLimit: 1024 * 1024,
  }));
});
afterAll(() => sandbox.close());

const control = (path: string, init: RequestInit = {}, token?: string) =>
  fetch(`${sandbox.url}${path}`, {
    ...init,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers as object) },
  });

/** A request sent byte for byte as written (fetch and URL resolve dot segments; a proxy may not). */
function verbatim(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(sandbox.url);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: hostname, port, path, method: "GET", headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("control routes", () => {
  it("answer 401 without the control token, and a wrong token is no better", async () => {
    for (const [path, method] of [
      ["/__sandbox/health", "GET"],
      ["/__sandbox/reset", "POST"],
      ["/__sandbox/scenarios", "POST"],
    ] as const) {
      const bare = await control(path, { method, body: method === "POST" ? '"empty"' : null });
      expect(bare.status, path).toBe(401);
      expect(await bare.json()).toMatchObject({ code: "control_token_required" });
      const wrong = await control(path, { method }, "sbx-officer");
      expect(wrong.status, path).toBe(401);
    }
    // Nothing happened: the data set still has its dossiers.
    expect(sandbox.store.dossiers.size).toBe(30);
  });

  it("answer with the control token", async () => {
    const health = await control("/__sandbox/health", {}, "control-secret");
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", size: 30 });
  });

  it("send no CORS headers, to a preflight or a request from any origin", async () => {
    const origin = { origin: "https://evil.example" };
    const preflight = await control("/__sandbox/reset", {
      method: "OPTIONS",
      headers: {
        ...origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization",
      },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    expect(preflight.status).toBe(401);
    const answered = await control("/__sandbox/health", { headers: origin }, "control-secret");
    expect(answered.status).toBe(200);
    for (const [name] of answered.headers) expect(name).not.toMatch(/^access-control-/);
    // The API keeps its CORS for local apps.
    const api = await raw(sandbox, "/v1/procedure-fields", { headers: origin });
    expect(api.headers.get("access-control-allow-origin")).toBe("https://evil.example");
  });
});

describe("paths are routed as sent", () => {
  it.each([
    "/v1/%2e%2e/__sandbox/health",
    "/v1/%2E%2E/__sandbox/health",
    "/v1/../__sandbox/health",
    "/v1/./dossiers",
    "//__sandbox/health",
    "/v1%2f..%2f__sandbox/health",
    "/v1/..%5c__sandbox/health",
  ])("%s is refused with 400, even with the control token", async (path) => {
    const answer = await verbatim(path, { authorization: "Bearer control-secret" });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ code: "invalid_path" });
  });

  it("while plain paths route as before", async () => {
    expect((await verbatim("/__sandbox/health", { authorization: "Bearer control-secret" })).status).toBe(
      200,
    );
    expect((await verbatim("/v1/procedure-fields", { authorization: "Bearer sbx-officer" })).status).toBe(
      200,
    );
  });
});

/**
 * Sends the head of a request declaring `declared` bytes and only the first `sent` of them, then waits for the
 * answer: a server that reads the body before answering never answers (it waits for the rest).
 */
function answerBeforeBody(
  declared: number,
  sent: number,
): Promise<{ head: string; body: string; bytesSent: number; ms: number }> {
  const { hostname, port } = new URL(sandbox.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = "";
    let started = 0;
    socket.setEncoding("utf8");
    socket.on("error", reject);
    // Not a timing assertion: only so that a server that never answers fails here rather than at the test timeout.
    const hang = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no complete answer; received ${JSON.stringify(received.slice(0, 300))}`));
    }, 20_000);
    socket.on("data", (chunk) => {
      received += chunk;
      const [head = "", body = ""] = received.split("\r\n\r\n");
      const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? Number.NaN);
      if (!(Buffer.byteLength(body) >= length)) return;
      clearTimeout(hang);
      resolve({ head, body, bytesSent: socket.bytesWritten, ms: performance.now() - started });
      socket.destroy();
    });
    socket.on("connect", () => {
      started = performance.now();
      socket.write(
        [
          "POST /v1/feedback HTTP/1.1",
          `Host: ${hostname}:${port}`,
          "Authorization: Bearer sbx-officer",
          "Content-Type: application/json",
          "Idempotency-Key: 7f0c1a52-52a4-4bd8-9c1f-6e1f4b1de4a1",
          `Content-Length: ${declared}`,
          "",
          "",
        ].join("\r\n"),
      );
      socket.write(`{"title":"${"x".repeat(Math.max(0, sent - 12))}`);
    });
  });
}

describe("request bodies", () => {
  it("refuses a 10 MB JSON body from its Content-Length: the answer comes before the body is sent", async () => {
    const declared = 10 * 1024 * 1024;
    const answer = await answerBeforeBody(declared, 64 * 1024);
    expect(answer.head).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer.head).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(answer.body)).toMatchObject({ status: 413, code: "payload_too_large" });
    // The client had sent the head and 64 KB of the declared 10 MB when the answer arrived.
    expect(answer.bytesSent).toBeLessThan(declared / 100);
    if (process.env.CQS_TRUST_REPORT)
      process.stdout.write(
        `413 for a 10 MB JSON body: answered after ${answer.ms.toFixed(1)} ms, ${answer.bytesSent} bytes sent\n`,
      );
  });

  it("counts a body without Content-Length as it streams and cuts it at the limit", async () => {
    const big = JSON.stringify({ title: "x".repeat(1024 * 1024 + 10) });
    const chunked = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const answer = await raw(sandbox, "/v1/feedback", {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": crypto.randomUUID() },
      body: chunked,
      duplex: "half",
    } as RequestInit);
    expect(answer.status).toBe(413);
    expect(await answer.json()).toMatchObject({ code: "payload_too_large" });
  });

  it("takes the JSON limit from its option", async () => {
    const { sandbox: small } = await startTestSandbox({ size: 10, jsonBodyLimit: 200 });
    try {
      const send = (title: string) =>
        raw(small, "/v1/feedback", {
          method: "POST",
          headers: { "content-type": "application/json", "idempotency-key": crypto.randomUUID() },
          body: JSON.stringify({ title, description: "d", channel: "phone", categoryCode: "nope" }),
        });
      expect((await send("x".repeat(300))).status).toBe(413);
      expect((await send("short")).status).toBe(422); // read, and validated: the category does not exist
    } finally {
      await small.close();
    }
  });

  it("lets uploads past the JSON limit (a 2 MB file), streamed to the handler", async () => {
    const client = createClient({ baseUrl: sandbox.url, auth: { token: () => "sbx-officer" }, retry: false });
    const officer = sandbox.store.principal("officer");
    const mine = [...sandbox.store.dossiers.values()].find(
      (record) => record.agencyCode === officer.agencyCode,
    );
    const uploaded = await client.dossiers.uploadAttachment(mine?.code ?? "", {
      file: new Blob([new Uint8Array(2 * 1024 * 1024)], { type: "application/pdf" }),
      kind: "supplement",
    });
    expect(uploaded.size).toBe(2 * 1024 * 1024);
  });
});
