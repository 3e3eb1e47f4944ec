// Contract-wide: records follow their principal. For every operation that addresses an agency's (or a
// principal's own) record, the owner's request finds it and the same request from an officer of another agency
// is a 404 — never a 403 that would confirm the code exists. Lists leave out what is out of reach. A citizen
// gets only their own records and never internal data, from every operation open to citizens.
import { beforeAll, describe, expect, it } from "vitest";
import type { DossierRecord } from "../dataset/types";
import { OPERATIONS, type OperationId } from "../openapi/document";
import { ensureAttachments } from "../store/dossier-ops";
import type { Principal } from "../store/principals";
import type { MockStore } from "../store/store";
import type { MockHandlers } from "./create";
import { type Call, callAs, otherCitizenIds, platformWith, requestTo } from "./principals.test-support";

let handlers: MockHandlers;
let store: MockStore;
let officer: Principal;
let other: Principal;
let citizen: Principal;
let otherCitizen: Principal;
let leader: Principal;
let otherLeader: Principal;
let lookupId: string;

function first<T>(items: Iterable<T>, predicate: (item: T) => boolean, what: string): T {
  for (const item of items) if (predicate(item)) return item;
  throw new Error(`the sample data has no ${what}`);
}
const ofAgency = (record: DossierRecord) => record.agencyCode === officer.agencyCode;

beforeAll(async () => {
  handlers = platformWith((world) => [
    {
      id: "citizen_2",
      kind: "citizen",
      token: "t-citizen-2",
      dossierCode:
        world.dossiers.find((record) => record.agencyCode !== world.currentUser.agencyCode)?.code ?? "",
    },
    // A second holder of the restricted lookup scope: household lookups are their own principal's records.
    {
      id: "leader_2",
      kind: "leader",
      token: "t-leader-2",
      agencyCode:
        world.dossiers.find((record) => record.agencyCode !== world.currentUser.agencyCode)?.agencyCode ??
        "(no other agency in the data set)",
    },
  ]);
  store = handlers.store;
  officer = store.principal("officer");
  other = store.principal("officer_2");
  citizen = store.principal("citizen");
  otherCitizen = store.principal("citizen_2");
  leader = store.principal("leader");
  otherLeader = store.principal("leader_2");
  const applicantId = [...store.dossiers.values()].find((record) => record.applicant.citizenId)?.applicant
    .citizenId;
  const lookup = await callAs(handlers, leader.token, {
    method: "POST",
    path: "/v1/citizens/household-lookups",
    headers: {
      "content-type": "application/json",
      "idempotency-key": crypto.randomUUID(),
      "x-lookup-reason": encodeURIComponent("Xác minh cư trú cho hồ sơ mẫu"),
    },
    body: JSON.stringify({ citizenId: applicantId }),
  });
  expect(lookup.status).toBe(200);
  lookupId = ((await lookup.json()) as { lookupId: string }).lookupId;
  expect(other.agencyCode).not.toBe(officer.agencyCode);
  // An apology letter of the officer's agency, written through the API as the platform would.
  const overdue = first(
    store.dossiers.values(),
    (record) =>
      ofAgency(record) && record.status === "processing" && (record.dueMs ?? Infinity) < store.now(),
    "overdue dossier of the officer's agency",
  );
  const letter = await callAs(handlers, officer.token, {
    method: "POST",
    path: `/v1/dossiers/${overdue.code}/apology-letter`,
    headers: { "content-type": "application/json", "idempotency-key": crypto.randomUUID() },
    body: JSON.stringify({
      reason: "Cần xác minh thêm tại địa phương.",
      newDueAt: "2026-12-15T17:00:00+07:00",
    }),
  });
  expect(letter.status).toBe(201);
});

