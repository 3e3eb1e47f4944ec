import { describe, expect, it } from "vitest";
import { createRandom } from "../../random";
import { SeedInputError } from "../errors";
import {
  generateIndicatorSeries,
  generateIndicatorValue,
  INDICATORS,
  IOC_FIELDS,
  type IocFieldKey,
} from "./indicators";

const decimalsOf = (value: number) => (String(value).split(".")[1] ?? "").length;

describe("IOC indicators", () => {
  it("cover every IOC field of docs/domain.md §5 with unique codes", () => {
    const fields = new Set(INDICATORS.map((i) => i.field));
    for (const field of Object.keys(IOC_FIELDS) as IocFieldKey[]) expect(fields).toContain(field);
    expect(new Set(INDICATORS.map((i) => i.code)).size).toBe(INDICATORS.length);
    for (const indicator of INDICATORS) expect(indicator.code).toMatch(/^[A-Z]+-\d{2}(-\d{2})?$/);
  });

  it("have a range, and a target that the range can meet", () => {
    for (const { monthlyRange, target, unit, decimals } of INDICATORS) {
      expect(monthlyRange.min).toBeLessThan(monthlyRange.max);
      if (unit === "%") expect(monthlyRange.max).toBeLessThanOrEqual(100);
      expect([0, 1, 2]).toContain(decimals);
      if (!target) continue;
      if (target.direction === "at_least") expect(target.value).toBeLessThanOrEqual(monthlyRange.max);
      else expect(target.value).toBeGreaterThanOrEqual(monthlyRange.min);
    }
  });

  it("generate values and series inside the range with the indicator's decimals", () => {
    const random = createRandom(1);
    for (const indicator of INDICATORS) {
      const { min, max } = indicator.monthlyRange;
      const values = [
        generateIndicatorValue(random, indicator),
        ...generateIndicatorSeries(random, indicator, 24),
      ];
      expect(values).toHaveLength(25);
      for (const value of values) {
        expect(value).toBeGreaterThanOrEqual(min);
        expect(value).toBeLessThanOrEqual(max);
        expect(decimalsOf(value)).toBeLessThanOrEqual(indicator.decimals);
      }
    }
  });

  it("move a series by small steps rather than jumping across the range", () => {
    const random = createRandom(2);
    for (const indicator of INDICATORS) {
      const series = generateIndicatorSeries(random, indicator, 36);
      const span = indicator.monthlyRange.max - indicator.monthlyRange.min;
      for (let i = 1; i < series.length; i++)
        expect(Math.abs((series[i] as number) - (series[i - 1] as number))).toBeLessThanOrEqual(
          span * 0.1 + 1,
        );
    }
  });

  it("refuse a negative or fractional number of months and accept zero", () => {
    const indicator = INDICATORS[0];
    if (!indicator) throw new Error("no indicators");
    expect(generateIndicatorSeries(createRandom(1), indicator, 0)).toEqual([]);
    expect(() => generateIndicatorSeries(createRandom(1), indicator, -1)).toThrow(SeedInputError);
    expect(() => generateIndicatorSeries(createRandom(1), indicator, 1.5)).toThrow(/^months:/);
  });
});

describe("the IOC catalogue's size and thresholds", () => {
  it("spans 27 fields and more than a thousand indicators, unevenly", () => {
    expect(Object.keys(IOC_FIELDS)).toHaveLength(27);
    expect(INDICATORS.length).toBeGreaterThan(1000);
    const perField = new Map<string, number>();
    for (const indicator of INDICATORS)
      perField.set(indicator.field, (perField.get(indicator.field) ?? 0) + 1);
    expect(perField.size).toBe(27);
    const counts = [...perField.values()];
    expect(Math.max(...counts)).toBeGreaterThan(5 * Math.min(...counts));
  });

  it("sets thresholds the levels' direction agrees with, and leaves some indicators without", () => {
    const withThresholds = INDICATORS.filter((indicator) => indicator.thresholds !== null);
    expect(withThresholds.length).toBeGreaterThan(300);
    expect(INDICATORS.some((indicator) => indicator.target !== null && indicator.thresholds === null)).toBe(
      true,
    );
    for (const { thresholds } of withThresholds) {
      if (!thresholds || thresholds.warning === null || thresholds.alarm === null) continue;
      if (thresholds.breachWhen === "below") expect(thresholds.alarm).toBeLessThanOrEqual(thresholds.warning);
      else expect(thresholds.alarm).toBeGreaterThanOrEqual(thresholds.warning);
    }
    // A river's alarm levels stand without a target.
    expect(INDICATORS.find((indicator) => indicator.code === "PCTT-02")).toMatchObject({
      target: null,
      thresholds: { breachWhen: "above" },
    });
  });
});
