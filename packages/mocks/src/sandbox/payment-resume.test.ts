// Paying every fee of a dossier awaiting payment (status 6) ends the wait: the dossier resumes processing, its
// payment pause closes, the due date moves by the time spent, and the change is recorded and announced.
import { describe, expect, it } from "vitest";
import type { DossierRecord } from "../dataset/types";
import { simulatePayment, webhookSandboxForFile } from "./webhooks.test-support";

// 3,000 dossiers: enough land transfers in processing whose assessed obligations (two fees) are still owed.
const env = webhookSandboxForFile({ seed: 7, size: 3000 });

async function simulate(body: Record<string, unknown>): Promise<void> {
  expect((await simulatePayment(env.sandbox, body)).status).toBe(200);
}

const used = new Set<string>();
/**
 * A dossier in processing with at least `owed` unpaid fees (and none pending), set to await payment by the
 * officer as a platform user would (`request_payment`), fresh for each test.
 */
async function awaitingPayment(owed = 1): Promise<DossierRecord> {
  const record = [...env.sandbox.store.dossiers.values()].find(
    (item) =>
      !used.has(item.code) &&
      (item.status === "processing" || item.status === "received") &&
      item.fees.filter((fee) => fee.state === "unpaid").length >= owed &&
      !item.fees.some((fee) => fee.state === "pending"),
  );
  if (!record) throw new Error(`the data set has no dossier in processing with ${owed} unpaid fees`);
  used.add(record.code);
  const dossier = await env.client.dossiers.get(record.code);
  await env.client.dossiers.transition(record.code, { action: "request_payment" }, { ifMatch: dossier.etag });
  return record;
}

/** One pending request per fee still unpaid (the seed's own request covers the pending ones). */
async function requestsFor(record: DossierRecord): Promise<string[]> {
  for (const fee of record.fees.filter((item) => item.state === "unpaid"))
    await env.client.dossiers.requestPayment(record.code, { feeIds: [fee.id] });
  const list = await env.client.dossiers.listPaymentRequests(record.code);
  return list.items.filter((item) => item.state === "pending").map((item) => item.id);
}

/** The stream's `dossier.status_changed` events of a dossier after it was set to await payment. */
const resumeEvents = (code: string) =>
  env.sandbox.store.events.events.filter(
    (event) =>
      event.type === "dossier.status_changed" &&
      event.data.dossierCode === code &&
      event.data.fromStatus === "awaiting_payment",
  );

describe("a dossier awaiting payment", () => {
  it("resumes processing when the officer confirms the last owed payment, not before", async () => {
    const record = await awaitingPayment(2);
    const before = await env.client.dossiers.get(record.code);
    expect(before.pauses.at(-1)).toMatchObject({ status: "awaiting_payment", to: null });
    const requests = await requestsFor(record);
    expect(requests.length).toBeGreaterThan(1);
    for (const id of requests) await simulate({ paymentRequestId: id, outcome: "pay", confirmAfterMs: null });
    env.clock.advance(2 * 3_600_000);

    const [last, ...first] = [...requests].reverse();
    for (const id of first) await env.client.dossiers.confirmPayment(record.code, id);
    expect((await env.client.dossiers.get(record.code)).status).toBe("awaiting_payment");
    expect(resumeEvents(record.code)).toHaveLength(0);

    await env.client.dossiers.confirmPayment(record.code, last ?? "");
    const after = await env.client.dossiers.get(record.code);
    expect(after.status).toBe("processing");
    expect(after.pauses.at(-1)).toMatchObject({ status: "awaiting_payment", to: env.sandbox.store.nowIso() });
    expect(Date.parse(after.dueAt ?? "")).toBeGreaterThan(Date.parse(before.dueAt ?? ""));

    const history = await env.client.dossiers.history(record.code);
    expect(history.items.at(-1)).toMatchObject({
      action: "resume",
      fromStatus: "awaiting_payment",
      toStatus: "processing",
      actor: { id: env.sandbox.store.world.currentUser.id },
    });
    const events = resumeEvents(record.code);
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]?.data).toEqual({
      dossierCode: record.code,
      procedureName: record.procedureName,
      action: "resume",
      fromStatus: "awaiting_payment",
      toStatus: "processing",
      dueAt: after.dueAt,
    });
    await env.sandbox.store.webhooks.settled();
    expect(
      env.receiver.verified.flatMap((event) =>
        event.type === "dossier.status_changed" && event.data.dossierCode === record.code
          ? [[event.data.action, event.data.toStatus]]
          : [],
      ),
    ).toEqual([
      ["request_payment", "awaiting_payment"],
      ["resume", "processing"],
    ]);
  });

  it("resumes by itself when the platform's confirmation arrives, in the system's name", async () => {
    const record = await awaitingPayment();
    const requests = await requestsFor(record);
    for (const id of requests)
      await simulate({ paymentRequestId: id, outcome: "pay", confirmAfterMs: 60_000 });
    expect((await env.client.dossiers.get(record.code)).status).toBe("awaiting_payment");
    env.clock.advance(60_000);
    expect((await env.client.dossiers.get(record.code)).status).toBe("processing");
    const history = await env.client.dossiers.history(record.code);
    expect(history.items.at(-1)).toMatchObject({ action: "resume", actor: { id: "system" } });
  });

  it("stays awaiting payment when a payment fails or is only reported paid", async () => {
    const record = await awaitingPayment(2);
    const [one, two] = await requestsFor(record);
    await simulate({ paymentRequestId: one, outcome: "pay" });
    await simulate({ paymentRequestId: two, outcome: "fail" });
    expect((await env.client.dossiers.get(record.code)).status).toBe("awaiting_payment");
    expect(resumeEvents(record.code)).toHaveLength(0);
  });
});
