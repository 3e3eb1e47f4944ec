import type { ChinhQuyenSoClient } from "@chinhquyenso/client";
import { allowedActions, DOSSIER_QUEUES, filterQueue } from "@chinhquyenso/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiError, raw, startTestSandbox } from "../sandbox/sandbox.test-support";
import type { Sandbox } from "../sandbox/server";
import { inQueue } from "../store/queues";
import { dossierView } from "../store/views";

let sandbox: Sandbox;
let client: ChinhQuyenSoClient;

beforeAll(async () => {
  ({ sandbox, client } = await startTestSandbox());
});
afterAll(() => sandbox.close());

/** A dossier currently in `status`, straight from the store. */
function dossierIn(status: string) {
  const record = [...sandbox.store.dossiers.values()].find((item) => item.status === status);
  if (!record) throw new Error(`the data set has no ${status} dossier`);
  return record;
}

describe("dossier queues", () => {
  it("counts each queue exactly as many dossiers as the list returns for it", async () => {
    const counts = await client.dossiers.counts();
    expect(counts.items.map((item) => item.queue)).toEqual([...DOSSIER_QUEUES]);
    for (const count of counts.items) {
      const page = await client.dossiers.list({ queue: count.queue, limit: 1 });
      expect(page.total, count.queue).toBe(count.count);
    }
    expect(counts.items.find((item) => item.queue === "all")?.count).toBe(300);
  });

  it("puts a dossier in a queue exactly when core's filterQueue does", () => {
    const records = [...sandbox.store.dossiers.values()];
    // The contract's dossier carries its pauses, so core judges stopped clocks from the view alone.
    const views = records.map((record) => ({
      ...dossierView(sandbox.store, record),
      returnByPost: record.returnByPost,
    }));
    expect(views.some((view) => view.pauses.some((pause) => pause.to === null))).toBe(true);
    for (const queue of DOSSIER_QUEUES) {
      const byCore = filterQueue(queue, views, {
        now: sandbox.store.nowIso(),
        calendar: sandbox.store.calendar,
      }).map((view) => view.code);
      const byStore = records
        .filter((record) => inQueue(sandbox.store, record, queue))
        .map((record) => record.code);
      expect(byStore, queue).toEqual(byCore);
      // The seeded archetypes make every queue non-empty, even in a small data set.
      expect(byCore.length, queue).toBeGreaterThan(0);
    }
  });

  it("walks every page once with cursors, and refuses a cursor reused with other filters", async () => {
    const codes: string[] = [];
    for await (const page of client.dossiers.listAll({ queue: "all", limit: 100 }).byPage())
      codes.push(...page.items.map((item) => item.code));
    expect(codes).toHaveLength(300);
    expect(new Set(codes).size).toBe(300);
    const first = await client.dossiers.list({ queue: "all", limit: 10 });
    const error = await apiError(
      client.dossiers.list({ queue: "in_progress", cursor: first.nextCursor ?? "", limit: 10 }),
    );
    expect(error.status).toBe(400);
  });

  it("filters by status, channel and assignee, and sorts by due date", async () => {
    const page = await client.dossiers.list({
      status: ["processing", "received"],
      sort: "dueAt",
      limit: 100,
    });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((item) => item.status === "processing" || item.status === "received")).toBe(true);
    const dues = page.items.map((item) => Date.parse(item.dueAt ?? ""));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    const mine = await client.dossiers.list({ assignee: "me", limit: 100 });
    const me = sandbox.store.currentUser.id;
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((item) => item.assignee?.id === me)).toBe(true);
  });

  it("finds dossiers by free text without accents", async () => {
    const record = dossierIn("processing");
    const family = record.applicant.fullName.split(" ")[0] ?? "";
    const plain = family
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D");
    const page = await client.dossiers.list({ q: `${plain} ${record.code}`, limit: 5 });
    expect(page.items[0]?.code).toBe(record.code);
  });
});

