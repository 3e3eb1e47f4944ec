import { describe, expect, it } from "vitest";
import {
  hasPersonalNumber,
  maskCitizenId,
  maskEmail,
  maskName,
  maskPersonalNumbers,
  maskPhone,
} from "./mask";

describe("masks for display", () => {
  it("keep the family name and initials, whatever the Unicode form", () => {
    expect(maskName("Nguyễn Văn An")).toBe("Nguyễn V. A.");
    expect(maskName("  Trần   Thị Ánh   Dương ")).toBe("Trần T. Á. D.");
    expect(maskName("Võ Ánh".normalize("NFD"))).toBe("Võ Á.");
    expect(maskName("Ngô")).toBe("Ngô");
    expect(maskName("")).toBe("");
    expect(maskName("   ")).toBe("");
  });

  it("show only the last three digits of a phone number", () => {
    expect(maskPhone("0912345678")).toBe("*******678");
    expect(maskPhone("0912 345 678")).toBe("*******678");
    expect(maskPhone("+84 912 345 678")).toBe("********678");
    expect(maskPhone("０９１２３４５６７８")).toBe("*******６７８");
    // Too short to be a phone number: nothing is revealed.
    expect(maskPhone("1022")).toBe("****");
    expect(maskPhone("12345")).toBe("*****");
    expect(maskPhone("")).toBe("***");
  });

  it("show only the last four digits of a citizen ID and nothing of malformed input", () => {
    expect(maskCitizenId("074095001234")).toBe("********1234");
    expect(maskCitizenId("280123456")).toBe("*****3456");
    expect(maskCitizenId("07409500123")).toBe("***********");
    expect(maskCitizenId("abc")).toBe("****");
  });

  it("keep the first letter and the domain of an e-mail address", () => {
    expect(maskEmail("an.nguyen@example.vn")).toBe("a***@example.vn");
    expect(maskEmail("not an email")).toBe("***");
    expect(maskEmail("@example.vn")).toBe("***");
  });

  it("mask citizen ID and phone numbers typed into free text, and nothing else", () => {
    expect(maskPersonalNumbers("Gọi 0912.345.678 hoặc CCCD 074201001234.")).toBe(
      "Gọi *******678 hoặc CCCD *********234.",
    );
    expect(maskPersonalNumbers("Gọi (0912) 345 678, 0912\u00a0345\u00a0678 hoặc 84 912 345 678")).toBe(
      "Gọi *******678, *******678 hoặc ********678",
    );
    expect(maskPersonalNumbers("liên hệ 0912 345 678", "***")).toBe("liên hệ ***");
    const ordinary =
      "Mã PA-2026-004512, ngày 20/01/2026, 3 trụ đèn, số nhà 123/45, 1.000.000.000 đồng, thủ tục 1.000656.000.00.00.H29";
    expect(maskPersonalNumbers(ordinary)).toBe(ordinary);
    expect(hasPersonalNumber(ordinary)).toBe(false);
    expect(hasPersonalNumber("074201001234")).toBe(true);
    // The shared global pattern keeps no state between calls.
    expect(hasPersonalNumber("074201001234")).toBe(true);
  });
});
