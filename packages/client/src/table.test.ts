// The runtime reads back what the generator wrote: every operation of the contract, with its method, path,
// arguments, result and header parameters, from the compact table.
import { listOperations, openapiDocument } from "@chinhquyenso/spec";
import { describe, expect, it } from "vitest";
import { type Operation, operations, pathParams } from "./runtime/table";

describe("operation table", () => {
  it("gives every operation of the contract its method and path", () => {
    const expected = listOperations(openapiDocument).map((op) => ({
      id: op.operationId,
      method: op.method,
      path: op.path.slice(1),
    }));
    expect(operations.map(({ id, method, path }) => ({ id, method, path }))).toEqual(expected);
  });

  it("reads each operation's arguments, result and header parameters into named fields", () => {
    const byId = new Map(operations.map((op) => [op.id, op]));
    expect(byId.get("dossiers.transition")).toEqual({
      id: "dossiers.transition",
      resource: "dossiers",
      verb: "transition",
      method: "post",
      path: "v1/dossiers/{code}/transitions",
      body: "json",
      bodyRequired: true,
      takesParams: true,
      headerParams: [{ prop: "ifMatch", header: "If-Match", required: true, secret: false }],
      idempotent: true,
      retriable: true,
      paginated: false,
      result: "json",
    });
    expect(byId.get("citizens.lookupHousehold")?.headerParams).toEqual([
      { prop: "lookupReason", header: "X-Lookup-Reason", required: true, secret: true },
      // A purpose code from core's list: no personal data, so not kept out of errors.
      { prop: "lookupPurpose", header: "X-Lookup-Purpose", required: false, secret: false },
    ]);
    const getRequest = byId.get("open311.getRequest") as Operation;
    expect(getRequest.path).toBe("open311/v2/requests/{service_request_id}.{format}");
    expect(pathParams(getRequest)).toEqual(["service_request_id", "format"]);
    // A form body the client cannot send is skipped for the multipart one the contract also offers.
    expect(byId.get("open311.createRequest")).toMatchObject({
      takesParams: true,
      body: "multipart",
      bodyRequired: true,
    });
    expect(pathParams(byId.get("dossiers.getPaymentRequest") as Operation)).toEqual([
      "code",
      "paymentRequestId",
    ]);
    expect(byId.get("notifications.stream")).toMatchObject({ result: "events", takesParams: false });
    expect(byId.get("dossiers.list")).toMatchObject({ takesParams: true, paginated: true, body: undefined });
    expect(byId.get("dossiers.uploadAttachment")).toMatchObject({ body: "multipart", bodyRequired: true });
    expect(byId.get("documents.download")?.result).toBe("download");
    expect(byId.get("notifications.markRead")).toMatchObject({
      method: "put",
      result: "none",
      retriable: true,
    });
    // A write without an Idempotency-Key (OTP attempts count) is the one call never sent twice.
    expect(byId.get("signing.confirm")).toMatchObject({ idempotent: false, retriable: false });
  });

  it("marks exactly the contract's x-idempotent writes, so the client sends their required Idempotency-Key", () => {
    const idempotent = listOperations(openapiDocument)
      .filter((op) => op.idempotent)
      .map((op) => op.operationId);
    expect(idempotent).toEqual(expect.arrayContaining(["signing.cancel", "documents.complete"]));
    expect(operations.filter((op) => op.idempotent).map((op) => op.id)).toEqual(idempotent);
  });
});
