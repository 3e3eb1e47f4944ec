export { IndicatorTrend, type IndicatorTrendProps, type TrendSeries } from "./IndicatorTrend";
export { indicatorTrendMessages } from "./messages";
export {
  type TrendRow,
  type TrendView,
  type UseIndicatorTrendOptions,
  useIndicatorTrend,
} from "./useIndicatorTrend";
