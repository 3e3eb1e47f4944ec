// A supervision board as a host persists it (JSON): which indicators, in which order, each as a card or a trend.
// Written by IndicatorExplorer, drawn by IndicatorBoard (the `boards` entry); read back from storage through
// `parseIndicatorBoard`, which never throws on what it finds there.

export type BoardTileView = "card" | "trend";

export interface IndicatorBoardTile {
  /** The indicator's code (`indicators.list`). */
  code: string;
  view: BoardTileView;
}

export interface IndicatorBoardConfig {
  /** Format version, for hosts that stored an older board. */
  version: 1;
  tiles: IndicatorBoardTile[];
}

/** Tiles beyond this are dropped: a board is a screen, not a report (each tile loads its own series). */
export const MAX_BOARD_TILES = 24;

export const EMPTY_BOARD: IndicatorBoardConfig = Object.freeze({
  version: 1,
  tiles: [],
}) as IndicatorBoardConfig;

/**
 * A board from stored JSON (a string or a parsed value): unknown shapes give an empty board, tiles without a
 * code are dropped, an unknown view becomes a card, repeated codes keep their first tile, at most
 * `MAX_BOARD_TILES`.
 */
export function parseIndicatorBoard(input: unknown): IndicatorBoardConfig {
  let value = input;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return { version: 1, tiles: [] };
    }
  }
  const tiles = (value as { tiles?: unknown } | null)?.tiles;
  if (!Array.isArray(tiles)) return { version: 1, tiles: [] };
  const seen = new Set<string>();
  const result: IndicatorBoardTile[] = [];
  for (const tile of tiles) {
    const code = (tile as { code?: unknown } | null)?.code;
    if (typeof code !== "string" || code.length === 0 || code.length > 100 || seen.has(code)) continue;
    seen.add(code);
    result.push({ code, view: (tile as { view?: unknown }).view === "trend" ? "trend" : "card" });
    if (result.length === MAX_BOARD_TILES) break;
  }
  return { version: 1, tiles: result };
}
