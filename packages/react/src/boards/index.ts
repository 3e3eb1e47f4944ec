// The `@chinhquyenso/react/boards` entry: screens composed of several widgets from a host-persisted config.
export {
  type BoardTileView,
  EMPTY_BOARD,
  type IndicatorBoardConfig,
  type IndicatorBoardTile,
  MAX_BOARD_TILES,
  parseIndicatorBoard,
} from "../internal/indicators";
export { IndicatorBoard, type IndicatorBoardProps } from "./IndicatorBoard";
export { boardMessages } from "./messages";
