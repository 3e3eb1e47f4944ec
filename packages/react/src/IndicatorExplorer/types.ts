import type { IndicatorThresholds } from "@chinhquyenso/core";
import type { IndicatorData } from "../internal/indicators";

/** An IOC field (lĩnh vực) as the explorer needs it; the client's `IndicatorField` fits as is. */
export interface ExplorerField {
  code: string;
  name: string;
}

/** An indicator as the explorer needs it; the client's `Indicator` (from `indicators.list`) fits as is. */
export interface ExplorerIndicator extends IndicatorData {
  code: string;
  fieldCode: string;
  /** The contract's threshold levels; absent or null: "no threshold" (never guessed from the target). */
  thresholds?: IndicatorThresholds | null | undefined;
  /** The last periods' values, oldest first, for the sparkline. */
  recentValues?: readonly (number | null)[] | undefined;
}

/** The state filter: every state, or one of core's threshold states. */
export type StateFilter = "all" | "alarm" | "warning" | "normal" | "none" | "no_data";
