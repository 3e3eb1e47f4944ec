// IOC indicators as the indicator widgets (IndicatorCard, IndicatorTrend) read them: data types, the connected
// hooks and how a contract `direction` becomes a chart polarity.
export { polarityOf } from "./direction";
export type { IndicatorData, IndicatorPoint } from "./types";
export { useIndicatorSeries, useIndicators } from "./useIndicators";
