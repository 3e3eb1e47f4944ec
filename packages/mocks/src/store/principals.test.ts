// Users files: checked in shape, then resolved against the data set, with one-line errors naming the entry.
import { describe, expect, it } from "vitest";
import { TEST_NOW } from "../sandbox/sandbox.test-support";
import { createStore } from "./create";
import { DEFAULT_TOKENS, defaultUsers, parseUsers, resolvePrincipals } from "./principals";

const store = createStore({ seed: 7, size: 60, now: TEST_NOW });
const world = store.world;

describe("users", () => {
  it("default to six principals with fixed tokens, the officer being the data set's current user", () => {
    expect(store.principals.map((principal) => [principal.id, principal.kind, principal.token])).toEqual([
      ["officer", "officer", DEFAULT_TOKENS.officer],
      ["officer_2", "officer", DEFAULT_TOKENS.otherOfficer],
      ["leader", "leader", DEFAULT_TOKENS.leader],
      ["citizen", "citizen", DEFAULT_TOKENS.citizen],
      ["service", "service", DEFAULT_TOKENS.service],
      ["svc_open311", "service", DEFAULT_TOKENS.open311],
    ]);
    const officer = store.principal("officer");
    expect(officer.userId).toBe(world.currentUser.id);
    expect(store.principal("officer_2").agencyCode).not.toBe(officer.agencyCode);
    expect(store.principal("leader").agencyCode).toBe(officer.agencyCode);
    expect(store.principal("leader").scopes).toContain("citizens:lookup");
    expect(officer.scopes).not.toContain("citizens:lookup");
    expect(store.principal("service")).toMatchObject({ agencyCode: null, apiKey: null });
    // The Open311 api_key is a service principal's, resolved through the principal registry.
    expect(store.principal("svc_open311").apiKey).toBe("open311-sandbox-key");
    expect(store.open311.resolveApiKey("open311-sandbox-key")).toEqual({
      id: "svc_open311",
      name: store.principal("svc_open311").name,
    });
    expect(store.open311.resolveApiKey("sbx-service")).toBeUndefined();
    const citizen = store.principal("citizen");
    expect(world.dossiers.some((record) => record.applicant.citizenId === citizen.citizenId)).toBe(true);
    expect(world.feedback.filter((record) => record.reporterCitizenId === citizen.citizenId)).toHaveLength(1);
  });

  it("read from a file: an array or { principals }, each entry checked", () => {
    const entries = defaultUsers(world);
    expect(parseUsers({ principals: entries })).toEqual(entries);
    expect(parseUsers(entries)).toEqual(entries);
    expect(() => parseUsers({})).toThrow('must be an array of principals, or { "principals": [...] }');
    expect(() => parseUsers([{ id: "a", token: "t", kind: "admin" }])).toThrow(
      "entry 0: kind must be one of officer, leader, citizen, service",
    );
    expect(() =>
      parseUsers([
        { id: "a", token: "t", kind: "officer" },
        { id: "b", token: "t", kind: "officer" },
      ]),
    ).toThrow("entry 1: its token is used by another entry");
    expect(() => parseUsers([{ id: "a", token: "has space", kind: "officer" }])).toThrow(
      "entry 0: token must be",
    );
  });

  it("resolve against the data set, or say which entry names what it does not have", () => {
    const [officer] = resolvePrincipals(
      [
        {
          id: "x",
          kind: "officer",
          token: "x",
          agencyCode: world.currentUser.agencyCode,
          scopes: ["news:read"],
        },
      ],
      world,
    );
    expect(officer).toMatchObject({
      userId: world.currentUser.id,
      scopes: ["news:read"],
      unrestricted: false,
    });
    expect(() =>
      resolvePrincipals([{ id: "x", kind: "officer", token: "x", userId: "u_999" }], world),
    ).toThrow("entry 0: no civil servant u_999 in the data set");
    expect(() => resolvePrincipals([{ id: "x", kind: "citizen", token: "x" }], world)).toThrow(
      "entry 0: a citizen needs citizenId, or the dossierCode they applied for",
    );
    expect(() =>
      resolvePrincipals([{ id: "x", kind: "service", token: "x", agencyCode: "99.99.X99" }], world),
    ).toThrow("entry 0: no agency 99.99.X99 in the data set");
  });

  it("are resolved again when the store resets, and unknown tokens follow the store's setting", () => {
    // Unknown tokens are refused by default; the any-token principal is an explicit opt-in.
    expect(store.principalFor("made-up")).toBeNull();
    store.auth.unknownTokens = "any";
    expect(store.principalFor("made-up")?.unrestricted).toBe(true);
    store.auth.unknownTokens = "reject";
    expect(store.principalFor("made-up")).toBeNull();
    store.reset();
    expect(store.principalFor(DEFAULT_TOKENS.citizen)?.kind).toBe("citizen");
  });
});
