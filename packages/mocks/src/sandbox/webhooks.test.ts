import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type ChinhQuyenSoClient, createClient } from "@chinhquyenso/client";
import { verifyWebhook, type WebhookEvent } from "@chinhquyenso/client/webhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createManualClock } from "../store/clock";
import { TEST_NOW } from "./sandbox.test-support";
import { type Sandbox, startSandbox } from "./server";

const SECRET = `whsec_${btoa("a loopback receiver's secret key")}`;

interface Receiver {
  server: Server;
  url: string;
  verified: WebhookEvent[];
  rejected: string[];
  /** Statuses to answer the next deliveries with (then 204). */
  script: number[];
}

function startReceiver(): Promise<Receiver> {
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

let receiver: Receiver;
let sandbox: Sandbox;
let client: ChinhQuyenSoClient;
const clock = createManualClock(TEST_NOW);

beforeAll(async () => {
  receiver = await startReceiver();
  sandbox = await startSandbox({
    port: 0,
    seed: 4,
    size: 200,
    now: TEST_NOW,
    clock,
    webhooks: { url: receiver.url, secret: SECRET },
    // Causes events across agencies and principal kinds: the explicit opt-in to the any-token principal.
    auth: { unknownTokens: "any" },
  });
  client = createClient({
    baseUrl: sandbox.url,
    auth: { token: () => "webhooks-test" },
    retry: false,
  });
});
afterAll(async () => {
  await sandbox.close();
  await new Promise((resolve) => receiver.server.close(resolve));
});

describe("webhooks", () => {
  it("posts signed events that the client's verifyWebhook accepts, for the three event types", async () => {
    const record = [...sandbox.store.dossiers.values()].find((item) => item.status === "processing");
    const view = await client.dossiers.get(record?.code ?? "");
    await client.dossiers.transition(
      view.code,
      { action: "suspend", reason: "Chờ ý kiến cơ quan chuyên môn." },
      { ifMatch: view.etag },
    );
    const created = await client.feedback.create({
      title: "Ngập nước",
      description: "Đường ngập sau mưa.",
      channel: "zalo",
      categoryCode: "flooding",
    });
    const document = [...sandbox.store.documents.values()].find(
      (item) => item.state === "awaiting_signature",
    );
    const signing = await client.signing.createRequest({
      provider: "mysign",
      kind: "approval",
      items: [{ source: "document", documentId: document?.id ?? "", format: "pades" }],
    });
    clock.advance(sandbox.store.signing.confirmAfterMs);
    expect((await client.signing.getRequest(signing.id)).state).toBe("completed");
    await sandbox.store.webhooks.settled();

    expect(receiver.rejected).toEqual([]);
    expect(receiver.verified.map((event) => event.type)).toEqual([
      "dossier.status_changed",
      "feedback.created",
      "signing.completed",
    ]);
    expect(receiver.verified[0]).toMatchObject({
      data: { dossierCode: view.code, action: "suspend", fromStatus: "processing", toStatus: "suspended" },
    });
    expect(receiver.verified[1]).toMatchObject({
      data: { feedbackId: created.id, code: created.code, channel: "zalo" },
    });
    expect(receiver.verified[2]).toMatchObject({ data: { requestId: signing.id, provider: "mysign" } });
  });

  it("retries a delivery the receiver failed with 5xx, and does not retry one it refused with 4xx", async () => {
    receiver.verified.length = 0;
    receiver.script.push(503);
    await client.feedback.create({
      title: "Rác thải",
      description: "Rác chưa được thu gom.",
      channel: "app",
      categoryCode: "waste_collection",
    });
    await sandbox.store.webhooks.settled();
    receiver.script.push(400);
    await client.feedback.create({
      title: "Tiếng ồn",
      description: "Karaoke gây ồn sau 22 giờ.",
      channel: "phone",
      categoryCode: "noise",
    });
    await sandbox.store.webhooks.settled();
    const [retried, refused] = sandbox.store.webhooks.deliveries.slice(-2);
    expect(retried).toMatchObject({ state: "delivered", attempts: 2, status: 204 });
    expect(refused).toMatchObject({ state: "rejected", attempts: 1, status: 400 });
    expect(receiver.verified).toHaveLength(1);
  });
});