/** Path parameters naming a record of the officer's agency (or the officer's own) for `operationId`. */
function ownParams(operationId: OperationId): Record<string, string> {
  const dossiers = [...store.dossiers.values()].filter(ofAgency);
  const dossier =
    operationId === "dossiers.getPaymentRequest" || operationId === "dossiers.confirmPayment"
      ? first(dossiers, (record) => record.paymentRequests.length > 0, "payment request")
      : operationId === "dossiers.downloadReceipt"
        ? first(dossiers, (record) => record.fees.some((fee) => fee.receiptId), "receipt")
        : operationId === "dossiers.getApologyLetter"
          ? first(dossiers, (record) => record.apologyLetter !== null, "apology letter")
          : (dossiers[0] as DossierRecord);
  const meeting = first(
    store.meetings.values(),
    (item) => item.documents.length > 0,
    "meeting with documents",
  );
  // An operation only citizens and services call (rating) is checked between two citizens.
  const feedback = first(
    store.feedback.values(),
    (item) =>
      operationId === "feedback.rate"
        ? item.reporterCitizenId === citizen.citizenId
        : item.agencyCode === officer.agencyCode,
    "feedback",
  );
  const notification = first(
    store.notifications.values(),
    (item) => item.recipientId === officer.userId,
    "notice",
  );
  return {
    code: dossier.code,
    attachmentId: ensureAttachments(store, dossier)[0]?.id ?? "",
    paymentRequestId: dossier.paymentRequests[0]?.id ?? "",
    receiptId: dossier.fees.find((fee) => fee.receiptId)?.receiptId ?? "",
    documentId: operationId.startsWith("meetings.")
      ? (meeting.documents[0]?.id ?? "")
      : ([...store.documents.values()][0]?.id ?? ""),
    requestId: [...store.signingRequests.keys()][0] ?? "",
    feedbackId: feedback.id,
    meetingId: meeting.id,
    notificationId: notification.id,
    lookupId,
  };
}

const scopedOperations = [...OPERATIONS.values()].flatMap((operation) =>
  !operation.access.public &&
  operation.access.scheme === "oidc" &&
  operation.access.recordScope !== "shared" &&
  /\{(?!format\})/.test(operation.path)
    ? [{ ...operation, access: operation.access }]
    : [],
);

describe("another agency's record is a 404, for every operation that addresses one", () => {
  it("covers the record-scoped operations of the contract", () => {
    expect(scopedOperations.length).toBeGreaterThan(25);
  });

  it.each(scopedOperations)("$operationId", async (operation) => {
    const staff = operation.access.principals.includes("officer");
    const restricted = operation.access.scopes.includes("citizens:lookup");
    const [owner, outsider] = restricted
      ? [leader, otherLeader]
      : staff
        ? [officer, other]
        : [citizen, otherCitizen];
    const call = requestTo(operation, ownParams(operation.operationId));
    const found = await callAs(handlers, owner.token, call);
    expect([401, 403, 404], `the owner's request: ${found.status}`).not.toContain(found.status);
    await found.body?.cancel();
    const hidden = await callAs(handlers, outsider.token, {
      ...call,
      headers: { ...call.headers, "idempotency-key": crypto.randomUUID() },
    });
    expect(hidden.status).toBe(404);
    expect(await hidden.json()).toMatchObject({ code: "not_found" });
  });
});

describe("lists leave out what is out of reach", () => {
  const items = async (token: string, path: string) =>
    ((await (await callAs(handlers, token, { path })).json()) as { items: Record<string, unknown>[] }).items;

  it("dossiers, their counts, documents and feedback", async () => {
    for (const [principal, agency] of [
      [officer, officer.agencyCode],
      [other, other.agencyCode],
    ] as const) {
      const dossiers = await items(principal.token, "/v1/dossiers?limit=100");
      expect(dossiers.length).toBeGreaterThan(0);
      expect(new Set(dossiers.map((item) => item.agencyCode))).toEqual(new Set([agency]));
      const all = (await items(principal.token, "/v1/dossier-counts")).find((item) => item.queue === "all");
      const visible = [...store.dossiers.values()].filter((record) => record.agencyCode === agency).length;
      expect(all?.count).toBe(visible);
      const feedback = await items(principal.token, "/v1/feedback?limit=100");
      expect(feedback.every((item) => item.agencyCode === agency)).toBe(true);
    }
    expect((await items(officer.token, "/v1/documents?limit=100")).length).toBeGreaterThan(0);
    expect(await items(other.token, "/v1/documents?limit=100")).toEqual([]);
  });
});

