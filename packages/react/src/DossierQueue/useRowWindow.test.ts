import { describe, expect, it } from "vitest";
import { rowRange } from "./useRowWindow";

describe("rowRange (fixed-height virtual window)", () => {
  it("renders the rows under the viewport plus the overscan, whatever the row count", () => {
    // Header 44 px, rows 44 px, viewport 440 px: rows 0–9 visible at the top.
    expect(rowRange({ offset: 0, height: 440 }, 100, 44, 44, 6)).toEqual([0, 15]);
    expect(rowRange({ offset: 0, height: 440 }, 100_000, 44, 44, 6)).toEqual([0, 15]);
    // Scrolled by 100 rows: the body starts 44 px down, so row 99 is the first visible.
    expect(rowRange({ offset: 100 * 44, height: 440 }, 100_000, 44, 44, 6)).toEqual([93, 114]);
  });

  it("stays inside the rows at the end, and is empty without rows or height", () => {
    expect(rowRange({ offset: 1e9, height: 440 }, 1000, 44, 44, 6)).toEqual([993, 999]);
    expect(rowRange({ offset: 0, height: 440 }, 3, 44, 44, 6)).toEqual([0, 2]);
    expect(rowRange({ offset: 0, height: 440 }, 0, 44, 44, 6)).toEqual([0, -1]);
    expect(rowRange({ offset: 0, height: 440 }, 10, 0, 44, 6)).toEqual([0, -1]);
    expect(rowRange({ offset: -50, height: 0 }, 10, 44, 44, 0)).toEqual([0, 0]);
  });
});
