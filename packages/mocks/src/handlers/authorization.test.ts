// Contract-wide: every operation of the spec is guarded as the spec says — a token of no principal is 401, a
// principal of a kind the operation is not for is 403, a principal without its scope is 403. The operations come
// from the contract, so a new one is checked the day it is added (and listOperations refuses one without rules).
import { openapiDocument, PRINCIPAL_KINDS, type PrincipalKind } from "@chinhquyenso/spec";
import { beforeAll, describe, expect, it } from "vitest";
import type { World } from "../dataset/types";
import { OPERATIONS } from "../openapi/document";
import type { UserEntry } from "../store/principals";
import { callAs, platformWith, requestTo } from "../test-support/principals";
import type { MockHandlers } from "./create";

const ALL_SCOPES = Object.keys(
  (
    openapiDocument.components as {
      securitySchemes: { oidc: { flows: { authorizationCode: { scopes: Record<string, string> } } } };
    }
  ).securitySchemes.oidc.flows.authorizationCode.scopes,
);

const operations = [...OPERATIONS.values()];
const guarded = operations.flatMap((operation) =>
  operation.access.public ? [] : [{ ...operation, access: operation.access }],
);
/** Operations called with a bearer token; the others take another credential (Open311's `api_key`). */
const secured = guarded.filter((operation) => operation.access.scheme === "oidc");
const byKey = guarded.filter((operation) => operation.access.scheme !== "oidc");
const open = operations.filter((operation) => operation.access.public);

/** Who a test principal of `kind` is in the data set (its scopes are the test's). */
function identity(kind: PrincipalKind, world: World): Partial<UserEntry> {
  if (kind === "officer" || kind === "leader") return { userId: world.currentUser.id };
  if (kind === "citizen") return { dossierCode: world.dossiers[0]?.code ?? "" };
  return {};
}

const token = (kind: PrincipalKind, without?: string) => `t-${kind}-${without ?? "all"}`;

/** For each kind, one principal with every scope and one without each scope, each with an Open311 key. */
function testUsers(world: World): UserEntry[] {
  return PRINCIPAL_KINDS.flatMap((kind) =>
    [undefined, ...ALL_SCOPES].map(
      (without): UserEntry => ({
        id: `${kind}-without-${without ?? "nothing"}`,
        kind,
        token: token(kind, without),
        apiKey: `key-${token(kind, without)}`,
        scopes: ALL_SCOPES.filter((scope) => scope !== without),
        ...identity(kind, world),
      }),
    ),
  );
}

let handlers: MockHandlers;
beforeAll(() => {
  handlers = platformWith(testUsers);
});

const problemOf = async (response: Response) => ({
  status: response.status,
  code: ((await response.json()) as { code?: string }).code,
});

describe("authentication, for every operation of the contract", () => {
  it("covers every operation: secured ones name scopes and principals, the public ones are few", () => {
    expect(guarded.length + open.length).toBe(OPERATIONS.size);
    expect(byKey.map((operation) => operation.operationId)).toEqual(["open311.createRequest"]);
    expect(secured.length).toBeGreaterThan(55);
    for (const operation of secured) {
      expect(operation.access.scopes.length, operation.operationId).toBeGreaterThan(0);
      expect(operation.access.principals.length, operation.operationId).toBeGreaterThan(0);
    }
  });

  it.each(secured)(
    "$operationId answers 401 without a token and with one of no principal",
    async (operation) => {
      expect(await problemOf(await callAs(handlers, null, requestTo(operation)))).toMatchObject({
        status: 401,
        code: "token_missing",
      });
      expect(
        await problemOf(await callAs(handlers, "stolen-or-made-up", requestTo(operation))),
      ).toMatchObject({
        status: 401,
        code: "invalid_token",
      });
    },
  );

  it.each(open)("$operationId is public: no token needed", async (operation) => {
    const response = await callAs(handlers, null, requestTo(operation));
    expect(response.status).not.toBe(401);
    expect(response.status).not.toBe(403);
  });
});

describe("authorization, for every secured operation of the contract", () => {
  it.each(secured)("$operationId: without its scope → 403 insufficient_scope", async (operation) => {
    for (const kind of operation.access.principals) {
      const [scope = ""] = operation.access.scopes;
      const answer = await problemOf(await callAs(handlers, token(kind, scope), requestTo(operation)));
      expect(answer, `${kind} without ${scope}`).toEqual({ status: 403, code: "insufficient_scope" });
    }
  });

  it.each(secured)(
    "$operationId: a principal it is not for → 403 principal_not_allowed",
    async (operation) => {
      const others = PRINCIPAL_KINDS.filter((kind) => !operation.access.principals.includes(kind));
      for (const kind of others) {
        const answer = await problemOf(await callAs(handlers, token(kind), requestTo(operation)));
        expect(answer, kind).toEqual({ status: 403, code: "principal_not_allowed" });
      }
    },
  );

  it.each(secured)(
    "$operationId: an allowed principal with its scope gets past authorization",
    async (operation) => {
      for (const kind of operation.access.principals) {
        const response = await callAs(handlers, token(kind), requestTo(operation));
        expect([401, 403], `${kind}: ${response.status}`).not.toContain(response.status);
        await response.body?.cancel();
      }
    },
  );
});

describe("an operation that takes an api_key instead of a token (Open311 POST requests)", () => {
  const file = (operation: (typeof byKey)[number], apiKey: string) => {
    const form = new URLSearchParams({
      api_key: apiKey,
      service_code: "street_lighting",
      lat: "10.9804",
      long: "106.6519",
      description: "Ba trụ đèn không sáng từ tối qua.",
      "attribute[hien_tuong]": "khong_sang",
    });
    return callAs(handlers, null, {
      method: "POST",
      path: operation.path.replace("{format}", "json"),
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form,
    });
  };

  it.each(byKey)(
    "$operationId: the key of a principal it is for, with its scope, files",
    async (operation) => {
      for (const kind of operation.access.principals) {
        const response = await file(operation, `key-${token(kind)}`);
        expect(response.status, kind).toBe(200);
      }
    },
  );

  it.each(byKey)(
    "$operationId: no key, a key of no principal, of a kind not allowed or without the scope → 403",
    async (operation) => {
      const [scope = ""] = operation.access.scopes;
      const refused = [
        "",
        "made-up-key",
        ...PRINCIPAL_KINDS.filter((kind) => !operation.access.principals.includes(kind)).map(
          (kind) => `key-${token(kind)}`,
        ),
        ...operation.access.principals.map((kind) => `key-${token(kind, scope)}`),
      ];
      for (const key of refused) expect((await file(operation, key)).status, key || "no key").toBe(403);
    },
  );
});
