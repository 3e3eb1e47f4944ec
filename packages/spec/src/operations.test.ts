import { describe, expect, it } from "vitest";
import { openapiDocument } from "./document";
import { listOperations } from "./operations";

describe("the bundled contract", () => {
  it("is OpenAPI 3.1", () => {
    expect(openapiDocument.openapi).toMatch(/^3\.1\./);
  });

  it("gives every operation a unique operationId and a summary", () => {
    const operations = listOperations(openapiDocument);
    expect(operations.length).toBeGreaterThan(0);
    const ids = operations.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const operation of operations) expect(operation.summary, operation.operationId).not.toBe("");
  });

  it("rejects an operation without an operationId", () => {
    const broken = { ...openapiDocument, paths: { "/x": { get: { summary: "x" } } } };
    expect(() => listOperations(broken)).toThrow("GET /x has no operationId");
  });
});
