import type { ChinhQuyenSoClient } from "@chinhquyenso/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiError, startTestSandbox } from "../sandbox/sandbox.test-support";
import type { Sandbox } from "../sandbox/server";

let sandbox: Sandbox;
let client: ChinhQuyenSoClient;

beforeAll(async () => {
  ({ sandbox, client } = await startTestSandbox());
});
afterAll(() => sandbox.close());

const withStatus = (status: string) => {
  const found = [...sandbox.store.feedback.values()].find((item) => item.status === status);
  if (!found) throw new Error(`no ${status} feedback`);
  return found;
};

describe("1022 feedback", () => {
  it("records an intake as pending assignment, with a created activity, and refuses an unknown category", async () => {
    const created = await client.feedback.create({
      title: "Cây xanh gãy đổ",
      description: "Cây gãy chắn ngang đường.",
      channel: "phone",
      categoryCode: "roads",
      location: { address: "Đường Yersin, phường Phú Cường" },
    });
    expect(created).toMatchObject({ status: "pending_assignment", agencyCode: null, assignee: null });
    expect(created.code).toMatch(/^PA-2026-\d{6}$/);
    const thread = await client.feedback.thread(created.id);
    expect(thread.items).toMatchObject([{ entryType: "activity", activity: "created" }]);
    const error = await apiError(
      client.feedback.create({ title: "x", description: "y", channel: "phone", categoryCode: "weather" }),
    );
    expect(error.status).toBe(422);
    expect(error.problem).toMatchObject({ errors: [{ field: "/categoryCode", code: "unknown_category" }] });
  });

  it("assigns with If-Match and writes the assignment to the thread", async () => {
    const item = withStatus("pending_assignment");
    const view = await client.feedback.get(item.id);
    const assigned = await client.feedback.assign(
      item.id,
      { assigneeId: sandbox.store.currentUser.id },
      { ifMatch: view.etag },
    );
    expect(assigned).toMatchObject({ status: "in_progress", assignee: { id: sandbox.store.currentUser.id } });
    const stale = await apiError(
      client.feedback.assign(item.id, { assigneeId: sandbox.store.currentUser.id }, { ifMatch: view.etag }),
    );
    expect(stale.status).toBe(412);
    const activities = (await client.feedback.thread(item.id, { limit: 100 })).items
      .map((entry) => entry.activity)
      .filter(Boolean);
    expect(activities.slice(-2)).toEqual(["assigned", "status_changed"]);
  });

  it("shows a posted reply in the thread, with its files, and changes the status when asked", async () => {
    const item = withStatus("in_progress");
    const posted = await client.feedback.postUpdate(item.id, {
      entryType: "public_reply",
      body: "Đã khắc phục sự cố.",
      status: "resolved",
      files: [new Blob(["jpeg"], { type: "image/jpeg" })],
      fileAlts: ["Trụ đèn đã sáng lại"],
    });
    expect(posted).toMatchObject({
      entryType: "public_reply",
      body: "Đã khắc phục sự cố.",
      attachments: [{ contentType: "image/jpeg", size: 4, alt: "Trụ đèn đã sáng lại" }],
    });
    const thread = await client.feedback.thread(item.id, { limit: 100 });
    expect(thread.items.map((entry) => entry.id)).toContain(posted.id);
    expect(thread.items.at(-1)).toMatchObject({
      activity: "status_changed",
      fromStatus: "in_progress",
      toStatus: "resolved",
    });
    expect((await client.feedback.get(item.id)).status).toBe("resolved");
  });

  it("refuses a status change the workflow does not allow, and writing to a closed feedback", async () => {
    const pending = withStatus("pending_assignment");
    expect(
      (
        await apiError(
          client.feedback.postUpdate(pending.id, {
            entryType: "internal_note",
            body: "x",
            status: "resolved",
          }),
        )
      ).status,
    ).toBe(409);
    const closed = withStatus("closed");
    expect(
      (await apiError(client.feedback.postUpdate(closed.id, { entryType: "public_reply", body: "x" })))
        .status,
    ).toBe(409);
  });

  it("reopens resolved feedback, and rates only resolved or closed feedback", async () => {
    const resolved = withStatus("resolved");
    const reopened = await client.feedback.reopen(resolved.id, { reason: "Sự việc tái diễn." });
    expect(reopened.status).toBe("in_progress");
    expect((await apiError(client.feedback.rate(resolved.id, { rating: 4 }))).status).toBe(409);
    const closed = withStatus("closed");
    expect((await client.feedback.rate(closed.id, { rating: 1, comment: "Xử lý chậm." })).rating).toBe(1);
    const thread = await client.feedback.thread(closed.id, { limit: 100 });
    // The rating is structured; the body is the citizen's comment only.
    expect(thread.items.at(-1)).toMatchObject({
      entryType: "activity",
      activity: "rated",
      rating: 1,
      body: "Xử lý chậm.",
    });
  });

  it("gives seeded rated activity a structured rating", () => {
    const rated = [...sandbox.store.feedback.values()].flatMap((item) =>
      item.thread.filter((entry) => entry.activity === "rated"),
    );
    expect(rated.length).toBeGreaterThan(0);
    for (const entry of rated) expect([1, 2, 3, 4, 5]).toContain(entry.rating);
    // Every level occurs, low ones included (the widget offers reopening beside them).
    expect(new Set(rated.map((entry) => entry.rating)).size).toBe(5);
  });

  it("leaves internal notes and assignments out of the public view of a thread", async () => {
    const item = [...sandbox.store.feedback.values()].find(
      (record) =>
        record.thread.some((entry) => entry.entryType === "internal_note") &&
        record.thread.some((entry) => entry.activity === "assigned") &&
        record.thread.some((entry) => entry.entryType === "public_reply"),
    );
    expect(item, "a seeded feedback with notes, an assignment and replies").toBeDefined();
    const id = item?.id ?? "";
    const all = (await client.feedback.thread(id, { limit: 100 })).items;
    const publicView = (await client.feedback.thread(id, { limit: 100, visibility: "public" })).items;
    expect(all.length).toBe(item?.thread.length);
    expect(publicView.some((entry) => entry.entryType === "internal_note")).toBe(false);
    expect(publicView.some((entry) => entry.activity === "assigned")).toBe(false);
    expect(publicView.map((entry) => entry.id)).toEqual(
      all
        .filter(
          (entry) =>
            entry.entryType === "public_reply" ||
            (entry.entryType === "activity" && entry.activity !== "assigned"),
        )
        .map((entry) => entry.id),
    );
    // Paging the public view never skips or repeats an entry.
    const paged = [];
    for await (const page of client.feedback.threadAll(id, { limit: 1, visibility: "public" }).byPage())
      paged.push(...page.items);
    expect(paged.map((entry) => entry.id)).toEqual(publicView.map((entry) => entry.id));
  });

  it("lists assignable officers by agency and name, without contact data", async () => {
    const me = sandbox.store.currentUser;
    const colleagues = await client.officers.list({ agencyCode: me.agencyCode, limit: 100 });
    expect(colleagues.items.length).toBeGreaterThan(0);
    expect(colleagues.items.every((officer) => officer.agencyCode === me.agencyCode)).toBe(true);
    expect(colleagues.items.map((officer) => officer.id)).toContain(me.id);
    const allowed = ["agencyCode", "agencyName", "id", "name", "position"];
    for (const officer of colleagues.items)
      expect(Object.keys(officer).filter((key) => !allowed.includes(key))).toEqual([]);
    const family = me.name.split(" ").at(-1) ?? "";
    const unaccented = family.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d");
    const found = await client.officers.list({ q: unaccented });
    expect(found.items.map((officer) => officer.id)).toContain(me.id);
    expect(JSON.stringify(found)).not.toMatch(/\d{9,}|@/);
  });

  it("publishes public feedback on Open311 without contact details", async () => {
    const requests = await client.open311.listRequests("json");
    expect(requests.length).toBeGreaterThan(0);
    const publicCodes = new Set(
      [...sandbox.store.feedback.values()].filter((item) => item.public).map((item) => item.code),
    );
    expect(requests.every((request) => publicCodes.has(request.service_request_id))).toBe(true);
    expect(JSON.stringify(requests)).not.toMatch(/0\d{9}/);
    // GeoReport v2 strings straight from core: the service from the category, no null stand-ins.
    const categories = new Map(sandbox.store.world.feedbackCategories.map((item) => [item.code, item.name]));
    for (const request of requests) {
      expect(request.service_name).toBe(categories.get(request.service_code));
      expect(typeof request.description).toBe("string");
    }
    const hidden = [...sandbox.store.feedback.values()].find((item) => !item.public);
    expect((await apiError(client.open311.getRequest(hidden?.code ?? "", "json"))).status).toBe(404);
  });
});
