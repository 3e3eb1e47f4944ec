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
const secured = operations.flatMap((operation) =>
  operation.access.public ? [] : [{ ...operation, access: operation.access }],
);
const open = operations.filter((operation) => operation.access.public);

/** Who a test principal of `kind` is in the data set (its scopes are the test's). */
function identity(kind: PrincipalKind, world: World): Partial<UserEntry> {
  if (kind === "officer" || kind === "leader") return { userId: world.currentUser.id };
  if (kind === "citizen") return { dossierCode: world.dossiers[0]?.code ?? "" };
  return {};
}

const token = (kind: PrincipalKind, without?: string) => `t-${kind}-${without ?? "all"}`;

/** For each kind, one principal with every scope and one without each scope. */
function testUsers(world: World): UserEntry[] {
  return PRINCIPAL_KINDS.flatMap((kind) =>
    [undefined, ...ALL_SCOPES].map(
      (without): UserEntry => ({
        id: `${kind}-without-${without ?? "nothing"}`,
        kind,
        token: token(kind, without),
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
    expect(secured.length + open.length).toBe(OPERATIONS.size);
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
