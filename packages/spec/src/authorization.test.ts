// The authorization model is part of the contract: every operation says who may call it, and the rules hold
// together (a scope someone can hold, a 403 and a 401 where a token is needed, a 404 where records are scoped).
import { describe, expect, it } from "vitest";
import { openapiDocument } from "./document";
import { authorizationModel, listOperations, PRINCIPAL_KINDS } from "./operations";

interface Operation {
  parameters?: { in?: string; $ref?: string }[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
}

const doc = openapiDocument as unknown as {
  paths: Record<string, Record<string, Operation> & { parameters?: { in?: string; $ref?: string }[] }>;
  components: {
    securitySchemes: { oidc: { flows: { authorizationCode: { scopes: Record<string, string> } } } };
    parameters: Record<string, { in: string }>;
    schemas: Record<string, unknown>;
  };
};
const model = authorizationModel(openapiDocument);
const declaredScopes = Object.keys(doc.components.securitySchemes.oidc.flows.authorizationCode.scopes);
const operations = listOperations(openapiDocument).map((summary) => ({
  ...summary,
  operation: doc.paths[summary.path]?.[summary.method] as Operation,
  pathItem: doc.paths[summary.path],
}));
const secured = operations.flatMap((op) => (op.access.public ? [] : [{ ...op, access: op.access }]));

const takesPathParameter = (op: (typeof operations)[number]) =>
  [...(op.pathItem?.parameters ?? []), ...(op.operation.parameters ?? [])].some(
    (parameter) =>
      (parameter.$ref
        ? doc.components.parameters[parameter.$ref.split("/").pop() ?? ""]?.in
        : parameter.in) === "path",
  );

describe("authorization model (x-authorization)", () => {
  it("declares every principal kind with scopes the security scheme defines", () => {
    expect(Object.keys(model.principals).sort()).toEqual([...PRINCIPAL_KINDS].sort());
    for (const kind of PRINCIPAL_KINDS)
      for (const scope of model.principals[kind].scopes) expect(declaredScopes, kind).toContain(scope);
  });

  it("uses every scope it defines, and every scope is held by some principal kind", () => {
    const used = new Set(secured.flatMap((op) => op.access.scopes));
    expect([...used].sort()).toEqual([...declaredScopes].sort());
    const held = new Set(PRINCIPAL_KINDS.flatMap((kind) => model.principals[kind].scopes));
    expect(declaredScopes.filter((scope) => !held.has(scope))).toEqual([]);
  });

  it("keeps citizens away from staff-only scopes", () => {
    expect(model.principals.citizen.scopes).not.toContain("documents:read");
    expect(model.principals.citizen.scopes).not.toContain("signing");
    expect(model.principals.citizen.scopes).not.toContain("citizens:lookup");
  });
});

describe("every operation is guarded (the list comes from the spec: a new one must declare its rules)", () => {
  it("has only a few public operations, each saying why", () => {
    const open = operations.filter((op) => op.access.public).map((op) => op.operationId);
    expect(open.sort()).toEqual([
      "dossiers.lookupStatus",
      "holidays.list",
      "open311.discover",
      "open311.getRequest",
      "open311.getService",
      "open311.listRequests",
      "open311.listServices",
    ]);
  });

  it.each(secured)(
    "$operationId answers 401 and 403, and some principal it is for can hold its scope",
    (op) => {
      const statuses = Object.keys(op.operation.responses);
      // A bearer token that is not valid is a 401; GeoReport v2 answers a bad `api_key` with 403 alone.
      if (op.access.scheme === "oidc") expect(statuses).toContain("401");
      expect(statuses).toContain("403");
      expect(op.access.scopes).toHaveLength(1);
      const holders = op.access.principals.filter((kind) =>
        op.access.scopes.every((scope) => model.principals[kind].scopes.includes(scope)),
      );
      expect(holders, "no allowed principal kind holds the scope by default").not.toEqual([]);
    },
  );

  it.each(secured.filter((op) => op.access.recordScope !== "shared" && takesPathParameter(op)))(
    "$operationId addresses a scoped record, so it answers 404 for one out of reach",
    (op) => {
      expect(Object.keys(op.operation.responses)).toContain("404");
    },
  );

  it.each(operations.filter((op) => op.operation.requestBody))(
    "$operationId takes a body, so it declares 413",
    (op) => {
      expect(Object.keys(op.operation.responses)).toContain("413");
    },
  );

  it("refuses an operation that declares no security, or no x-principals", () => {
    const without = (operation: Record<string, unknown>) => ({
      ...openapiDocument,
      paths: { "/v1/new": { get: { operationId: "new.list", summary: "x", ...operation } } },
    });
    expect(() => listOperations(without({}))).toThrow("new.list: declares no security");
    expect(() => listOperations(without({ security: [] }))).toThrow("says why in x-public");
    expect(() => listOperations(without({ security: [{ oidc: [] }] }))).toThrow("one scheme with the scopes");
    expect(() => listOperations(without({ security: [{ oidc: ["news:read"] }] }))).toThrow("x-principals");
    expect(() =>
      listOperations(without({ security: [{ oidc: ["news:read"] }], "x-principals": ["officer"] })),
    ).toThrow("x-record-scope");
  });
});

describe("typed answers of the trust rules", () => {
  it("signing.createRequest types the 409 for a document that already has an open request", () => {
    const conflict = JSON.stringify(doc.paths["/v1/signing/requests"]?.post?.responses["409"]);
    expect(conflict).toContain("#/components/schemas/SigningRequestOpenProblem");
    expect(JSON.stringify(doc.components.schemas.SigningRequestOpenProblem)).toContain("openRequestId");
  });

  it("the stream's events include stream.reset", () => {
    expect(JSON.stringify(doc.components.schemas.NotificationEvent)).toContain(
      "#/components/schemas/StreamResetEvent",
    );
  });
});
