import { describe, expect, it } from "vitest";
import type { DossierRecord } from "../dataset/types";
import { dossierLookupPin, LOOKUP_ATTEMPTS } from "../store/lookup-pin";
import { apiError } from "./sandbox.test-support";
import { simulatePayment, webhookSandboxForFile } from "./webhooks.test-support";

const env = webhookSandboxForFile({ seed: 7, size: 300 });

const simulate = (body: Record<string, unknown>) => simulatePayment(env.sandbox, body);

/** A dossier with an unpaid fee and no open payment request, fresh for each test. */
function unpaidDossier(skip: Set<string>): DossierRecord {
  const record = [...env.sandbox.store.dossiers.values()].find(
    (item) => !skip.has(item.code) && item.fees.some((fee) => fee.state === "unpaid"),
  );
  if (!record) throw new Error("the data set has no dossier with an unpaid fee");
  skip.add(record.code);
  return record;
}
const used = new Set<string>();

describe("fees and obligations", () => {
  it("carry their kind, payer and legal basis; a land transfer adds obligations assessed by the tax authority", async () => {
    const transfer = [...env.sandbox.store.dossiers.values()].find((item) => item.fees.length === 3);
    expect(transfer, "a land transfer with assessed obligations").toBeDefined();
    const fees = await env.client.dossiers.listFees(transfer?.code ?? "");
    expect(fees.items.map((fee) => [fee.kind, fee.payer])).toEqual([
      ["fee", "applicant"],
      ["registration_fee", "transferee"],
      ["personal_income_tax", "transferor"],
    ]);
    for (const fee of fees.items) expect(fee.legalBasis).toBeTruthy();
    expect(fees.total).toBe(fees.items.reduce((sum, fee) => sum + fee.amount, 0));
  });
});

describe("payment requests", () => {
  it("are created once per idempotency key, and a second key for the same fees is a 409", async () => {
    const record = unpaidDossier(used);
    const feeIds = record.fees.filter((fee) => fee.state === "unpaid").map((fee) => fee.id);
    const first = await env.client.dossiers.requestPayment(
      record.code,
      { feeIds },
      { idempotencyKey: "k-payment-0001" },
    );
    const again = await env.client.dossiers.requestPayment(
      record.code,
      { feeIds },
      { idempotencyKey: "k-payment-0001" },
    );
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ state: "pending", platform: { state: "pending" } });
    const conflict = await apiError(
      env.client.dossiers.requestPayment(record.code, { feeIds }, { idempotencyKey: "k-payment-0002" }),
    );
    expect([conflict.status, (conflict.problem as { code?: string } | undefined)?.code]).toEqual([
      409,
      "fee_not_payable",
    ]);
    const list = await env.client.dossiers.listPaymentRequests(record.code);
    expect(list.items.filter((item) => item.id === first.id)).toHaveLength(1);
  });

  it("pay on the platform, wait for reconciliation, then are confirmed with e-receipts; each step is announced", async () => {
    const record = unpaidDossier(used);
    const feeIds = record.fees.filter((fee) => fee.state === "unpaid").map((fee) => fee.id);
    const request = await env.client.dossiers.requestPayment(record.code, { feeIds });
    const before = env.receiver.verified.length;

    const refused = await apiError(env.client.dossiers.confirmPayment(record.code, request.id));
    expect([refused.status, (refused.problem as { code?: string } | undefined)?.code]).toEqual([
      409,
      "payment_not_reported_paid",
    ]);

    const simulated = await simulate({ paymentRequestId: request.id, outcome: "pay", confirmAfterMs: null });
    expect(simulated.status).toBe(200);
    expect(await simulated.json()).toMatchObject({ created: request.id });
    const awaiting = await env.client.dossiers.getPaymentRequest(record.code, request.id);
    expect(awaiting).toMatchObject({ state: "pending", platform: { state: "paid" }, receiptId: null });

    const confirmed = await env.client.dossiers.confirmPayment(record.code, request.id);
    expect(confirmed).toMatchObject({ state: "paid", platform: { state: "paid" } });
    expect(confirmed.receiptId).toMatch(/^rcp_/);
    const fees = await env.client.dossiers.listFees(record.code);
    for (const fee of fees.items.filter((item) => feeIds.includes(item.id))) {
      expect(fee.state).toBe("paid");
      const receipt = await env.client.dossiers.downloadReceipt(record.code, fee.receiptId ?? "");
      expect(await (await receipt.blob()).slice(0, 5).text()).toBe("%PDF-");
    }

    await env.sandbox.store.webhooks.settled();
    const events = env.receiver.verified
      .slice(before)
      .filter((event) => event.type === "payment.status_changed");
    expect(events.map((event) => [event.data.toState, event.data.platformState])).toEqual([
      ["pending", "paid"],
      ["paid", "paid"],
    ]);
  });

  it("confirm later by themselves when the simulator delays the confirmation", async () => {
    const record = unpaidDossier(used);
    const feeIds = record.fees.filter((fee) => fee.state === "unpaid").map((fee) => fee.id);
    const request = await env.client.dossiers.requestPayment(record.code, { feeIds });
    await simulate({ paymentRequestId: request.id, outcome: "pay", afterMs: 60_000, confirmAfterMs: 30_000 });
    expect((await env.client.dossiers.getPaymentRequest(record.code, request.id)).platform.state).toBe(
      "pending",
    );
    env.clock.advance(60_000);
    expect(await env.client.dossiers.getPaymentRequest(record.code, request.id)).toMatchObject({
      state: "pending",
      platform: { state: "paid" },
    });
    env.clock.advance(30_000);
    expect((await env.client.dossiers.getPaymentRequest(record.code, request.id)).state).toBe("paid");
  });

  it("fail (fees unpaid again, a new request possible), expire, and refund a paid one", async () => {
    const record = unpaidDossier(used);
    const feeIds = record.fees.filter((fee) => fee.state === "unpaid").map((fee) => fee.id);
    const failing = await env.client.dossiers.requestPayment(record.code, { feeIds });
    await simulate({ paymentRequestId: failing.id, outcome: "fail" });
    expect(await env.client.dossiers.getPaymentRequest(record.code, failing.id)).toMatchObject({
      state: "failed",
      failureReason: expect.any(String),
    });
    const retry = await env.client.dossiers.requestPayment(record.code, { feeIds });
    await simulate({ paymentRequestId: retry.id, outcome: "expire" });
    expect((await env.client.dossiers.getPaymentRequest(record.code, retry.id)).state).toBe("expired");
    const third = await env.client.dossiers.requestPayment(record.code, { feeIds });
    await simulate({ paymentRequestId: third.id, outcome: "pay" });
    await simulate({ paymentRequestId: third.id, outcome: "refund" });
    expect(await env.client.dossiers.getPaymentRequest(record.code, third.id)).toMatchObject({
      state: "refunded",
      refundedAt: expect.any(String),
    });
    const fees = (await env.client.dossiers.listFees(record.code)).items.filter((fee) =>
      feeIds.includes(fee.id),
    );
    expect(fees.map((fee) => fee.state)).toEqual(feeIds.map(() => "refunded"));
    const list = await env.client.dossiers.listPaymentRequests(record.code);
    expect(list.items.slice(0, 3).map((item) => item.id)).toEqual([third.id, retry.id, failing.id]);
  });

  it("refuses a simulation with nothing to act on or an unknown outcome (400)", async () => {
    expect((await simulate({ paymentRequestId: "pay_nope", outcome: "pay" })).status).toBe(400);
    expect((await simulate({ outcome: "chargeback" })).status).toBe(400);
    expect((await simulate({ outcome: "pay", afterMs: -1 })).status).toBe(400);
  });
});

