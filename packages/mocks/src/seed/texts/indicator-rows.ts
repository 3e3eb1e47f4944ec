// The shape of one hand-written IOC indicator row, shared by the tables of indicators.ts and indicators-more.ts.
import type { AgencyRole } from "../maps/types";

export interface IndicatorTarget {
  readonly value: number;
  /** `at_least`: higher is better; `at_most`: lower is better. */
  readonly direction: "at_least" | "at_most";
}

/** Who reports an indicator: the agency playing a role on the map, or the provincial police. */
export type Source = AgencyRole | "police";

export type Row = readonly [
  code: string,
  name: string,
  nameEn: string,
  unit: string,
  unitEn: string,
  range: readonly [min: number, max: number],
  target: IndicatorTarget | null,
  decimals: number,
  source: Source,
];

export const atLeast = (value: number): IndicatorTarget => ({ value, direction: "at_least" });
export const atMost = (value: number): IndicatorTarget => ({ value, direction: "at_most" });
export const PERCENT = ["%", "%"] as const;
