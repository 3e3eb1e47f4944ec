// The kit writes synthetic Vietnamese records only: marked as a conformance test, and shaped like real data only
// where the contract demands a shape, in blocks no real person has.
import { redact } from "@chinhquyenso/core";
import { describe, expect, it } from "vitest";
import { SYNTHETIC_HEADER_TEXT, syntheticCitizenId, syntheticFeedback, syntheticText } from "./synthetic";

describe("synthetic records", () => {
  it("feedback is Vietnamese, marked as a conformance test, and differs from one call to the next", () => {
    const first = syntheticFeedback("ha-tang");
    const second = syntheticFeedback("ha-tang");
    expect(first.title).toMatch(/^\[Kiểm thử tuân thủ\] /);
    expect(first.description).toContain("không phải dữ liệu thật");
    expect(first.title).not.toBe(second.title);
    expect(first).toMatchObject({ categoryCode: "ha-tang", channel: "phone", public: false });
  });

  it("citizen IDs are 12 digits of the all-zero block, and reports still hide them", () => {
    const ids = [syntheticCitizenId(), syntheticCitizenId()];
    for (const id of ids) {
      expect(id).toMatch(/^000000\d{6}$/);
      expect(redact(`cccd ${id}`)).not.toContain(id);
    }
    expect(ids[0]).not.toBe(ids[1]);
  });

  it("free text and header text say they are synthetic", () => {
    expect(syntheticText("Ghi chú")).toBe("[Kiểm thử tuân thủ] Ghi chú — dữ liệu tổng hợp.");
    expect(SYNTHETIC_HEADER_TEXT).toMatch(/^[\x20-\x7e]+$/);
  });
});
