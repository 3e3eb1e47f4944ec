// The explorer's rows, derived once per data set: each indicator with its field's name, its threshold state and
// freshness (core's rules). The search runs on core's Vietnamese search index, built in shards of
// `SEARCH_SHARD_SIZE` rows: building and searching them a few shards per task keeps every task short with
// thousands of indicators (one index of 5,000 rows is a task of 100–200 ms on a busy machine, and searching all of
// it per keystroke 40–100 ms). The filters then cost one pass over the rows.
import {
  createSearchIndex,
  type Freshness,
  indicatorFreshness,
  type ThresholdState,
  thresholdState,
  type VietnameseSearchIndex,
} from "@chinhquyenso/core";
import { finiteOrNull } from "../internal/charts";
import type { ExplorerField, ExplorerIndicator, StateFilter } from "./types";

export interface ExplorerRow {
  indicator: ExplorerIndicator;
  fieldName: string;
  value: number | null;
  target: number | null;
  state: ThresholdState;
  freshness: Freshness;
}

export interface ExplorerModel {
  rows: readonly ExplorerRow[];
  byCode: ReadonlyMap<string, ExplorerRow>;
  /** How many rows of each threshold state, over all rows (the unfiltered state counts). */
  counts: Readonly<Record<ThresholdState, number>>;
  /** How many rows each field code has. */
  fieldCounts: ReadonlyMap<string, number>;
}

/**
 * Rows per search shard: an index of 50 rows builds in about a millisecond, ~7 ms on a machine loaded 8× its cores
 * (250 rows took 36 ms there, so one shard could be a long task).
 */
export const SEARCH_SHARD_SIZE = 50;

/** The search index of the rows `[start, start + SEARCH_SHARD_SIZE)`. */
export interface SearchShard {
  start: number;
  index: VietnameseSearchIndex<ExplorerRow>;
}

const searchText = (row: ExplorerRow) =>
  `${row.indicator.name} ${row.indicator.code} ${row.fieldName} ${row.indicator.sourceAgency ?? ""}`;

/** The shard of rows starting at `start`. */
export function buildSearchShard(rows: readonly ExplorerRow[], start: number): SearchShard {
  return {
    start,
    index: createSearchIndex(rows.slice(start, start + SEARCH_SHARD_SIZE), { text: searchText }),
  };
}

/** Every shard at once (the server, tests, or a search typed before the shards were built). */
export function buildSearchShards(rows: readonly ExplorerRow[]): SearchShard[] {
  const shards: SearchShard[] = [];
  for (let start = 0; start < rows.length; start += SEARCH_SHARD_SIZE)
    shards.push(buildSearchShard(rows, start));
  return shards;
}

/** Rows of well-formed indicators only: an item without a code or a name (a broken payload) is left out. */
export function buildExplorerModel(
  indicators: readonly ExplorerIndicator[],
  fields: readonly ExplorerField[],
  nowMs: number,
): ExplorerModel {
  const builder = createModelBuilder(indicators, fields, nowMs);
  builder.step(() => false);
  return builder.model;
}

/** Indicators judged between two `shouldYield` checks: a few hundred microseconds of work. */
const BUILD_CHUNK = 64;

/**
 * The model built a chunk of indicators at a time: `step(shouldYield)` goes on until `shouldYield()` says so
 * and returns true once every indicator is in (`model` is then complete; until then it holds the rows so far).
 * A catalogue of thousands is judged over several short tasks instead of inside the first render.
 */
export function createModelBuilder(
  indicators: readonly ExplorerIndicator[],
  fields: readonly ExplorerField[],
  nowMs: number,
): { model: ExplorerModel; step: (shouldYield: () => boolean) => boolean } {
  const fieldNames = new Map(fields.map((field) => [field.code, field.name]));
  const items = Array.isArray(indicators) ? indicators : [];
  const rows: ExplorerRow[] = [];
  const byCode = new Map<string, ExplorerRow>();
  const counts: Record<ThresholdState, number> = { normal: 0, warning: 0, alarm: 0, none: 0, no_data: 0 };
  const fieldCounts = new Map<string, number>();
  let next = 0;
  const step = (shouldYield: () => boolean) => {
    while (next < items.length) {
      const end = Math.min(items.length, next + BUILD_CHUNK);
      for (; next < end; next++) {
        const indicator = items[next];
        if (
          typeof indicator?.code !== "string" ||
          typeof indicator.name !== "string" ||
          byCode.has(indicator.code)
        )
          continue;
        const value = finiteOrNull(indicator.value);
        const row: ExplorerRow = {
          indicator,
          fieldName: fieldNames.get(indicator.fieldCode) ?? String(indicator.fieldCode ?? ""),
          value,
          target: finiteOrNull(indicator.target),
          state: thresholdState(value, indicator.thresholds),
          freshness: indicatorFreshness(indicator.updatedAt, indicator.period, nowMs),
        };
        rows.push(row);
        byCode.set(indicator.code, row);
        counts[row.state]++;
        fieldCounts.set(indicator.fieldCode, (fieldCounts.get(indicator.fieldCode) ?? 0) + 1);
      }
      if (next < items.length && shouldYield()) return false;
    }
    return true;
  };
  return { model: { rows, byCode, counts, fieldCounts }, step };
}

export interface ExplorerFilters {
  query: string;
  fieldCode: string;
  state: StateFilter;
}

/**
 * Adds the indices of the shard's rows that match to `into`. Core's `rank`, not `search`: the grid keeps the
 * data's order and shows no highlights, so the hits' texts are never tokenized again (with `search`, that was
 * most of a keystroke's cost at 5,000 rows).
 */
export function searchShard(shard: SearchShard, query: string, into: Set<number>): void {
  for (const index of shard.index.rank(query, { limit: shard.index.size }).items)
    into.add(shard.start + index);
}

/** The indices of the rows a search matches, all shards at once (server, tests, a query given at mount). */
export function searchMatches(shards: readonly SearchShard[], query: string): Set<number> {
  const matched = new Set<number>();
  for (const shard of shards) searchShard(shard, query, matched);
  return matched;
}

/**
 * The rows kept by a search's matches (null: no search), a field and a state, in the data's order (a search
 * keeps it too: the grid is a list, not a ranking). One pass over the rows.
 */
export function keepRows(
  model: ExplorerModel,
  matched: ReadonlySet<number> | null,
  fieldCode: string,
  state: StateFilter,
): readonly ExplorerRow[] {
  if (!matched && !fieldCode && state === "all") return model.rows;
  return model.rows.filter(
    (row, index) =>
      (!matched || matched.has(index)) &&
      (!fieldCode || row.indicator.fieldCode === fieldCode) &&
      (state === "all" || row.state === state),
  );
}

/**
 * The rows the filters keep, in the data's order. `shards` are the model's search shards; without them a search
 * builds them all first.
 */
export function filterRows(
  model: ExplorerModel,
  filters: ExplorerFilters,
  shards?: readonly SearchShard[],
): readonly ExplorerRow[] {
  const query = filters.query.trim();
  const matched = query ? searchMatches(shards ?? buildSearchShards(model.rows), query) : null;
  return keepRows(model, matched, filters.fieldCode, filters.state);
}

/** How many rows of each threshold state the field and search keep (the state filter's counts). */
export function stateCounts(rows: readonly ExplorerRow[]): Record<ThresholdState, number> {
  const counts: Record<ThresholdState, number> = { normal: 0, warning: 0, alarm: 0, none: 0, no_data: 0 };
  for (const row of rows) counts[row.state]++;
  return counts;
}