describe("dossier transitions", () => {
  it("applies a legal transition, with history, new etag and ETag header", async () => {
    const record = dossierIn("received");
    const before = await raw(sandbox, `/v1/dossiers/${record.code}`);
    const etag = before.headers.get("etag") ?? "";
    expect(etag).toBe((await before.json()).etag);
    const updated = await client.dossiers.transition(
      record.code,
      { action: "start_processing", comment: "Chuyển thẩm định." },
      { ifMatch: etag },
    );
    expect(updated.status).toBe("processing");
    expect(updated.etag).not.toBe(etag);
    expect(updated.allowedActions).toEqual([...allowedActions("processing")]);
    const history = await client.dossiers.history(record.code);
    expect(history.items.at(-1)).toMatchObject({
      action: "start_processing",
      fromStatus: "received",
      toStatus: "processing",
    });
  });

  it("answers 428 without If-Match, 412 with a stale one, 409 with core's allowed actions on an illegal one", async () => {
    const record = dossierIn("processing");
    const body = JSON.stringify({ action: "finish" });
    const headers = { "content-type": "application/json", "idempotency-key": "key-428-aaaaaa" };
    const missing = await raw(sandbox, `/v1/dossiers/${record.code}/transitions`, {
      method: "POST",
      body,
      headers,
    });
    expect(missing.status).toBe(428);
    const stale = await raw(sandbox, `/v1/dossiers/${record.code}/transitions`, {
      method: "POST",
      body,
      headers: { ...headers, "idempotency-key": "key-412-aaaaaa", "if-match": '"d-stale-0"' },
    });
    expect(stale.status).toBe(412);
    const view = await client.dossiers.get(record.code);
    const error = await apiError(
      client.dossiers.transition(record.code, { action: "accept" }, { ifMatch: view.etag }),
    );
    expect(error.status).toBe(409);
    expect(error.problem).toMatchObject({
      code: "invalid_transition",
      currentStatus: "processing",
      allowedActions: [...allowedActions("processing")],
    });
  });

  it("requires a reason to refuse, suspend or withdraw (422 naming the field)", async () => {
    const record = dossierIn("processing");
    const view = await client.dossiers.get(record.code);
    const error = await apiError(
      client.dossiers.transition(record.code, { action: "suspend" }, { ifMatch: view.etag }),
    );
    expect(error.status).toBe(422);
    expect(error.problem).toMatchObject({ errors: [{ field: "/reason", code: "required" }] });
  });

  it("stops the clock while awaiting a supplement and moves the due date by the pause", async () => {
    const record = dossierIn("processing");
    const view = await client.dossiers.get(record.code);
    const deadline = "2026-12-10T17:00:00+07:00";
    const paused = await client.dossiers.transition(
      record.code,
      { action: "request_supplement", supplement: { reason: "Thiếu tờ khai.", deadline } },
      { ifMatch: view.etag },
    );
    expect(paused.status).toBe("awaiting_supplement");
    expect(paused.supplementRequest).toMatchObject({ reason: "Thiếu tờ khai.", deadline });
    expect(record.pauses.at(-1)).toMatchObject({ to: null, status: "awaiting_supplement" });
    // The API says so too: the open pause is the dossier's last, from the moment of the transition.
    expect(paused.pauses.at(-1)).toEqual({ from: paused.updatedAt, to: null, status: "awaiting_supplement" });
    const resumed = await client.dossiers.transition(
      record.code,
      { action: "resume" },
      { ifMatch: paused.etag },
    );
    expect(resumed.status).toBe("processing");
    expect(record.pauses.at(-1)?.to).not.toBeNull();
    expect(resumed.pauses.at(-1)).toEqual({
      from: paused.updatedAt,
      to: resumed.updatedAt,
      status: "awaiting_supplement",
    });
    expect(Date.parse(resumed.dueAt ?? "")).toBeGreaterThanOrEqual(Date.parse(view.dueAt ?? ""));
  });
});

describe("idempotency keys", () => {
  it("replays the first response and applies the write once", async () => {
    const record = dossierIn("received");
    const view = await client.dossiers.get(record.code);
    const init = {
      method: "POST",
      body: JSON.stringify({ action: "start_processing" }),
      headers: {
        "content-type": "application/json",
        "if-match": view.etag,
        "idempotency-key": "replay-key-0001",
      },
    };
    const historyBefore = record.history.length;
    const first = await raw(sandbox, `/v1/dossiers/${record.code}/transitions`, init);
    const second = await raw(sandbox, `/v1/dossiers/${record.code}/transitions`, init);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(await second.json()).toEqual(await first.json());
    expect(record.history.length).toBe(historyBefore + 1);
  });

  it("refuses the same key for another body (422 idempotency_key_reused)", async () => {
    // Processing dossiers are plentiful in any data set; received ones are few and earlier tests move them on.
    const record = dossierIn("processing");
    const view = await client.dossiers.get(record.code);
    const headers = {
      "content-type": "application/json",
      "if-match": view.etag,
      "idempotency-key": "reused-key-0001",
    };
    const path = `/v1/dossiers/${record.code}/transitions`;
    expect(
      (
        await raw(sandbox, path, {
          method: "POST",
          headers,
          body: JSON.stringify({ action: "suspend", reason: "Chờ kết quả xác minh của cơ quan liên quan." }),
        })
      ).status,
    ).toBe(200);
    const reused = await raw(sandbox, path, {
      method: "POST",
      headers,
      body: JSON.stringify({ action: "resume" }),
    });
    expect(reused.status).toBe(422);
    expect(await reused.json()).toMatchObject({ code: "idempotency_key_reused" });
  });
});
