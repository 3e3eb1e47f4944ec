// Which bodies the bad-input rule breaks by range: read from the real contract, so a new bounded field is covered
// without a change here, and the rating's 1–5 scale is what the kit sends a 6 to.
import { describe, expect, it } from "vitest";
import { allOperations, operationObject } from "../http";
import { outOfRangeBody } from "./validation";

const bodySchema = (id: string) =>
  (operationObject(id).requestBody?.content?.["application/json"] as { schema?: unknown } | undefined)
    ?.schema;

describe("validation.bad-input: a bounded whole number one past its maximum", () => {
  it("sends feedback.rate a rating of 6 (the contract's scale is 1–5)", () => {
    expect(outOfRangeBody(bodySchema("feedback.rate"))).toEqual({ field: "rating", body: { rating: 6 } });
  });

  it("leaves bodies with other required fields alone (one bad field would not be all that is wrong)", () => {
    const broken = allOperations()
      .filter((op) => outOfRangeBody(bodySchema(op.operationId)) !== undefined)
      .map((op) => op.operationId);
    expect(broken).toEqual(["feedback.rate"]);
    expect(outOfRangeBody(bodySchema("feedback.reopen"))).toBeUndefined();
    expect(outOfRangeBody(undefined)).toBeUndefined();
  });
});
