// A loopback webhook receiver that verifies deliveries with the client's verifyWebhook (tests only).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createClient } from "@chinhquyenso/client";
import { verifyWebhook, type WebhookEvent } from "@chinhquyenso/client/webhooks";
import { afterAll, beforeAll } from "vitest";
import { createManualClock } from "../store/clock";
import { TEST_NOW } from "./sandbox.test-support";
import { startSandbox } from "./server";

export const SECRET = `whsec_${btoa("a loopback receiver's secret key")}`;

export interface Receiver {
  server: Server;
  url: string;
  verified: WebhookEvent[];
  rejected: string[];
  /** Statuses to answer the next deliveries with (then 204). */
  script: number[];
}

export function startReceiver(): Promise<Receiver> {
  const receiver: Receiver = { server: createServer(), url: "", verified: [], rejected: [], script: [] };
  receiver.server.on("request", (request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      const scripted = receiver.script.shift();
      if (scripted !== undefined) return void response.writeHead(scripted).end();
      try {
        receiver.verified.push(
          await verifyWebhook({
            payload: Buffer.concat(chunks).toString("utf8"),
            headers: request.headers,
            secret: SECRET,
          }),
        );
        response.writeHead(204).end();
      } catch (error) {
        receiver.rejected.push((error as Error).message);
        response.writeHead(400).end();
      }
    });
  });
  return new Promise((resolve) =>
    receiver.server.listen(0, "127.0.0.1", () => {
      receiver.url = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}/hooks`;
      resolve(receiver);
    }),
  );
}

/**
 * A receiver, a sandbox on a manual clock that delivers to it, and the client: `close()` stops both servers.
 * `clock` is advanced by the test (time-based transitions fire on the next request).
 */
export async function startWebhookSandbox(options: { seed: number; size: number }) {
  const clock = createManualClock(TEST_NOW);
  const receiver = await startReceiver();
  const sandbox = await startSandbox({
    port: 0,
    ...options,
    now: TEST_NOW,
    clock,
    webhooks: { url: receiver.url, secret: SECRET },
    // Causes events across agencies and principal kinds: the explicit opt-in to the any-token principal.
    auth: { unknownTokens: "any" },
  });
  const client = createClient({ baseUrl: sandbox.url, auth: { token: () => "webhooks-test" }, retry: false });
  const close = async () => {
    await sandbox.close();
    await new Promise((resolve) => receiver.server.close(resolve));
  };
  return { clock, receiver, sandbox, client, close };
}

export type WebhookSandbox = Awaited<ReturnType<typeof startWebhookSandbox>>;

/**
 * One webhook sandbox for the whole test file, started before its tests and closed after them. Read its parts
 * inside tests (`env.client`), once it has started.
 */
export function webhookSandboxForFile(options: { seed: number; size: number }): WebhookSandbox {
  const env = {} as WebhookSandbox;
  beforeAll(async () => {
    Object.assign(env, await startWebhookSandbox(options));
  });
  afterAll(() => env.close());
  return env;
}

/** Runs the payment simulator through the control API, as a test harness or a demo would. */
export function simulatePayment(
  sandbox: { url: string; controlToken: string },
  body: Record<string, unknown>,
): Promise<Response> {
  return fetch(`${sandbox.url}/__sandbox/scenarios`, {
    method: "POST",
    headers: { authorization: `Bearer ${sandbox.controlToken}`, "content-type": "application/json" },
    body: JSON.stringify({ name: "payment", ...body }),
  });
}
