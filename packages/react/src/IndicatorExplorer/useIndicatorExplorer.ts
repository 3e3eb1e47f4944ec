import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import {
  type BoardTileView,
  EMPTY_BOARD,
  type IndicatorBoardConfig,
  MAX_BOARD_TILES,
} from "../internal/indicators";
import { inSlices } from "../internal/slices";
import { useChinhQuyenSoSettings } from "../provider/hooks";
import {
  buildSearchShard,
  buildSearchShards,
  type ExplorerModel,
  type ExplorerRow,
  keepRows,
  SEARCH_SHARD_SIZE,
  type SearchShard,
  searchMatches,
  searchShard,
  stateCounts,
} from "./explorerRows";
import { useExplorerModel } from "./useExplorerModel";

/** Stands for the model while a long list's is being built (`preparing`). */
const NO_MODEL: ExplorerModel = {
  rows: [],
  byCode: new Map(),
  counts: { normal: 0, warning: 0, alarm: 0, none: 0, no_data: 0 },
  fieldCounts: new Map(),
};

/**
 * The model's search shards, built in ~8 ms slices after the first render (never one long task); null until all
 * are built.
 */
function useSearchShards(model: ExplorerModel): readonly SearchShard[] | null {
  const [built, setBuilt] = useState<{ model: ExplorerModel; shards: SearchShard[] } | null>(null);
  useEffect(() => {
    const shards: SearchShard[] = [];
    let start = 0;
    return inSlices((shouldYield) => {
      while (start < model.rows.length) {
        shards.push(buildSearchShard(model.rows, start));
        start += SEARCH_SHARD_SIZE;
        if (shouldYield()) return false;
      }
      setBuilt({ model, shards });
      return true;
    });
  }, [model]);
  return built?.model === model ? built.shards : null;
}

interface Found {
  model: ExplorerModel;
  query: string;
  matched: ReadonlySet<number>;
}

/**
 * The rows a search matches, searched shard by shard in ~8 ms slices once the shards are built: a keystroke in
 * a catalogue of thousands never blocks the thread. Until the answer for `query` is in, the previous answer
 * stands (`pending`). A query present at mount (a restored screen, the server) is answered at once.
 */
function useSearch(model: ExplorerModel, shards: readonly SearchShard[] | null, query: string) {
  const [found, setFound] = useState<Found | null>(() =>
    query ? { model, query, matched: searchMatches(buildSearchShards(model.rows), query) } : null,
  );
  useEffect(() => {
    if (!query || !shards) return;
    const matched = new Set<number>();
    let next = 0;
    return inSlices((shouldYield) => {
      while (next < shards.length) {
        searchShard(shards[next++] as SearchShard, query, matched);
        if (shouldYield()) return false;
      }
      setFound({ model, query, matched });
      return true;
    });
  }, [model, shards, query]);
  const current = found?.model === model && found.query === query;
  // A new search shows the previous one's rows until its own are in; a cleared one shows every row at once.
  const matched = !query ? null : found?.model === model ? found.matched : null;
  return { matched, pending: Boolean(query) && !current };
}

import type { ExplorerField, ExplorerIndicator, StateFilter } from "./types";

export interface UseIndicatorExplorerOptions {
  indicators: readonly ExplorerIndicator[];
  fields: readonly ExplorerField[];
  /** Search text (controlled); `defaultQuery` for uncontrolled. */
  query?: string | undefined;
  defaultQuery?: string | undefined;
  onQueryChange?: ((query: string) => void) | undefined;
  /** Field filter, a field code or "" for all (controlled); `defaultFieldCode` for uncontrolled. */
  fieldCode?: string | undefined;
  defaultFieldCode?: string | undefined;
  onFieldCodeChange?: ((fieldCode: string) => void) | undefined;
  /** Threshold-state filter (controlled); `defaultStateFilter` for uncontrolled. */
  stateFilter?: StateFilter | undefined;
  defaultStateFilter?: StateFilter | undefined;
  onStateFilterChange?: ((state: StateFilter) => void) | undefined;
  /** The board being composed (controlled): persist it as JSON; `defaultBoard` for uncontrolled. */
  board?: IndicatorBoardConfig | undefined;
  defaultBoard?: IndicatorBoardConfig | undefined;
  onBoardChange?: ((board: IndicatorBoardConfig) => void) | undefined;
}

