import { describe, expect, it } from "vitest";
import { hasPersonalNumber, maskEmail, maskName, maskPersonalNumbers, maskPhone } from "./mask";

describe("masking personal data", () => {
  it("keeps the family name and initials", () => {
    expect(maskName("Nguyễn Văn An")).toBe("Nguyễn V. A.");
    expect(maskName("  Trần   Thị Ánh   Dương ")).toBe("Trần T. Á. D.");
    expect(maskName("Ngô")).toBe("Ngô");
    expect(maskName("   ")).toBe("");
  });

  it("reads decomposed (NFD) Vietnamese as one letter per initial", () => {
    expect(maskName("Lê Ánh".normalize("NFD"))).toBe("Lê Á.");
  });

  it("shows only the last three digits of a phone number", () => {
    expect(maskPhone("0912 345 678")).toBe("*******678");
    expect(maskPhone("+84 912 345 678")).toBe("********678");
    expect(maskPhone("1022")).toBe("****");
    expect(maskPhone("")).toBe("***");
  });

  it("keeps the first letter and the domain of an email", () => {
    expect(maskEmail("an.nguyen@example.vn")).toBe("a***@example.vn");
    expect(maskEmail("not an email")).toBe("***");
    expect(maskEmail("@example.vn")).toBe("***");
  });

  it("masks citizen ID and phone numbers typed into free text, and nothing else", () => {
    expect(maskPersonalNumbers("Gọi 0912.345.678 hoặc CCCD 074201001234.")).toBe(
      "Gọi *******678 hoặc CCCD *********234.",
    );
    const ordinary = "Mã PA-2026-004512, ngày 20/01/2026, 3 trụ đèn, số nhà 123/45";
    expect(maskPersonalNumbers(ordinary)).toBe(ordinary);
    expect(hasPersonalNumber(ordinary)).toBe(false);
    expect(hasPersonalNumber("074201001234")).toBe(true);
    // The global regex keeps no state between calls.
    expect(hasPersonalNumber("074201001234")).toBe(true);
  });
});
