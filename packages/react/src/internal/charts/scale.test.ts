import { describe, expect, it } from "vitest";
import { labelIndices, linearScale, linePath, niceDomain } from "./scale";

describe("niceDomain", () => {
  it("widens to nice ticks that cover every value", () => {
    expect(niceDomain([96.2, 97.4, 98.6, 98])).toEqual({ min: 96, max: 99, ticks: [96, 97, 98, 99] });
    expect(niceDomain([0, 520000]).ticks).toEqual([0, 200000, 400000, 600000]);
    expect(niceDomain([0.1, 0.3]).ticks).toEqual([0.1, 0.15, 0.2, 0.25, 0.3]);
  });

  it("handles one value, equal values, negatives and nothing at all", () => {
    expect(niceDomain([7]).ticks[0]).toBeLessThan(7);
    expect(niceDomain([7]).ticks.at(-1)).toBeGreaterThan(7);
    expect(niceDomain([0, 0])).toMatchObject({ min: 0 });
    expect(niceDomain([-3, 5]).min).toBeLessThanOrEqual(-3);
    expect(niceDomain([])).toEqual({ min: 0, max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
    expect(niceDomain([Number.NaN, Number.POSITIVE_INFINITY])).toEqual(niceDomain([]));
  });

  it("keeps non-negative data above zero", () => {
    expect(niceDomain([0]).min).toBe(0);
    expect(niceDomain([0, 0.01]).min).toBe(0);
    expect(niceDomain([-0.01, 0]).min).toBeLessThan(0);
  });
});

describe("linearScale", () => {
  it("maps the domain onto the range, inverted for SVG y", () => {
    const y = linearScale(0, 100, 200, 0);
    expect(y(0)).toBe(200);
    expect(y(25)).toBe(150);
    expect(linearScale(5, 5, 0, 10)(5)).toBe(5);
  });
});

describe("labelIndices", () => {
  it("keeps at most `max` labels and always the last", () => {
    expect(labelIndices(4, 6)).toEqual([0, 1, 2, 3]);
    expect(labelIndices(24, 6)).toEqual([3, 7, 11, 15, 19, 23]);
    expect(labelIndices(0, 6)).toEqual([]);
  });
});

describe("linePath", () => {
  it("breaks the line where a value is missing", () => {
    expect(linePath([[0, 1], [1, 2], null, [3, 4], [4, 5.125]])).toBe("M0,1L1,2M3,4L4,5.13");
    expect(linePath([null, null])).toBe("");
  });
});
