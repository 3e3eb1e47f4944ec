import type { ChinhQuyenSoClient } from "@chinhquyenso/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "./server";
import { type Receiver, startWebhookSandbox } from "./webhooks.test-support";

let setup: Awaited<ReturnType<typeof startWebhookSandbox>>;
let receiver: Receiver;
let sandbox: Sandbox;
let client: ChinhQuyenSoClient;
let clock: Awaited<ReturnType<typeof startWebhookSandbox>>["clock"];

beforeAll(async () => {
  setup = await startWebhookSandbox({ seed: 4, size: 200 });
  ({ receiver, sandbox, client, clock } = setup);
});
afterAll(() => setup.close());

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
