// What both data modes hand to the markup: the view, the rows and their state, the grid behaviour, the
// selection and the bulk actions the state machine allows for it.
import type { Dossier, DossierAction } from "@chinhquyenso/client";
import { commonActions } from "@chinhquyenso/core";
import { useCallback, useMemo } from "react";
import type { DossierTransitionOutcome } from "../internal/dossierTransition/outcome";
import {
  DOSSIER_QUEUE_COLUMNS,
  type DossierBulkInput,
  type DossierQueueColumn,
  type DossierQueueColumnId,
  type DossierQueueCount,
  type DossierQueueCustomColumn,
  type DossierQueueSort,
  type ProcedureOption,
} from "./types";
import { type DossierGrid, rowKey, useDossierGrid } from "./useDossierGrid";
import type { QueueView } from "./useQueueView";

export interface ResolvedColumn {
  id: string;
  builtIn?: DossierQueueColumnId;
  custom?: DossierQueueCustomColumn;
  /** The sort field of the column, for the sortable ones (received, due). */
  sortField?: "receivedAt" | "dueAt";
}

const SORT_FIELDS: Partial<Record<DossierQueueColumnId, "receivedAt" | "dueAt">> = {
  received: "receivedAt",
  due: "dueAt",
};

/** Built-in column ids and custom columns, in the given order; unknown ids and duplicates are dropped. */
export function resolveColumns(columns: readonly DossierQueueColumn[] | undefined): ResolvedColumn[] {
  const seen = new Set<string>();
  const result: ResolvedColumn[] = [];
  for (const column of columns ?? DOSSIER_QUEUE_COLUMNS) {
    if (typeof column === "string") {
      if (!(DOSSIER_QUEUE_COLUMNS as readonly string[]).includes(column) || seen.has(column)) continue;
      seen.add(column);
      const sortField = SORT_FIELDS[column];
      result.push({ id: column, builtIn: column, ...(sortField ? { sortField } : {}) });
    } else if (column && typeof column.id === "string" && !seen.has(column.id)) {
      seen.add(column.id);
      result.push({ id: column.id, custom: column });
    }
  }
  return result;
}

/** The next sort when a sortable header is activated: ascending, descending, then none. */
export function nextSort(current: DossierQueueSort | null, field: string): DossierQueueSort | null {
  if (current === field) return `-${field}`;
  if (current === `-${field}`) return null;
  return field;
}

export type QueueStatus = "loading" | "error" | "ready";

export interface BulkRunner {
  /** Applies the action to the selected dossiers; outcomes per dossier when the widget ran them itself. */
  run(
    action: DossierAction,
    dossiers: readonly Dossier[],
    input: DossierBulkInput,
    onProgress: (done: number, total: number) => void,
  ): Promise<readonly DossierTransitionOutcome[] | undefined>;
}

export interface DossierQueueModel {
  mode: "client" | "server";
  view: QueueView;
  /** The search as applied (debounced in server mode). */
  appliedSearch: string;
  columns: ResolvedColumn[];
  selectable: boolean;
  rows: readonly Dossier[];
  /** Matching dossiers over all pages (server total, or the shown rows). */
  total: number | undefined;
  status: QueueStatus;
  error: unknown;
  retry(): void;
  /** Data is being refreshed in the background (stream, new search). */
  refreshing: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreFailed: boolean;
  loadMore(): void;
  /** The user is about to search (focus in the search box): get ready, e.g. build the search index. */
  prepareSearch?: (() => void) | undefined;
  /** The search index is being built (client mode, long lists): the rows shown are not searched yet. */
  indexing: boolean;
  /** Counts per menu; undefined while unknown. */
  counts: ReadonlyMap<string, DossierQueueCount> | undefined;
  procedures: {
    options: readonly ProcedureOption[] | undefined;
    loading: boolean;
    failed: boolean;
    /** The filter panel opened: load the options if they come from the platform. */
    request(): void;
  };
  selectedRows: readonly Dossier[];
  /** Actions core's state machine (and each dossier's allowedActions) allow for every selected dossier. */
  bulkActions: readonly DossierAction[];
  bulk: BulkRunner | undefined;
  grid: DossierGrid;
}