describe("a citizen gets their own records and no internal data, from every operation open to them", () => {
  const ownDossier = () =>
    first(
      store.dossiers.values(),
      (record) => record.applicant.citizenId === citizen.citizenId,
      "citizen's dossier",
    );
  const ownFeedback = () =>
    first(
      store.feedback.values(),
      (record) => record.reporterCitizenId === citizen.citizenId,
      "citizen's feedback",
    );
  const json = (body: unknown): Pick<Call, "headers" | "body"> => ({
    headers: { "content-type": "application/json", "idempotency-key": crypto.randomUUID() },
    body: JSON.stringify(body),
  });
  const calls: Record<string, () => Call> = {
    "agencies.list": () => ({ path: "/v1/agencies" }),
    "agencies.get": () => ({ path: `/v1/agencies/${store.world.agencies[0]?.code}` }),
    "procedures.list": () => ({ path: "/v1/procedures?limit=5" }),
    "procedures.get": () => ({ path: `/v1/procedures/${store.world.procedures[0]?.code}` }),
    "procedures.listFields": () => ({ path: "/v1/procedure-fields" }),
    "dossiers.list": () => ({ path: "/v1/dossiers?queue=all&limit=100" }),
    "dossiers.get": () => ({ path: `/v1/dossiers/${ownDossier().code}` }),
    "dossiers.getApologyLetter": () => ({ path: `/v1/dossiers/${ownDossier().code}/apology-letter` }),
    "dossiers.listAttachments": () => ({ path: `/v1/dossiers/${ownDossier().code}/attachments` }),
    "dossiers.downloadAttachment": () => {
      const dossier = ownDossier();
      return {
        path: `/v1/dossiers/${dossier.code}/attachments/${ensureAttachments(store, dossier)[0]?.id}/content`,
      };
    },
    "dossiers.listFees": () => ({ path: `/v1/dossiers/${ownDossier().code}/fees` }),
    "dossiers.getPaymentRequest": () => ({ path: `/v1/dossiers/${ownDossier().code}/payment-requests/none` }),
    "dossiers.listPaymentRequests": () => ({ path: `/v1/dossiers/${ownDossier().code}/payment-requests` }),
    "dossiers.downloadReceipt": () => {
      const dossier = ownDossier();
      return {
        path: `/v1/dossiers/${dossier.code}/receipts/${dossier.fees.find((fee) => fee.receiptId)?.receiptId}`,
      };
    },
    "feedback.list": () => ({ path: "/v1/feedback?limit=100" }),
    "feedback.get": () => ({ path: `/v1/feedback/${ownFeedback().id}` }),
    "feedback.thread": () => ({ path: `/v1/feedback/${ownFeedback().id}/thread?visibility=all&limit=100` }),
    "feedback.postUpdate": () => {
      const form = new FormData();
      form.set("entryType", "public_reply");
      form.set("body", "Cảm ơn, tôi đã nhận được phản hồi.");
      return {
        method: "POST",
        path: `/v1/feedback/${ownFeedback().id}/thread`,
        headers: { "idempotency-key": crypto.randomUUID() },
        body: form,
      };
    },
    "feedback.reopen": () => ({
      method: "POST",
      path: `/v1/feedback/${ownFeedback().id}/reopen`,
      ...json({ reason: "Chưa xử lý xong." }),
    }),
    "feedback.rate": () => ({
      method: "PUT",
      path: `/v1/feedback/${ownFeedback().id}/rating`,
      ...json({ rating: 4 }),
    }),
    "feedback.listCategories": () => ({ path: "/v1/feedback-categories" }),
    "notifications.list": () => ({ path: "/v1/notifications" }),
    "notifications.markRead": () => ({
      method: "PUT",
      path: `/v1/notifications/${[...store.notifications.keys()][0]}/read`,
    }),
    "notifications.markAllRead": () => ({ method: "POST", path: "/v1/notifications/read-all", ...json({}) }),
    "notifications.stream": () => ({ path: "/v1/notification-stream" }),
    "news.list": () => ({ path: "/v1/news?limit=5" }),
    "news.get": () => ({ path: `/v1/news/${store.world.news[0]?.id}` }),
    "session.me": () => ({ path: "/v1/me" }),
  };
  const openToCitizens = [...OPERATIONS.values()].filter(
    (operation) => !operation.access.public && operation.access.principals.includes("citizen"),
  );

  it("has a call for every operation the contract opens to citizens", () => {
    expect(Object.keys(calls).sort()).toEqual(
      openToCitizens.map((operation) => operation.operationId).sort(),
    );
  });

  it.each(openToCitizens)("$operationId", async (operation) => {
    const make = calls[operation.operationId];
    if (!make) throw new Error(`no citizen call for ${operation.operationId}`);
    const response = await callAs(handlers, citizen.token, make());
    expect(response.status, operation.operationId).toBeLessThan(500);
    expect([401, 403]).not.toContain(response.status);
    if (operation.streaming) return void (await response.body?.cancel());
    const text = await response.text();
    expect(text).not.toContain("internal_note");
    expect(text).not.toMatch(/"activity":"assigned"/);
    for (const id of otherCitizenIds(store, citizen.citizenId ?? "")) expect(text).not.toContain(id);
    if (!(response.headers.get("content-type") ?? "").includes("json")) return;
    const body = JSON.parse(text) as { items?: Record<string, unknown>[]; assignee?: unknown };
    if (operation.operationId === "dossiers.list") {
      expect(body.items?.length).toBeGreaterThan(0);
      for (const item of body.items ?? [])
        expect((item.applicant as { citizenId?: string }).citizenId).toBe(citizen.citizenId);
    }
    if (operation.operationId === "feedback.list") {
      expect(body.items?.map((item) => item.id)).toEqual([ownFeedback().id]);
      expect(body.items?.every((item) => item.assignee === null)).toBe(true);
    }
    if (operation.operationId === "feedback.get") expect(body.assignee).toBeNull();
  });

  it("cannot post an internal note, and marking all read leaves the officer's notifications alone", async () => {
    const form = new FormData();
    form.set("entryType", "internal_note");
    form.set("body", "ghi chú");
    const note = await callAs(handlers, citizen.token, {
      method: "POST",
      path: `/v1/feedback/${ownFeedback().id}/thread`,
      headers: { "idempotency-key": crypto.randomUUID() },
      body: form,
    });
    expect(await note.json()).toMatchObject({ status: 403, code: "action_not_allowed" });
    const unread = () => [...store.notifications.values()].filter((item) => item.readAt === null).length;
    const before = unread();
    expect(before).toBeGreaterThan(0);
    await callAs(handlers, citizen.token, calls["notifications.markAllRead"]?.() as Call);
    expect(unread()).toBe(before);
  });

  it("gets the same thread staff see without internal notes and routing, whatever visibility it asks for", async () => {
    const record = ownFeedback();
    expect(record.thread.some((entry) => entry.entryType === "internal_note")).toBe(true);
    const thread = async (token: string) =>
      (
        (await (
          await callAs(handlers, token, { path: `/v1/feedback/${record.id}/thread?visibility=all&limit=100` })
        ).json()) as { items: { entryType: string; activity?: string }[] }
      ).items;
    const staff = await thread(officer.token);
    const mine = await thread(citizen.token);
    expect(staff.length).toBe(record.thread.length);
    expect(mine.length).toBe(
      staff.filter((entry) => entry.entryType !== "internal_note" && entry.activity !== "assigned").length,
    );
  });
});
