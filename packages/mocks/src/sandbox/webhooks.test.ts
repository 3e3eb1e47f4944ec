import { describe, expect, it } from "vitest";
import { webhookSandboxForFile } from "./webhooks.test-support";

const env = webhookSandboxForFile({ seed: 4, size: 200 });

describe("webhooks", () => {
  it("posts signed events that the client's verifyWebhook accepts, for the three event types", async () => {
    const record = [...env.sandbox.store.dossiers.values()].find((item) => item.status === "processing");
    const view = await env.client.dossiers.get(record?.code ?? "");
    await env.client.dossiers.transition(
      view.code,
      { action: "suspend", reason: "Chờ ý kiến cơ quan chuyên môn." },
      { ifMatch: view.etag },
    );
    const created = await env.client.feedback.create({
      title: "Ngập nước",
      description: "Đường ngập sau mưa.",
      channel: "zalo",
      categoryCode: "flooding",
    });
    const document = [...env.sandbox.store.documents.values()].find(
      (item) => item.state === "awaiting_signature",
    );
    const signing = await env.client.signing.createRequest({
      provider: "mysign",
      kind: "approval",
      items: [{ source: "document", documentId: document?.id ?? "", format: "pades" }],
    });
    env.clock.advance(env.sandbox.store.signing.confirmAfterMs);
    expect((await env.client.signing.getRequest(signing.id)).state).toBe("completed");
    await env.sandbox.store.webhooks.settled();

    expect(env.receiver.rejected).toEqual([]);
    expect(env.receiver.verified.map((event) => event.type)).toEqual([
      "dossier.status_changed",
      "feedback.created",
      "signing.completed",
    ]);
    expect(env.receiver.verified[0]).toMatchObject({
      data: { dossierCode: view.code, action: "suspend", fromStatus: "processing", toStatus: "suspended" },
    });
    expect(env.receiver.verified[1]).toMatchObject({
      data: { feedbackId: created.id, code: created.code, channel: "zalo" },
    });
    expect(env.receiver.verified[2]).toMatchObject({ data: { requestId: signing.id, provider: "mysign" } });
  });

  it("retries a delivery the receiver failed with 5xx, and does not retry one it refused with 4xx", async () => {
    env.receiver.verified.length = 0;
    env.receiver.script.push(503);
    await env.client.feedback.create({
      title: "Rác thải",
      description: "Rác chưa được thu gom.",
      channel: "app",
      categoryCode: "waste_collection",
    });
    await env.sandbox.store.webhooks.settled();
    env.receiver.script.push(400);
    await env.client.feedback.create({
      title: "Tiếng ồn",
      description: "Karaoke gây ồn sau 22 giờ.",
      channel: "phone",
      categoryCode: "noise",
    });
    await env.sandbox.store.webhooks.settled();
    const [retried, refused] = env.sandbox.store.webhooks.deliveries.slice(-2);
    expect(retried).toMatchObject({ state: "delivered", attempts: 2, status: 204 });
    expect(refused).toMatchObject({ state: "rejected", attempts: 1, status: 400 });
    expect(env.receiver.verified).toHaveLength(1);
  });
});