export interface QueueModelInput {
  mode: "client" | "server";
  view: QueueView;
  appliedSearch: string;
  columns: readonly DossierQueueColumn[] | undefined;
  selectable: boolean | undefined;
  rows: readonly Dossier[];
  total: number | undefined;
  status: QueueStatus;
  error: unknown;
  retry(): void;
  refreshing: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreFailed: boolean;
  loadMore(): void;
  prepareSearch?: (() => void) | undefined;
  indexing?: boolean;
  counts: readonly DossierQueueCount[] | undefined;
  procedures: DossierQueueModel["procedures"];
  allowedBulkActions: readonly DossierAction[] | undefined;
  bulk: BulkRunner | undefined;
  onRowActivate: ((dossier: Dossier) => void) | undefined;
}

const NONE: readonly Dossier[] = [];

export function useQueueModel(input: QueueModelInput): DossierQueueModel {
  const { view, rows } = input;
  const columns = useMemo(() => resolveColumns(input.columns), [input.columns]);
  const selectable = input.selectable ?? true;
  const offset = selectable ? 1 : 0;
  const { sort, setSort, selected, setSelected } = view;

  const onActivateHeader = useCallback(
    (col: number) => {
      if (selectable && col === 0) return;
      const field = columns[col - offset]?.sortField;
      if (field) setSort(nextSort(sort, field));
    },
    [columns, offset, selectable, sort, setSort],
  );
  const { onRowActivate } = input;
  const onActivateRow = useCallback((row: Dossier) => onRowActivate?.(row), [onRowActivate]);

  const grid = useDossierGrid({
    rows,
    hasMore: input.hasMore,
    loadingMore: input.loadingMore,
    onLoadMore: input.loadMoreFailed ? undefined : input.loadMore,
    columnCount: columns.length + offset,
    selectable,
    selected,
    onSelect: setSelected,
    onActivateRow,
    onActivateHeader,
    resetKey: `${view.queue}|${JSON.stringify(view.filters)}|${input.appliedSearch}|${sort}`,
    firstColumn: offset,
  });

  // Only the selected rows that are shown count: a dossier that left the menu is never acted on unseen.
  const selectedRows = useMemo(
    () => (selected.size === 0 ? NONE : rows.filter((row, index) => selected.has(rowKey(row, index)))),
    [rows, selected],
  );
  const { allowedBulkActions } = input;
  const bulkActions = useMemo(() => {
    if (selectedRows.length === 0) return [];
    const statuses = [...new Set(selectedRows.map((row) => row.status))];
    return commonActions(statuses).filter(
      (action) =>
        (allowedBulkActions === undefined || allowedBulkActions.includes(action)) &&
        selectedRows.every(
          (row) => !Array.isArray(row.allowedActions) || row.allowedActions.includes(action),
        ),
    );
  }, [selectedRows, allowedBulkActions]);

  const counts = useMemo(
    () => (input.counts ? new Map(input.counts.map((count) => [count.queue, count])) : undefined),
    [input.counts],
  );

  return {
    mode: input.mode,
    view,
    appliedSearch: input.appliedSearch,
    columns,
    selectable,
    rows,
    total: input.total,
    status: input.status,
    error: input.error,
    retry: input.retry,
    refreshing: input.refreshing,
    hasMore: input.hasMore,
    loadingMore: input.loadingMore,
    loadMoreFailed: input.loadMoreFailed,
    loadMore: input.loadMore,
    prepareSearch: input.prepareSearch,
    indexing: input.indexing ?? false,
    counts,
    procedures: input.procedures,
    selectedRows,
    bulkActions,
    bulk: input.bulk,
    grid,
  };
}
