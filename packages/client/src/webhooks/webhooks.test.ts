import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhook, WebhookVerificationError } from "./index";

const secret = `whsec_${Buffer.from("a-32-byte-secret-for-the-tests!!").toString("base64")}`;
const payload = JSON.stringify({
  id: "evt_1",
  type: "dossier.status_changed",
  occurredAt: "2026-01-23T10:00:00+07:00",
  data: { dossierCode: "H29-1", action: "accept", fromStatus: "registered", toStatus: "received" },
});
const now = () => Math.floor(Date.now() / 1000);

/** Signed independently with node:crypto, as the Standard Webhooks spec describes. */
function nodeSignature(id: string, timestamp: number, body: string, key = secret) {
  const raw = Buffer.from(key.slice("whsec_".length), "base64");
  return `v1,${createHmac("sha256", raw).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

const headersFor = (timestamp = now(), body = payload) => ({
  "webhook-id": "msg_1",
  "webhook-timestamp": String(timestamp),
  "webhook-signature": nodeSignature("msg_1", timestamp, body),
});

async function reason(promise: Promise<unknown>) {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return (error as WebhookVerificationError).reason;
}

describe("verifyWebhook", () => {
  it("returns the typed event of a valid delivery (plain object or Headers, string or bytes)", async () => {
    const event = await verifyWebhook({ payload, headers: headersFor(), secret });
    expect(event.type).toBe("dossier.status_changed");
    if (event.type === "dossier.status_changed") expect(event.data.toStatus).toBe("received");
    const again = await verifyWebhook({
      payload: new TextEncoder().encode(payload),
      headers: new Headers(headersFor()),
      secret,
    });
    expect(again.id).toBe("evt_1");
  });

  it("accepts any of several signatures (secret rotation)", async () => {
    const headers = headersFor();
    headers["webhook-signature"] = `v1,AAAA ${headers["webhook-signature"]}`;
    await expect(verifyWebhook({ payload, headers, secret })).resolves.toMatchObject({ id: "evt_1" });
  });

  it("round-trips with signWebhook", async () => {
    const headers = await signWebhook({ id: "msg_2", payload, secret });
    expect(headers["webhook-signature"]).toBe(
      nodeSignature("msg_2", Number(headers["webhook-timestamp"]), payload),
    );
    await expect(verifyWebhook({ payload, headers, secret })).resolves.toMatchObject({
      type: "dossier.status_changed",
    });
  });

  it("rejects a tampered body, a wrong secret, old and future deliveries, missing or malformed headers", async () => {
    expect(
      await reason(
        verifyWebhook({ payload: payload.replace("received", "returned"), headers: headersFor(), secret }),
      ),
    ).toBe("bad_signature");
    expect(await reason(verifyWebhook({ payload, headers: headersFor(), secret: "whsec_b3RoZXI=" }))).toBe(
      "bad_signature",
    );
    expect(await reason(verifyWebhook({ payload, headers: headersFor(now() - 600), secret }))).toBe(
      "too_old",
    );
    expect(await reason(verifyWebhook({ payload, headers: headersFor(now() + 600), secret }))).toBe(
      "too_new",
    );
    await expect(
      verifyWebhook({ payload, headers: headersFor(now() - 600), secret, toleranceSeconds: 900 }),
    ).resolves.toMatchObject({ id: "evt_1" });
    expect(await reason(verifyWebhook({ payload, headers: { "webhook-id": "x" }, secret }))).toBe(
      "missing_headers",
    );
    expect(
      await reason(
        verifyWebhook({ payload, headers: { ...headersFor(), "webhook-signature": "v2,abc" }, secret }),
      ),
    ).toBe("malformed_signature");
    expect(
      await reason(
        verifyWebhook({ payload, headers: { ...headersFor(), "webhook-timestamp": "yesterday" }, secret }),
      ),
    ).toBe("malformed_signature");
  });

  it("rejects a validly signed body that is not an event, or an event type it does not know", async () => {
    const notJson = "not json";
    expect(
      await reason(verifyWebhook({ payload: notJson, headers: headersFor(now(), notJson), secret })),
    ).toBe("malformed_payload");
    const unknown = JSON.stringify({ id: "e", type: "dossier.archived", data: {} });
    expect(
      await reason(verifyWebhook({ payload: unknown, headers: headersFor(now(), unknown), secret })),
    ).toBe("unknown_event");
  });

  it("never puts the secret or the payload in its error", async () => {
    const error = await verifyWebhook({ payload, headers: headersFor(now() - 900), secret }).catch(
      (caught: Error) => caught,
    );
    expect(String(error)).not.toContain(secret.slice(6));
    expect(String(error)).not.toContain("H29-1");
  });
});
