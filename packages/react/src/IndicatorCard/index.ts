export type { Polarity } from "../internal/charts/compare";
export { type HeadingLevel, IndicatorCard, type IndicatorCardProps } from "./IndicatorCard";
export { indicatorCardMessages } from "./messages";
export type { IndicatorData, IndicatorPoint } from "./types";
export { type IndicatorCardView, type UseIndicatorCardOptions, useIndicatorCard } from "./useIndicatorCard";
export { useIndicatorSeries, useIndicators } from "./useIndicators";