/**
 * The explorer's state: the filters (search, field, threshold state), the rows they keep, and the board the
 * selection composes. The search is deferred, so typing never waits for the grid.
 */
export function useIndicatorExplorer(options: UseIndicatorExplorerOptions) {
  const { now } = useChinhQuyenSoSettings();
  const [query = "", setQuery] = useControllableState({
    prop: options.query,
    defaultProp: options.defaultQuery ?? "",
    onChange: options.onQueryChange,
  });
  const [fieldCode = "", setFieldCode] = useControllableState({
    prop: options.fieldCode,
    defaultProp: options.defaultFieldCode ?? "",
    onChange: options.onFieldCodeChange,
  });
  const [stateFilter = "all", setStateFilter] = useControllableState<StateFilter>({
    prop: options.stateFilter,
    defaultProp: options.defaultStateFilter ?? "all",
    onChange: options.onStateFilterChange,
  });
  const [board = EMPTY_BOARD, setBoard] = useControllableState<IndicatorBoardConfig>({
    prop: options.board,
    defaultProp: options.defaultBoard ?? EMPTY_BOARD,
    onChange: options.onBoardChange,
  });

  const built = useExplorerModel(options.indicators, options.fields, now);
  const model = built ?? NO_MODEL;
  const deferredQuery = useDeferredValue(query);
  const shards = useSearchShards(model);
  const search = useSearch(model, shards, deferredQuery.trim());
  const scoped = useMemo(
    () => keepRows(model, search.matched, fieldCode, "all"),
    [model, search.matched, fieldCode],
  );
  const rows: readonly ExplorerRow[] = useMemo(
    () => (stateFilter === "all" ? scoped : scoped.filter((row) => row.state === stateFilter)),
    [scoped, stateFilter],
  );
  // Unfiltered, the model's own counts (made while it was built): no pass over thousands of rows at mount.
  const counts = useMemo(() => (scoped === model.rows ? model.counts : stateCounts(scoped)), [scoped, model]);

  const tiles = board.tiles;
  const selected = useMemo(() => new Set(tiles.map((tile) => tile.code)), [tiles]);
  const update = useCallback(
    (next: IndicatorBoardConfig["tiles"]) => setBoard({ version: 1, tiles: next }),
    [setBoard],
  );
  const toggle = useCallback(
    (code: string) => {
      if (selected.has(code)) update(tiles.filter((tile) => tile.code !== code));
      else if (tiles.length < MAX_BOARD_TILES) update([...tiles, { code, view: "card" }]);
    },
    [selected, tiles, update],
  );
  const setView = useCallback(
    (code: string, view: BoardTileView) =>
      update(tiles.map((tile) => (tile.code === code ? { ...tile, view } : tile))),
    [tiles, update],
  );
  const move = useCallback(
    (code: string, by: -1 | 1) => {
      const from = tiles.findIndex((tile) => tile.code === code);
      const to = from + by;
      if (from < 0 || to < 0 || to >= tiles.length) return;
      const next = [...tiles];
      [next[from], next[to]] = [next[to] as (typeof next)[number], next[from] as (typeof next)[number]];
      update(next);
    },
    [tiles, update],
  );

  return {
    query,
    setQuery,
    /** True while the grid still shows the previous search's rows. */
    searching: query !== deferredQuery || search.pending,
    fieldCode,
    setFieldCode,
    stateFilter,
    setStateFilter,
    /** True while a long list's rows are being prepared after the first paint (no rows, no counts yet). */
    preparing: built === null,
    rows,
    total: model.rows.length,
    counts,
    fieldCounts: model.fieldCounts,
    byCode: model.byCode,
    board,
    isSelected: (code: string) => selected.has(code),
    boardFull: tiles.length >= MAX_BOARD_TILES,
    toggle,
    setView,
    move,
    remove: (code: string) => update(tiles.filter((tile) => tile.code !== code)),
    clear: () => update([]),
  };
}

export type IndicatorExplorerState = ReturnType<typeof useIndicatorExplorer>;
