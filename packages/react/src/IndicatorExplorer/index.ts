export type { HeadingLevel } from "../internal/headings";
export {
  type BoardTileView,
  EMPTY_BOARD,
  type IndicatorBoardConfig,
  type IndicatorBoardTile,
  MAX_BOARD_TILES,
  parseIndicatorBoard,
} from "../internal/indicators";
export { buildExplorerModel, type ExplorerModel, type ExplorerRow, filterRows } from "./explorerRows";
export { IndicatorExplorer, type IndicatorExplorerProps } from "./IndicatorExplorer";
export { indicatorExplorerMessages } from "./messages";
export type { ExplorerField, ExplorerIndicator, StateFilter } from "./types";
export {
  type IndicatorExplorerState,
  type UseIndicatorExplorerOptions,
  useIndicatorExplorer,
} from "./useIndicatorExplorer";
