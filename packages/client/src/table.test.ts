// The runtime reads back what the generator wrote: every operation of the contract, with its method, path,
// flags and header parameters, from the compact table.
import { listOperations, openapiDocument } from "@chinhquyenso/spec";
import { describe, expect, it } from "vitest";
import { operations } from "./runtime/table";

describe("operation table", () => {
  it("gives every operation of the contract its method and path", () => {
    const expected = listOperations(openapiDocument).map((op) => ({
      id: op.operationId,
      method: op.method,
      path: op.path.slice(1),
    }));
    expect(operations.map(({ id, method, path }) => ({ id, method, path }))).toEqual(expected);
  });

  it("reads flags and header parameters", () => {
    const byId = new Map(operations.map((op) => [op.id, op]));
    expect(byId.get("dossiers.transition")).toMatchObject({
      resource: "dossiers",
      verb: "transition",
      flags: "qjri",
      headers: ["ifMatch=If-Match!"],
    });
    expect(byId.get("citizens.lookupHousehold")?.headers).toEqual(["lookupReason=X-Lookup-Reason!%"]);
    expect(byId.get("open311.getRequest")?.path).toBe("open311/v2/requests/{service_request_id}.{format}");
    // A form body the client cannot send is skipped for the multipart one the contract also offers.
    expect(byId.get("open311.createRequest")?.flags).toBe("qmr");
    expect(byId.get("notifications.stream")?.flags).toBe("s");
    expect(byId.get("dossiers.list")?.flags).toBe("qp");
  });

  it("marks exactly the contract's x-idempotent writes, so the client sends their required Idempotency-Key", () => {
    const idempotent = listOperations(openapiDocument)
      .filter((op) => op.idempotent)
      .map((op) => op.operationId);
    expect(idempotent).toEqual(expect.arrayContaining(["signing.cancel", "documents.complete"]));
    expect(operations.filter((op) => op.flags.includes("i")).map((op) => op.id)).toEqual(idempotent);
  });
});
