/**
 * An indicator as the card needs it; the client's `Indicator` fits as is. A department with its own data layer
 * passes these fields itself.
 */
export interface IndicatorData {
  code?: string | undefined;
  name: string;
  /** "%", "tỷ đồng", "hồ sơ"… shown after the value. */
  unit: string;
  /** `month`, `quarter` or `year`. */
  period?: string | undefined;
  /** The period of `value`: `2026-01`, `2026-Q1` or `2026`. */
  periodLabel?: string | undefined;
  /** `null`: no figure yet ("Chưa có số liệu"). */
  value: number | null;
  target?: number | null | undefined;
  /**
   * Whether up is good: `higher_is_better`, `lower_is_better` or `neutral` (the contract's `direction`). Used
   * when the card's `polarity` prop is not given; unknown or absent means neutral.
   */
  direction?: string | undefined;
  sourceAgency?: string | undefined;
  /** ISO date-time of the last update. */
  updatedAt?: string | undefined;
}

/** One period of a series (the client's `SeriesPoint`). */
export interface IndicatorPoint {
  /** `2026-01`, `2026-Q1` or `2026`. */
  period: string;
  value: number | null;
  target?: number | null | undefined;
}
