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

describe("Decree 30 documents", () => {
  it("lists the most urgent first and filters what is assigned to me", async () => {
    const page = await client.documents.list({ direction: "incoming", limit: 100 });
    const order = { flash: 0, very_urgent: 1, urgent: 2, normal: 3 } as const;
    const ranks = page.items.map((doc) => order[doc.urgency as keyof typeof order]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const mine = await client.documents.list({ assignee: "me", state: ["awaiting_signature"] });
    expect(mine.items.length).toBeGreaterThanOrEqual(4);
  });

  it("assigns exactly one lead, then completes the lead's part", async () => {
    const doc =
      [...sandbox.store.documents.values()].find(
        (item) => item.direction === "incoming" && item.state === "registered",
      ) ??
      [...sandbox.store.documents.values()].find(
        (item) => item.direction === "incoming" && item.state === "received",
      );
    const view = await client.documents.get(doc?.id ?? "");
    const me = sandbox.store.currentUser.id;
    const twoLeads = await apiError(
      client.documents.assign(
        view.id,
        {
          assignments: [
            { role: "lead", assigneeId: me },
            { role: "lead", assigneeId: me },
          ],
        },
        { ifMatch: view.etag },
      ),
    );
    expect(twoLeads.problem).toMatchObject({ errors: [{ field: "/assignments", code: "one_lead" }] });
    const assigned = await client.documents.assign(
      view.id,
      { instruction: "Chủ trì tham mưu.", assignments: [{ role: "lead", assigneeId: me }] },
      { ifMatch: view.etag },
    );
    expect(assigned).toMatchObject({
      state: "assigned",
      assignments: [{ role: "lead", instruction: "Chủ trì tham mưu.", assignee: { id: me } }],
    });
    const completed = await client.documents.complete(
      view.id,
      { comment: "Đã xong." },
      { ifMatch: assigned.etag },
    );
    expect(completed.state).toBe("completed");
    expect((await apiError(client.documents.complete(view.id, {}, { ifMatch: completed.etag }))).status).toBe(
      409,
    );
  });
});
