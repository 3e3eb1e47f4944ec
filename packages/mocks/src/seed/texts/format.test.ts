import { describe, expect, it } from "vitest";
import { capitalise, formatNumberVi, formatVnd } from "./format";

describe("Vietnamese number format", () => {
  it("groups thousands with dots and writes decimals with a comma", () => {
    expect(formatNumberVi(0)).toBe("0");
    expect(formatNumberVi(999)).toBe("999");
    expect(formatNumberVi(1000)).toBe("1.000");
    expect(formatNumberVi(2_000_000_000)).toBe("2.000.000.000");
    expect(formatNumberVi(1234.56, 1)).toBe("1.234,6");
    expect(formatNumberVi(-45_000)).toBe("-45.000");
    expect(formatVnd(50_000)).toBe("50.000 đồng");
  });

  it("capitalises the first letter, diacritics included", () => {
    expect(capitalise("ông Nguyễn Văn An")).toBe("Ông Nguyễn Văn An");
    expect(capitalise("đường Yersin")).toBe("Đường Yersin");
    expect(capitalise("")).toBe("");
  });
});
