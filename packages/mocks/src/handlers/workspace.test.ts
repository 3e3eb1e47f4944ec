import type { ChinhQuyenSoClient } from "@chinhquyenso/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiError, raw, startTestSandbox } from "../sandbox/sandbox.test-support";
import type { Sandbox } from "../sandbox/server";
import { INDICATORS } from "../seed/texts";

let sandbox: Sandbox;
let client: ChinhQuyenSoClient;

beforeAll(async () => {
  ({ sandbox, client } = await startTestSandbox());
});
afterAll(() => sandbox.close());

describe("calendar, meetings, notifications, indicators, reports, lookups", () => {
  it("lists the current user's calendar in a range of at most 92 days", async () => {
    const week = await client.calendar.listEvents({ from: "2026-11-23", to: "2026-11-27" });
    expect(week.items.every((event) => event.agencyCode === sandbox.store.currentUser.agencyCode)).toBe(true);
    expect(week.items.every((event) => event.startsAt < "2026-11-28" && event.endsAt >= "2026-11-23")).toBe(
      true,
    );
    expect(
      (await apiError(client.calendar.listEvents({ from: "2026-01-01", to: "2026-06-01" }))).status,
    ).toBe(400);
  });

  it("needs a delegate's name to delegate a meeting, and refuses answers for a meeting that has ended", async () => {
    const scheduled = [...sandbox.store.meetings.values()].find((meeting) => meeting.state === "scheduled");
    const missing = await apiError(
      client.meetings.confirmAttendance(scheduled?.id ?? "", { response: "delegated" }),
    );
    expect(missing.problem).toMatchObject({ errors: [{ field: "/delegateName" }] });
    const ended = [...sandbox.store.meetings.values()].find((meeting) => meeting.state === "ended");
    expect(
      (await apiError(client.meetings.confirmAttendance(ended?.id ?? "", { response: "attending" }))).status,
    ).toBe(409);
  });

  it("counts unread notifications and marks them read", async () => {
    const before = await client.notifications.list({ limit: 5 });
    expect(before.unread).toBeGreaterThan(0);
    const { updated } = await client.notifications.markAllRead({});
    expect(updated).toBe(before.unread);
    expect((await client.notifications.list({ unread: true })).items).toEqual([]);
  });

  it("gives each indicator the direction of its seeded target (none: neutral)", async () => {
    const { items } = await client.indicators.list();
    const expected = new Map(
      INDICATORS.map((indicator) => [
        indicator.code,
        indicator.target === null
          ? "neutral"
          : indicator.target.direction === "at_least"
            ? "higher_is_better"
            : "lower_is_better",
      ]),
    );
    expect(items.map((item) => [item.code, item.direction])).toEqual(
      items.map((item) => [item.code, expected.get(item.code)]),
    );
    expect(new Set(items.map((item) => item.direction))).toEqual(
      new Set(["higher_is_better", "lower_is_better", "neutral"]),
    );
  });

  it("gives news an absolute page URL and a text alternative for each image", async () => {
    const { items } = await client.news.list({ limit: 100 });
    for (const article of items) {
      expect(new URL(article.url).protocol).toMatch(/^https?:$/);
      expect(article.imageAlt === null).toBe(article.imageUrl === null);
    }
  });

  it("filters indicator series by period (month, quarter or year) and refuses malformed periods", async () => {
    const code = sandbox.store.world.indicators[0]?.code ?? "";
    const quarter = await client.indicators.series(code, { from: "2026-Q1", to: "2026-Q1" });
    expect(quarter.points.map((point) => point.period)).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect((await apiError(client.indicators.series(code, { from: "Q1-2026" }))).status).toBe(400);
  });

  it("reports timeliness per agency and month with core's counts (finished = early + on time + late)", async () => {
    const report = await client.reports.timeliness({ from: "2026-09-01", to: "2026-11-25" });
    expect(report.rows.length).toBeGreaterThan(0);
    for (const row of report.rows) {
      expect(row.finished).toBe(row.early + row.onTime + row.late);
      expect(row.received).toBe(row.finished + row.open);
    }
  });

  it("audits household lookups, found or not, and needs the lookup reason", async () => {
    const applicant = [...sandbox.store.dossiers.values()][0]?.applicant;
    const found = await client.citizens.lookupHousehold(
      { citizenId: applicant?.citizenId ?? "" },
      { lookupReason: "Xác minh cư trú cho hồ sơ mẫu" },
    );
    expect(found.members[0]).toMatchObject({ fullName: applicant?.fullName, relationship: "Chủ hộ" });
    const noReason = await raw(sandbox, "/v1/citizens/household-lookups", {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": crypto.randomUUID() },
      body: JSON.stringify({ citizenId: applicant?.citizenId }),
    });
    expect(noReason.status).toBe(422);
    expect(sandbox.store.audit.map((entry) => entry.lookupId)).toContain(found.lookupId);
    expect(JSON.stringify(await noReason.json())).not.toContain(applicant?.citizenId ?? "none");
  });
});

describe("authentication options", () => {
  it("accepts only the configured token, so that the client's refresh can be shown", async () => {
    const { sandbox: strict } = await startTestSandbox({ size: 10, auth: { token: "fresh" } });
    try {
      const rejected = await raw(strict, "/v1/procedure-fields", {
        headers: { authorization: "Bearer stale" },
      });
      expect(rejected.status).toBe(401);
      expect(rejected.headers.get("www-authenticate")).toContain('error="invalid_token"');
      expect(JSON.stringify(await rejected.json())).not.toContain("stale");
      expect(
        (await raw(strict, "/v1/procedure-fields", { headers: { authorization: "Bearer fresh" } })).status,
      ).toBe(200);
    } finally {
      await strict.close();
    }
  });

  it("answers 403 when the token lacks the operation's scope", async () => {
    const { sandbox: scoped } = await startTestSandbox({
      size: 10,
      auth: { unknownTokens: "any", scopes: ["dossiers:read"] },
    });
    try {
      expect((await raw(scoped, "/v1/dossiers")).status).toBe(200);
      const denied = await raw(scoped, "/v1/documents");
      expect(denied.status).toBe(403);
      expect(await denied.json()).toMatchObject({
        code: "insufficient_scope",
        detail: "Required scope: documents:read",
      });
    } finally {
      await scoped.close();
    }
  });
});
