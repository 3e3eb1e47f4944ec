// The explorer's rows, derived once per data set: each indicator with its field's name, its threshold state and
// freshness (core's rules) and a search index over name, code, field and source (core's Vietnamese search). The
// filters then cost one pass over the rows, so typing in the search box stays cheap with thousands of indicators.
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
  index: VietnameseSearchIndex<ExplorerRow>;
}

/** Rows of well-formed indicators only: an item without a code or a name (a broken payload) is left out. */
export function buildExplorerModel(
  indicators: readonly ExplorerIndicator[],
  fields: readonly ExplorerField[],
  nowMs: number,
): ExplorerModel {
  const fieldNames = new Map(fields.map((field) => [field.code, field.name]));
  const rows: ExplorerRow[] = [];
  const byCode = new Map<string, ExplorerRow>();
  for (const indicator of Array.isArray(indicators) ? indicators : []) {
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
  }
  const index = createSearchIndex(rows, {
    text: (row) =>
      `${row.indicator.name} ${row.indicator.code} ${row.fieldName} ${row.indicator.sourceAgency ?? ""}`,
  });
  return { rows, byCode, index };
}

export interface ExplorerFilters {
  query: string;
  fieldCode: string;
  state: StateFilter;
}

/** The rows the filters keep, in the data's order (a search keeps it too: the grid is a list, not a ranking). */
export function filterRows(model: ExplorerModel, filters: ExplorerFilters): readonly ExplorerRow[] {
  const query = filters.query.trim();
  let matched: Set<number> | null = null;
  if (query) {
    const { hits } = model.index.search(query, { limit: model.rows.length });
    matched = new Set(hits.map((hit) => hit.index));
  }
  if (!matched && !filters.fieldCode && filters.state === "all") return model.rows;
  return model.rows.filter(
    (row, index) =>
      (!matched || matched.has(index)) &&
      (!filters.fieldCode || row.indicator.fieldCode === filters.fieldCode) &&
      (filters.state === "all" || row.state === filters.state),
  );
}

/** How many rows of each threshold state the field and search keep (the state filter's counts). */
export function stateCounts(rows: readonly ExplorerRow[]): Record<ThresholdState, number> {
  const counts: Record<ThresholdState, number> = { normal: 0, warning: 0, alarm: 0, none: 0, no_data: 0 };
  for (const row of rows) counts[row.state]++;
  return counts;
}
