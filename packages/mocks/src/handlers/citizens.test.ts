// Household lookups: audited (lookups and reveals, the caller's own trail), rate-limited, reveals only from one's
// own lookup. Through the real client over the handlers.
import { describe, expect, it } from "vitest";
import { callAs, platformWith } from "./principals.test-support";

const handlers = platformWith((world) => [
  {
    id: "leader_2",
    kind: "leader",
    token: "t-leader-2",
    agencyCode:
      world.dossiers.find((record) => record.agencyCode !== world.currentUser.agencyCode)?.agencyCode ??
      "(no other agency in the data set)",
  },
]);
const { store } = handlers;
const leader = store.principal("leader");
const applicant = [...store.dossiers.values()].find((record) => record.applicant.citizenId)?.applicant;
const citizenId = applicant?.citizenId ?? "";
const reason = encodeURIComponent("Giải quyết hồ sơ thủ tục hành chính: H29-0001");

const lookup = (token: string, id = citizenId, purpose = "dossier_processing") =>
  callAs(handlers, token, {
    method: "POST",
    path: "/v1/citizens/household-lookups",
    headers: {
      "content-type": "application/json",
      "idempotency-key": crypto.randomUUID(),
      "x-lookup-reason": reason,
      "x-lookup-purpose": purpose,
    },
    body: JSON.stringify({ citizenId: id }),
  });
const reveal = (token: string, lookupId: string, body: unknown) =>
  callAs(handlers, token, {
    method: "POST",
    path: `/v1/citizens/household-lookups/${lookupId}/reveals`,
    headers: { "content-type": "application/json", "idempotency-key": crypto.randomUUID() },
    body: JSON.stringify(body),
  });
const trail = async (token: string) =>
  (await (await callAs(handlers, token, { path: "/v1/citizens/household-lookups?limit=100" })).json()) as {
    items: Record<string, unknown>[];
  };

describe("household lookups", () => {
  it("records the lookup and each reveal in the caller's own trail, with the ID masked", async () => {
    const found = await lookup(leader.token);
    expect(found.status).toBe(200);
    const household = (await found.json()) as { lookupId: string; members: unknown[] };
    const revealed = await reveal(leader.token, household.lookupId, { field: "birthDate", memberIndex: 0 });
    expect(revealed.status).toBe(201);
    expect(await revealed.json()).toMatchObject({ kind: "reveal", field: "birthDate", memberIndex: 0 });
    const { items } = await trail(leader.token);
    expect(items.slice(0, 2).map((item) => item.kind)).toEqual(["reveal", "lookup"]);
    expect(items[1]).toMatchObject({
      lookupId: household.lookupId,
      purpose: "dossier_processing",
      reason: "Giải quyết hồ sơ thủ tục hành chính: H29-0001",
      subject: `********${citizenId.slice(-4)}`,
      found: true,
    });
    expect(JSON.stringify(items)).not.toContain(citizenId);
    // Another leader sees none of it and cannot reveal from it.
    expect((await trail("t-leader-2")).items).toEqual([]);
    expect((await reveal("t-leader-2", household.lookupId, { field: "address" })).status).toBe(404);
  });

  it("answers the household masked; a field's full value comes only from its recorded reveal", async () => {
    const response = await lookup(leader.token);
    const raw = await response.text();
    const household = JSON.parse(raw) as {
      lookupId: string;
      address: string;
      masked: boolean;
      members: { citizenId: string; birthDate?: string }[];
    };
    expect(household.masked).toBe(true);
    // No full ID (12 or 9 digits), no full date and no street address leave the platform on a lookup.
    expect(raw).not.toContain(citizenId);
    expect(raw).not.toMatch(/\d{9}|\d{4}-\d{2}-\d{2}/);
    expect(household.address.startsWith("***, ")).toBe(true);
    for (const member of household.members) {
      expect(member.citizenId).toMatch(/^\*+\d{4}$/);
      if (member.birthDate !== undefined) expect(member.birthDate).toMatch(/^\*\*\/\*\*\/\d{4}$/);
    }
    const before = store.audit.length;
    const id = (await (
      await reveal(leader.token, household.lookupId, {
        field: "citizenId",
        memberIndex: 0,
      })
    ).json()) as { kind: string; value: string };
    expect(id).toMatchObject({ kind: "reveal", value: citizenId });
    expect(store.audit.length).toBe(before + 1);
    const born = (await (
      await reveal(leader.token, household.lookupId, {
        field: "birthDate",
        memberIndex: 0,
      })
    ).json()) as { value: string };
    expect(born.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(born.value.slice(0, 4)).toBe(household.members[0]?.birthDate?.slice(-4));
    const address = (await (
      await reveal(leader.token, household.lookupId, {
        field: "address",
        memberIndex: null,
      })
    ).json()) as { value: string };
    expect(address.value).toBe(applicant?.address);
    expect(address.value.endsWith(household.address.slice(5))).toBe(true);
    // The trail never carries a revealed value.
    const { items } = await trail(leader.token);
    for (const item of items) expect(item).not.toHaveProperty("value");
    expect(JSON.stringify(items)).not.toContain(born.value);
  });

  it("refuses reveals that name no member, or a member for the address", async () => {
    const { lookupId, members } = (await (await lookup(leader.token)).json()) as {
      lookupId: string;
      members: unknown[];
    };
    expect(
      (await reveal(leader.token, lookupId, { field: "citizenId", memberIndex: members.length })).status,
    ).toBe(422);
    expect((await reveal(leader.token, lookupId, { field: "address", memberIndex: 0 })).status).toBe(422);
    expect((await reveal(leader.token, lookupId, { field: "address", memberIndex: null })).status).toBe(201);
  });

  it("audits a lookup that finds nothing, and gives no reveal from it", async () => {
    const missing = await lookup(leader.token, "079999999999");
    expect(missing.status).toBe(404);
    const last = (await trail(leader.token)).items[0];
    expect(last).toMatchObject({ kind: "lookup", found: false, subject: "********9999" });
    expect((await reveal(leader.token, String(last?.lookupId), { field: "address" })).status).toBe(404);
  });

  it("answers 403 to an officer without the lookup scope", async () => {
    const officer = store.principal("officer");
    const refused = await lookup(officer.token);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: "insufficient_scope" });
    expect((await callAs(handlers, officer.token, { path: "/v1/citizens/household-lookups" })).status).toBe(
      403,
    );
  });

  it("rate-limits lookups per principal with a Retry-After", async () => {
    store.lookupRateLimit = { max: 2, windowSeconds: 600 };
    try {
      const first = await lookup("t-leader-2");
      const second = await lookup("t-leader-2");
      expect([first.status, second.status]).not.toContain(429);
      const third = await lookup("t-leader-2");
      expect(third.status).toBe(429);
      expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await third.json()).toMatchObject({ code: "rate_limited", retryAfter: expect.any(Number) });
    } finally {
      store.lookupRateLimit = { max: 30, windowSeconds: 600 };
    }
  });
});
