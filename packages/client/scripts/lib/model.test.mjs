// The generator reads the spec's extensions and refuses what it cannot generate faithfully.
import { describe, expect, it } from "vitest";
import { emitRuntimeData } from "./emit.mjs";
import { buildModel } from "./model.mjs";

const problem = {
  description: "x",
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
};
/** Operations without access rules are public here: the generator does not read them, listOperations does. */
const guarded = (paths) =>
  Object.fromEntries(
    Object.entries(paths).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item).map(([method, op]) => [
          method,
          op.security ? op : { security: [], "x-public": "test fixture", ...op },
        ]),
      ),
    ]),
  );
const document = (paths) => ({
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  "x-pagination": {
    cursor: {
      cursorParam: "cursor",
      limitParam: "limit",
      itemsField: "items",
      nextCursorField: "nextCursor",
    },
  },
  "x-idempotency": { header: "Idempotency-Key" },
  "x-streaming": { sse: { heartbeatSeconds: 15, resumeHeader: "Last-Event-ID" } },
  components: {
    schemas: {
      Problem: { type: "object" },
      Thing: { type: "object" },
      ThingPage: {
        type: "object",
        properties: {
          items: { type: "array", items: { $ref: "#/components/schemas/Thing" } },
          nextCursor: { type: ["string", "null"] },
        },
      },
    },
  },
  paths: guarded(paths),
});
const page = {
  description: "ok",
  content: { "application/json": { schema: { $ref: "#/components/schemas/ThingPage" } } },
};

describe("buildModel", () => {
  it("reads x-pagination and x-idempotent, and the item type of a page", () => {
    const model = buildModel(
      document({
        "/v1/things": {
          get: {
            operationId: "things.list",
            summary: "s",
            "x-pagination": "cursor",
            parameters: [{ name: "cursor", in: "query" }],
            responses: { 200: page, 404: problem },
          },
          post: {
            operationId: "things.create",
            summary: "s",
            "x-idempotent": true,
            parameters: [{ name: "Idempotency-Key", in: "header", required: true }],
            requestBody: {
              required: true,
              content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
            },
            responses: {
              201: {
                description: "ok",
                content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
              },
              "5XX": problem,
            },
          },
        },
      }),
    );
    expect(model.map((op) => [op.id, op.paginated, op.idempotent, op.response.itemType ?? null])).toEqual([
      ["things.list", true, false, "Thing"],
      ["things.create", false, true, null],
    ]);
    expect(model[1]?.headerParams).toEqual([]); // the idempotency header is the runtime's job
    expect(model[1]?.errors).toEqual([
      { statuses: [500, 502, 503, 504], problemType: "Problem | undefined" },
    ]);
  });

  it("types a problem that is one of several shapes as their union", () => {
    const union = (keyword) => ({
      description: "x",
      content: {
        "application/problem+json": {
          schema: {
            [keyword]: [{ $ref: "#/components/schemas/Thing" }, { $ref: "#/components/schemas/Problem" }],
          },
        },
      },
    });
    const [model] = buildModel(
      document({
        "/v1/things": {
          get: { operationId: "things.list", summary: "s", responses: { 200: page, 409: union("oneOf") } },
          post: { operationId: "things.create", summary: "s", responses: { 200: page, 409: union("anyOf") } },
        },
      }),
    );
    expect(model?.errors).toEqual([{ statuses: [409], problemType: "Thing | Problem" }]);
  });

  it("refuses an undeclared path parameter and an unsupported request body", () => {
    const ok = { 200: page, 400: problem };
    expect(() =>
      buildModel(
        document({ "/v1/things/{id}": { get: { operationId: "things.get", summary: "s", responses: ok } } }),
      ),
    ).toThrow("things.get: path parameter {id} is not declared");
    const xml = { content: { "application/xml": { schema: { type: "string" } } } };
    expect(() =>
      buildModel(
        document({
          "/v1/things": {
            post: { operationId: "things.create", summary: "s", requestBody: xml, responses: ok },
          },
        }),
      ),
    ).toThrow("things.create: unsupported request body application/xml");
  });

  it("refuses a paginated operation whose page lacks items or a next cursor", () => {
    const flat = {
      description: "ok",
      content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
    };
    expect(() =>
      buildModel(
        document({
          "/v1/things": {
            get: {
              operationId: "things.list",
              summary: "s",
              "x-pagination": "cursor",
              responses: { 200: flat, 400: problem },
            },
          },
        }),
      ),
    ).toThrow("things.list: x-pagination response lacks items or next cursor");
  });
});

describe("emitRuntimeData", () => {
  it("encodes method and flags, path under /v1/ (~ for the resource), header parameters, one line per resource", () => {
    const model = buildModel(
      document({
        "/v1/things/{id}/moves": {
          post: {
            operationId: "things.move",
            summary: "s",
            "x-idempotent": true,
            parameters: [
              { name: "id", in: "path", required: true },
              { name: "If-Match", in: "header", required: true },
              { name: "X-Reason", in: "header", required: true, "x-percent-encoded": true },
              { name: "Idempotency-Key", in: "header", required: true },
            ],
            requestBody: {
              required: true,
              content: { "multipart/form-data": { schema: { $ref: "#/components/schemas/Thing" } } },
            },
            responses: { 204: { description: "ok" }, 409: problem },
          },
        },
        "/v1/thing-stream": {
          get: {
            operationId: "things.stream",
            summary: "s",
            "x-streaming": "sse",
            responses: {
              200: {
                description: "ok",
                content: { "text/event-stream": { schema: { $ref: "#/components/schemas/Thing" } } },
              },
              401: problem,
            },
          },
        },
        "/v1/things": {
          get: {
            operationId: "things.list",
            summary: "s",
            "x-pagination": "cursor",
            responses: { 200: page, 400: problem },
          },
        },
      }),
    );
    const table = emitRuntimeData(model, "Idempotency-Key", ["thing.moved"], [])[
      "src/generated/operations.ts"
    ];
    expect(table).toContain(
      '"things:~/{id}/moves pqmriv move ifMatch=If-Match! reason=X-Reason!%|thing-stream gs stream|~ gp list"',
    );
  });
});
