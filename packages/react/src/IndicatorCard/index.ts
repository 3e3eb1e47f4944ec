export type { Polarity } from "../internal/charts/compare";
export type { HeadingLevel } from "../internal/headings";
export {
  type IndicatorData,
  type IndicatorPoint,
  useIndicatorSeries,
  useIndicators,
} from "../internal/indicators";
export { IndicatorCard, type IndicatorCardProps } from "./IndicatorCard";
export { indicatorCardMessages } from "./messages";
export { type IndicatorCardView, type UseIndicatorCardOptions, useIndicatorCard } from "./useIndicatorCard";
