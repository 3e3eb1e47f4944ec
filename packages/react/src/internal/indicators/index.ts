// IOC indicators as the indicator widgets (IndicatorCard, IndicatorTrend) read them: data types, the connected
// hooks and how a contract `direction` becomes a chart polarity.

export {
  type BoardTileView,
  EMPTY_BOARD,
  type IndicatorBoardConfig,
  type IndicatorBoardTile,
  MAX_BOARD_TILES,
  parseIndicatorBoard,
} from "./board";
export { polarityOf } from "./direction";
export type { IndicatorData, IndicatorPoint } from "./types";
export { useIndicatorFields, useIndicatorSeries, useIndicators } from "./useIndicators";
