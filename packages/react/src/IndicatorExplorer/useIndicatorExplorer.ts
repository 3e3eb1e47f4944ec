import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import {
  type BoardTileView,
  EMPTY_BOARD,
  type IndicatorBoardConfig,
  MAX_BOARD_TILES,
} from "../internal/indicators";
import { useChinhQuyenSoSettings } from "../provider/hooks";
import {
  buildExplorerModel,
  buildSearchShard,
  buildSearchShards,
  type ExplorerModel,
  type ExplorerRow,
  filterRows,
  SEARCH_SHARD_SIZE,
  type SearchShard,
  stateCounts,
} from "./explorerRows";

/**
 * The model's search shards, built one per task after the first render (a task each, never one long one); null
 * until all are built.
 */
function useSearchShards(model: ExplorerModel): readonly SearchShard[] | null {
  const [built, setBuilt] = useState<{ model: ExplorerModel; shards: SearchShard[] } | null>(null);
  useEffect(() => {
    const shards: SearchShard[] = [];
    let timer: ReturnType<typeof setTimeout>;
    const step = (start: number) => {
      shards.push(buildSearchShard(model.rows, start));
      if (start + SEARCH_SHARD_SIZE < model.rows.length)
        timer = setTimeout(step, 0, start + SEARCH_SHARD_SIZE);
      else setBuilt({ model, shards });
    };
    timer = setTimeout(step, 0, 0);
    return () => clearTimeout(timer);
  }, [model]);
  return built?.model === model ? built.shards : null;
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

  // One clock reading per data set: freshness is judged when the data arrives, not on every keystroke.
  const model = useMemo(
    () => buildExplorerModel(options.indicators, options.fields, now().getTime()),
    [options.indicators, options.fields, now],
  );
  const deferredQuery = useDeferredValue(query);
  const shards = useSearchShards(model);
  // A search typed before the shards are ready builds them at once, once per data set: rare, never wrong.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new cache for each data set, on purpose
  const eager = useMemo(() => ({ shards: null as SearchShard[] | null }), [model]);
  const scoped = useMemo(() => {
    let ready = shards;
    if (!ready && deferredQuery.trim()) ready = eager.shards ??= buildSearchShards(model.rows);
    return filterRows(model, { query: deferredQuery, fieldCode, state: "all" }, ready ?? undefined);
  }, [model, deferredQuery, fieldCode, shards, eager]);
  const rows: readonly ExplorerRow[] = useMemo(
    () => (stateFilter === "all" ? scoped : scoped.filter((row) => row.state === stateFilter)),
    [scoped, stateFilter],
  );
  const counts = useMemo(() => stateCounts(scoped), [scoped]);
  const fieldCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const row of model.rows)
      counts.set(row.indicator.fieldCode, (counts.get(row.indicator.fieldCode) ?? 0) + 1);
    return counts;
  }, [model]);

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
    searching: query !== deferredQuery,
    fieldCode,
    setFieldCode,
    stateFilter,
    setStateFilter,
    rows,
    total: model.rows.length,
    counts,
    fieldCounts,
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
