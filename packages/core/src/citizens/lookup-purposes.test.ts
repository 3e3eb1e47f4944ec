import { describe, expect, it } from "vitest";
import {
  composeLookupReason,
  LOOKUP_PURPOSES,
  LOOKUP_REASON_LENGTH,
  lookupPurposeLabel,
  lookupPurposesOn,
  lookupReasonProblem,
} from "./lookup-purposes";

const purpose = (code: string) => {
  const found = LOOKUP_PURPOSES.find((item) => item.code === code);
  if (!found) throw new Error(code);
  return found;
};

describe("lawful purposes of a household lookup", () => {
  it("are data with a source and an effective date, with unique codes the contract's pattern accepts", () => {
    expect(new Set(LOOKUP_PURPOSES.map((item) => item.code)).size).toBe(LOOKUP_PURPOSES.length);
    for (const item of LOOKUP_PURPOSES) {
      expect(item.code).toMatch(/^[a-z][a-z0-9_]{1,39}$/);
      expect(item.source.length).toBeGreaterThan(10);
      expect(item.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(item.label.vi).not.toBe(item.label.en);
    }
  });

  it("apply from their effective date", () => {
    const codes = (date: string) => lookupPurposesOn(date).map((item) => item.code);
    expect(codes("2022-06-01")).toEqual(["residence_verification"]);
    expect(codes("2026-12-07")).toEqual(LOOKUP_PURPOSES.map((item) => item.code));
  });

  it("require a purpose and a detail; 'other' requires a sentence", () => {
    expect(lookupReasonProblem(undefined, "000.00.00.H29-260115-0001")).toBe("purpose_missing");
    expect(lookupReasonProblem(purpose("dossier_processing"), "   ")).toBe("detail_missing");
    expect(lookupReasonProblem(purpose("dossier_processing"), "ab")).toBe("detail_too_short");
    expect(lookupReasonProblem(purpose("dossier_processing"), "H29-0001")).toBeNull();
    expect(lookupReasonProblem(purpose("other"), "kiểm tra")).toBe("detail_too_short");
    expect(lookupReasonProblem(purpose("other"), "Theo Công văn 12/UBND về rà soát hộ nghèo")).toBeNull();
    expect(lookupReasonProblem(purpose("other"), "x".repeat(LOOKUP_REASON_LENGTH.max))).toBe("too_long");
  });

  it("compose a reason the contract accepts, whitespace collapsed", () => {
    const reason = composeLookupReason(purpose("dossier_processing"), "  H29-260115-0001 \n ");
    expect(reason).toBe("Giải quyết hồ sơ thủ tục hành chính: H29-260115-0001");
    expect(reason.length).toBeGreaterThanOrEqual(LOOKUP_REASON_LENGTH.min);
  });

  it("label a code from the wire, falling back to the code itself", () => {
    expect(lookupPurposeLabel("inspection", "en")).toBe("Inspection under a decision");
    expect(lookupPurposeLabel("future_purpose")).toBe("future_purpose");
    expect(lookupPurposeLabel(null)).toBe("");
  });
});
