import { describe, expect, it } from "vitest";
import { openapiDocument } from "./document";
import { uploadLimits } from "./uploads";

describe("uploadLimits", () => {
  it("reads the thread's and the dossier's file limits from the contract", () => {
    const limits = uploadLimits(openapiDocument);
    expect(limits["feedback.postUpdate"]).toEqual({
      field: "files",
      maxFiles: 10,
      maxFileBytes: 10_000_000,
      contentTypes: ["image/jpeg", "image/png", "image/webp", "application/pdf"],
    });
    expect(limits["dossiers.uploadAttachment"]).toMatchObject({
      field: "file",
      maxFiles: 1,
      maxFileBytes: 20_000_000,
    });
  });

  it("refuses a malformed declaration", () => {
    const document = structuredClone(openapiDocument);
    const schemas = document.components?.schemas as Record<string, { properties: Record<string, object> }>;
    (schemas.FeedbackUpdate as { properties: Record<string, object> }).properties.files = {
      type: "array",
      items: { type: "string", format: "binary" },
      "x-upload-limits": { maxFileBytes: 10, contentTypes: ["image/png"] },
    };
    expect(() => uploadLimits(document)).toThrow(
      "feedback.postUpdate files: an array of files declares maxItems",
    );
  });
});