describe("public status lookup", () => {
  const publicKeys = [
    "agencyName",
    "amountDue",
    "code",
    "dueAt",
    "pausedAt",
    "procedureName",
    "receivedAt",
    "returnedAt",
    "status",
    "statusId",
  ];

  it("answers the code with its PIN, with public fields only and what is due while awaiting payment", async () => {
    const record = [...env.sandbox.store.dossiers.values()].find(
      (item) => item.status === "awaiting_payment" && item.fees.some((fee) => fee.state !== "paid"),
    );
    const code = record?.code ?? "";
    const status = await env.client.dossiers.lookupStatus(code, {
      lookupPin: dossierLookupPin(env.sandbox.store, code),
    });
    expect(Object.keys(status).sort()).toEqual(publicKeys);
    expect(status.status).toBe("awaiting_payment");
    expect(status.pausedAt).not.toBeNull();
    expect(status.amountDue).toBeGreaterThan(0);
    const text = JSON.stringify(status);
    expect(text).not.toContain(record?.applicant.fullName ?? "§");
    expect(text).not.toContain(record?.applicant.citizenId ?? "§");
  });

  it("answers a wrong PIN as an unknown code (404), then locks the code (429 with Retry-After)", async () => {
    const code = [...env.sandbox.store.dossiers.keys()][5] ?? "";
    const right = dossierLookupPin(env.sandbox.store, code);
    const wrong = right === "000000" ? "111111" : "000000";
    const unknown = await apiError(
      env.client.dossiers.lookupStatus("000.00.00.H29-260101-9999", { lookupPin: wrong }),
    );
    const bad = await apiError(env.client.dossiers.lookupStatus(code, { lookupPin: wrong }));
    expect([unknown.status, bad.status]).toEqual([404, 404]);
    expect(bad.message).not.toContain(right);
    for (let attempt = 2; attempt <= LOOKUP_ATTEMPTS; attempt++)
      await apiError(env.client.dossiers.lookupStatus(code, { lookupPin: wrong }));
    const locked = await apiError(env.client.dossiers.lookupStatus(code, { lookupPin: right }));
    expect(locked.status).toBe(429);
    expect(locked.retryAfter).toBeGreaterThan(0);
    env.clock.advance(16 * 60_000);
    expect((await env.client.dossiers.lookupStatus(code, { lookupPin: right })).code).toBe(code);
  });

  it("refuses a PIN that is not six digits (400) without looking anything up", async () => {
    const response = await fetch(`${env.sandbox.url}/v1/public/dossier-status/abc`, {
      headers: { "x-lookup-pin": "12ab" },
    });
    expect(response.status).toBe(400);
  });
});
