import type { ChinhQuyenSoClient } from "@chinhquyenso/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { apiError, raw, startTestSandbox, TEST_NOW } from "../sandbox/sandbox.test-support";
import type { Sandbox } from "../sandbox/server";
import { createManualClock, type ManualClock } from "../store/clock";
import { applyScenario } from "../store/scenarios";

let sandbox: Sandbox;
let client: ChinhQuyenSoClient;
let clock: ManualClock;

beforeAll(async () => {
  clock = createManualClock(TEST_NOW);
  ({ sandbox, client } = await startTestSandbox({ clock, signing: { confirmAfterMs: 3000 } }));
});
afterAll(() => sandbox.close());
beforeEach(() => {
  sandbox.store.signing.outcome = "complete";
});

/** A document awaiting a signature that no request has used yet. */
function awaitingDocument(): string {
  const used = new Set(
    [...sandbox.store.signingRequests.values()]
      .filter((request) => request.state === "awaiting_user" || request.state === "completed")
      .flatMap((request) => request.items.map((item) => item.documentId)),
  );
  const found = [...sandbox.store.documents.values()].find(
    (doc) => doc.state === "awaiting_signature" && !used.has(doc.id),
  );
  if (!found) throw new Error("no document awaiting a signature left");
  return found.id;
}

const documentItem = () => ({
  source: "document" as const,
  documentId: awaitingDocument(),
  format: "pades" as const,
});
const validSerial = (provider: string, index = 0) =>
  sandbox.store.world.certificates[provider]?.filter((certificate) => certificate.status === "valid")[index]
    ?.serial ?? "";

describe("remote signing (confirmed in the provider's app)", () => {
  it("needs a certificate serial when the user has several valid certificates", async () => {
    const error = await apiError(
      client.signing.createRequest({ provider: "smartca", kind: "approval", items: [documentItem()] }),
    );
    expect(error.status).toBe(422);
    expect(error.problem).toMatchObject({ errors: [{ field: "/certificateSerial", code: "required" }] });
  });

  it("moves from awaiting_user to completed after the configured delay, and signs the document", async () => {
    const item = documentItem();
    const created = await client.signing.createRequest({
      provider: "smartca",
      certificateSerial: validSerial("smartca", 1),
      kind: "approval",
      items: [item],
    });
    expect(created.state).toBe("awaiting_user");
    clock.advance(2999);
    expect((await client.signing.getRequest(created.id)).state).toBe("awaiting_user");
    clock.advance(1);
    const done = await client.signing.getRequest(created.id);
    expect(done.state).toBe("completed");
    expect(done.items[0]?.signedFileId).toMatch(/^sf_/);
    expect(sandbox.store.documents.get(item.documentId)?.state).toBe("signed");
    expect(sandbox.store.events.events.at(-1)).toMatchObject({
      type: "signing.status_changed",
      data: { requestId: created.id, state: "completed" },
    });
  });

  it("expires when the user never confirms, and is rejected when the user refuses", async () => {
    sandbox.store.signing.outcome = "expire";
    const waiting = await client.signing.createRequest({
      provider: "mysign",
      kind: "approval",
      items: [documentItem()],
    });
    expect(Date.parse(waiting.expiresAt) - Date.parse(waiting.createdAt)).toBe(300_000);
    clock.advance(300_000);
    expect(await client.signing.getRequest(waiting.id)).toMatchObject({
      state: "expired",
      errorCode: "transaction_expired",
    });

    sandbox.store.signing.outcome = "reject";
    const refused = await client.signing.createRequest({
      provider: "mysign",
      kind: "approval",
      items: [documentItem()],
    });
    clock.advance(3000);
    expect(await client.signing.getRequest(refused.id)).toMatchObject({
      state: "rejected",
      errorCode: "user_rejected",
    });
  });

  it("refuses OTP confirmation for an app-confirmed provider (422 on /otp)", async () => {
    const created = await client.signing.createRequest({
      provider: "mysign",
      kind: "approval",
      items: [documentItem()],
    });
    const error = await apiError(client.signing.confirm(created.id, { otp: "123456" }));
    expect(error.status).toBe(422);
    expect(error.problem).toMatchObject({ errors: [{ field: "/otp", code: "not_applicable" }] });
  });
});

