import { describe, expect, it } from "vitest";
import {
  finiteOrNull,
  formatNumber,
  formatPeriod,
  formatRatio,
  formatSignedNumber,
  withUnit,
} from "./format";

describe("numbers", () => {
  it("are written the Vietnamese and the English way", () => {
    expect(formatNumber(1234.5, "vi")).toBe("1.234,5");
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
    expect(formatSignedNumber(0.3, "vi")).toBe("+0,3");
    expect(formatSignedNumber(-4.25, "en", 1)).toBe("-4.3");
    expect(formatRatio(0.9526, "vi")).toBe("95,3%");
    expect(withUnit("7,1", "%")).toBe("7,1%");
    expect(withUnit("1.234", "tỷ đồng")).toBe("1.234 tỷ đồng");
    expect(withUnit("3", "")).toBe("3");
  });

  it("accept only finite numbers", () => {
    expect(finiteOrNull(3)).toBe(3);
    for (const value of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY, "3", {}]) {
      expect(finiteOrNull(value)).toBeNull();
    }
  });
});

describe("formatPeriod", () => {
  it("reads months, quarters and years, long and short", () => {
    expect(formatPeriod("2026-03", "vi")).toBe("Tháng 03/2026");
    expect(formatPeriod("2026-03", "vi", "short")).toBe("03/2026");
    expect(formatPeriod("2026-03", "en")).toBe("Mar 2026");
    expect(formatPeriod("2025-Q4", "vi")).toBe("Quý IV/2025");
    expect(formatPeriod("2025-Q4", "vi", "short")).toBe("Q4/2025");
    expect(formatPeriod("2025-Q4", "en")).toBe("Q4 2025");
    expect(formatPeriod("2025", "vi")).toBe("Năm 2025");
    expect(formatPeriod("2025", "en")).toBe("2025");
  });

  it("returns anything else as written", () => {
    for (const label of ["2026-13", "2026-Q5", "tuần 12", ""]) expect(formatPeriod(label, "vi")).toBe(label);
  });
});
