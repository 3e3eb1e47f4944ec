import { describe, expect, it } from "vitest";
import { normalizeVietnamese } from "./normalize";

describe("normalizeVietnamese", () => {
  it("removes diacritics and case", () => {
    expect(normalizeVietnamese("Hồ sơ đất đai")).toBe("ho so dat dai");
    expect(normalizeVietnamese("THỦ DẦU MỘT")).toBe("thu dau mot");
  });

  it("treats NFC and NFD input alike", () => {
    const nfc = "Bến Cát".normalize("NFC");
    const nfd = "Bến Cát".normalize("NFD");
    expect(nfc).not.toBe(nfd);
    expect(normalizeVietnamese(nfd)).toBe(normalizeVietnamese(nfc));
  });

  it("folds đ and Đ to d and collapses whitespace", () => {
    expect(normalizeVietnamese("  Đăng   ký\tđất  ")).toBe("dang ky dat");
  });
});