describe("OTP signing (NEAC)", () => {
  it("counts down wrong OTPs and completes on the right one", async () => {
    const created = await client.signing.createRequest({
      provider: "neac",
      certificateSerial: validSerial("neac"),
      kind: "approval",
      items: [documentItem()],
    });
    expect(created.otpAttemptsLeft).toBe(3);
    const wrong = await apiError(client.signing.confirm(created.id, { otp: "000000" }));
    expect(wrong.status).toBe(409);
    expect(wrong.problem).toMatchObject({ code: "wrong_otp", errorCode: "wrong_otp", otpAttemptsLeft: 2 });
    const right = await client.signing.confirm(created.id, { otp: "123456" });
    expect(right.state).toBe("completed");
  });

  it("fails the request after the last wrong attempt", async () => {
    const created = await client.signing.createRequest({
      provider: "neac",
      certificateSerial: validSerial("neac"),
      kind: "approval",
      items: [documentItem()],
    });
    await apiError(client.signing.confirm(created.id, { otp: "000001" }));
    await apiError(client.signing.confirm(created.id, { otp: "000002" }));
    const last = await apiError(client.signing.confirm(created.id, { otp: "000003" }));
    expect(last.problem).toMatchObject({ errorCode: "otp_attempts_exceeded", otpAttemptsLeft: 0 });
    expect(await client.signing.getRequest(created.id)).toMatchObject({
      state: "failed",
      errorCode: "otp_attempts_exceeded",
    });
  });

  it("refuses a revoked certificate (409 certificate_revoked)", async () => {
    const revoked =
      sandbox.store.world.certificates.neac?.find((certificate) => certificate.status === "revoked")
        ?.serial ?? "";
    const error = await apiError(
      client.signing.createRequest({
        provider: "neac",
        certificateSerial: revoked,
        kind: "approval",
        items: [documentItem()],
      }),
    );
    expect(error.status).toBe(409);
    expect(error.problem).toMatchObject({ errorCode: "certificate_revoked" });
  });
});

describe("pending_signing scenario", () => {
  it("puts a request awaiting the user in the store, which then ends as asked", async () => {
    const expiring =
      applyScenario(sandbox.store, { name: "pending_signing", provider: "mysign", outcome: "expire" }) ?? "";
    const rejected =
      applyScenario(sandbox.store, { name: "pending_signing", provider: "smartca", outcome: "reject" }) ?? "";
    expect((await client.signing.getRequest(expiring)).state).toBe("awaiting_user");
    clock.advance(3000);
    expect(await client.signing.getRequest(rejected)).toMatchObject({
      state: "rejected",
      errorCode: "user_rejected",
    });
    expect((await client.signing.getRequest(expiring)).state).toBe("awaiting_user");
    clock.advance(300_000);
    expect(await client.signing.getRequest(expiring)).toMatchObject({
      state: "expired",
      errorCode: "transaction_expired",
    });
    expect(sandbox.store.signing.outcome).toBe("complete");
  });
});

describe("plugin signing (VGCA) and cancellation", () => {
  it("answers plugin instructions and completes once the signed PDF is uploaded", async () => {
    const created = await client.signing.createRequest({
      provider: "vgca",
      kind: "issuance",
      items: [documentItem()],
    });
    expect(created.plugin).toMatchObject({ function: "vgca_sign_issued" });
    const bad = await apiError(
      client.signing.uploadSigned(created.id, { file: new Blob(["not a pdf"]), itemIndex: 0 }),
    );
    expect(bad.status).toBe(422);
    expect(bad.problem).toMatchObject({
      code: "invalid_signature",
      errors: [{ field: "/file", code: "hash_mismatch" }],
    });
    const signed = await client.signing.uploadSigned(created.id, {
      file: new Blob(["%PDF-1.7 signed"], { type: "application/pdf" }),
      itemIndex: 0,
    });
    expect(signed.state).toBe("completed");
  });

  it("cancels a waiting request once; a second cancel is a conflict", async () => {
    sandbox.store.signing.outcome = "expire";
    const created = await client.signing.createRequest({
      provider: "mysign",
      kind: "approval",
      items: [documentItem()],
    });
    expect((await client.signing.cancel(created.id)).state).toBe("cancelled");
    const again = await apiError(client.signing.cancel(created.id));
    expect(again.status).toBe(409);
    expect(again.problem).toMatchObject({ errorCode: "request_not_pending", requestState: "cancelled" });
  });

  it("answers request_not_pending to an OTP or a signed file for a request that is no longer waiting", async () => {
    sandbox.store.signing.outcome = "expire";
    const expiring = await client.signing.createRequest({
      provider: "neac",
      kind: "approval",
      items: [documentItem()],
    });
    clock.advance(600_000);
    const late = await apiError(client.signing.confirm(expiring.id, { otp: "123456" }));
    expect(late.status).toBe(409);
    expect(late.problem).toMatchObject({ errorCode: "request_not_pending", requestState: "expired" });

    const plugin = await client.signing.createRequest({
      provider: "vgca",
      kind: "approval",
      items: [documentItem()],
    });
    await client.signing.cancel(plugin.id);
    const upload = await apiError(
      client.signing.uploadSigned(plugin.id, { file: new Blob(["%PDF-1.7"]), itemIndex: 0 }),
    );
    expect(upload.status).toBe(409);
    expect(upload.problem).toMatchObject({ errorCode: "request_not_pending", requestState: "cancelled" });
  });

  it("refuses a document that is not awaiting a signature (409 document_not_awaiting_signature)", async () => {
    const issued = [...sandbox.store.documents.values()].find((doc) => doc.state === "issued");
    const response = await raw(sandbox, "/v1/signing/requests", {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": "sign-issued-0001" },
      body: JSON.stringify({
        provider: "vgca",
        kind: "approval",
        items: [{ source: "document", documentId: issued?.id, format: "pades" }],
      }),
    });
    expect(response.status).toBe(409);
    const problem = await response.json();
    expect(problem).toMatchObject({
      code: "document_not_awaiting_signature",
      errorCode: "document_not_awaiting_signature",
    });
    expect(problem.detail).toContain(issued?.id);
  });
});
