// session.me: who the token stands for, as apps show "signed in as" — and nothing personal.
import { describe, expect, it } from "vitest";
import { DEFAULT_TOKENS } from "../store/principals";
import { callAs, platformWith } from "./principals.test-support";

describe("session.me", () => {
  const handlers = platformWith();
  const store = handlers.store;
  const me = async (token: string | null) => {
    const response = await callAs(handlers, token, { path: "/v1/me" });
    return { status: response.status, body: await response.json() };
  };

  it("names each default principal with its kind, agency and scopes", async () => {
    for (const [id, token] of [
      ["officer", DEFAULT_TOKENS.officer],
      ["officer_2", DEFAULT_TOKENS.otherOfficer],
      ["leader", DEFAULT_TOKENS.leader],
    ] as const) {
      const principal = store.principal(id);
      const agency = store.world.agencies.find((item) => item.code === principal.agencyCode);
      const { status, body } = await me(token);
      expect(status).toBe(200);
      expect(body).toMatchObject({
        id,
        kind: principal.kind,
        name: principal.name,
        agencyCode: principal.agencyCode,
        agencyName: agency?.name,
        scopes: principal.scopes,
      });
      expect(typeof body.position).toBe("string");
    }
    // The two officers are of different agencies; the leader of the default officer's.
    const [officer, other, leader] = await Promise.all(
      [DEFAULT_TOKENS.officer, DEFAULT_TOKENS.otherOfficer, DEFAULT_TOKENS.leader].map(me),
    );
    expect(other?.body.agencyCode).not.toBe(officer?.body.agencyCode);
    expect(leader?.body.agencyCode).toBe(officer?.body.agencyCode);
    expect(leader?.body.scopes).toContain("citizens:lookup");
    expect(officer?.body.scopes).not.toContain("citizens:lookup");
  });

  it("gives a citizen no agency and never their citizen ID", async () => {
    const citizen = store.principal("citizen");
    const { status, body } = await me(DEFAULT_TOKENS.citizen);
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: "citizen", agencyCode: null, agencyName: null });
    expect(JSON.stringify(body)).not.toContain(citizen.citizenId as string);
  });

  it("answers 401 without a token or with an unknown one", async () => {
    expect((await me(null)).status).toBe(401);
    expect((await me("not-a-principal")).status).toBe(401);
  });
});
