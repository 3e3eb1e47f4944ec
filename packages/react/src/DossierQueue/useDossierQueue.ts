import type { Dossier, DossierAction } from "@chinhquyenso/client";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { inIdleSlices, inSlices } from "../internal/slices";
import { useLocale } from "../provider/hooks";
import {
  buildSearchIndex,
  createRowsSummary,
  type RowsSelection,
  type RowsSummary,
  rankSearch,
  readySearchIndexOf,
  SYNC_INDEX_LIMIT,
  selectFirstRows,
} from "./clientRows";
import { type BulkRunner, type DossierQueueModel, useQueueModel } from "./model";
import type {
  DossierBulkActionHandler,
  DossierQueueColumn,
  DossierQueueCount,
  ProcedureOption,
} from "./types";
import { type QueueViewProps, useQueueView } from "./useQueueView";

/** Options shared by both data modes. */
export interface DossierQueueBaseOptions extends QueueViewProps {
  /** Built-in column ids and your own columns, in order (default: every built-in column). */
  columns?: readonly DossierQueueColumn[];
  /** Rows can be selected for bulk actions (default true). */
  selectable?: boolean;
  /** Bulk actions you allow at all (default: any the state machine allows for the whole selection). */
  bulkActions?: readonly DossierAction[];
  /** Enter on a row, or a click on it. */
  onRowActivate?: (dossier: Dossier) => void;
  /** Counts per menu, replacing the ones the widget works out or loads. */
  counts?: readonly DossierQueueCount[];
  /** Options of the procedure filter, replacing the ones the widget works out or loads. */
  procedures?: readonly ProcedureOption[];
}

/** Controlled data: the host gives the rows (client mode) and handles bulk actions. */
export interface UseDossierQueueOptions extends DossierQueueBaseOptions {
  /** Every dossier of the queue (client mode: menus, filters, search and sort are applied in memory). */
  rows?: readonly Dossier[] | undefined;
  /**
   * The rows are already the menu's, filtered, searched and sorted by your own data layer: the widget shows
   * them as given and reports each change through `onQueueChange`, `onFiltersChange`, `onSearchChange` and
   * `onSortChange`.
   */
  manual?: boolean;
  /** Matching dossiers over all pages, when `manual` rows are a first page. */
  total?: number;
  /** Your data is loading (skeleton). */
  loading?: boolean;
  /** Your data failed to load: shown with a retry button that calls `onRetry`. */
  error?: unknown;
  onRetry?: () => void;
  /** More rows exist (`manual` paging): `onLoadMore` is called near the end. */
  hasMore?: boolean;
  loadingMore?: boolean;
  onLoadMore?: () => void;
  /** The user confirmed a bulk action; reject to show a failure (what the user typed is kept). */
  onBulkAction?: DossierBulkActionHandler;
}

const NO_ROWS: readonly Dossier[] = [];
const noop = () => {};
/** A search shows its best matches first; the rest are ranked when the user scrolls to them. */
const FIRST_MATCHES = 200;
/**
 * Rows counted per step of idle time (about a millisecond): an idle callback that fires on its timeout gets one
 * step only, so counting 100,000 never blocks input.
 */
const SUMMARY_SLICE = 1000;

/**
 * Headless dossier queue for data you hold (client mode): view state (menu, sort, filters, search, selection —
 * each controlled or not), the rows to show, grid keyboard and focus, and the bulk actions that apply. Without
 * a platform client. For the connected queue, see `useConnectedDossierQueue`.
 */
export function useDossierQueue(options: UseDossierQueueOptions): DossierQueueModel {
  const view = useQueueView(options);
  const locale = useLocale();
  const all = options.rows ?? NO_ROWS;
  const appliedSearch = useDeferredValue(view.search);
  const { queue, filters, sort } = view;
  const manual = options.manual ?? false;
  // Which query the user asked to see every match of (by scrolling past the best ones).
  const [everyMatch, setEveryMatch] = useState<{ of: readonly Dossier[]; query: unknown[] } | undefined>();
  const query = [queue, filters, appliedSearch, sort];
  const wantsAll =
    everyMatch?.of === all && everyMatch.query.every((part, index) => Object.is(part, query[index]));
  // Which rows array has its search index built in slices (re-renders the search once it is ready).
  const [indexed, setIndexed] = useState<readonly Dossier[] | undefined>();
  const indexReady = indexed === all;
  // Which search over which rows array is ranked in slices (re-renders the search once it is ranked).
  const [ranked, setRanked] = useState<{ of: readonly Dossier[]; search: string } | undefined>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: indexReady, ranked: the same query gives other rows once the index is built or the search ranked
  const computed = useMemo<RowsSelection>(
    () =>
      manual
        ? { rows: all, complete: true, total: all.length, indexing: false, ranking: false }
        : selectFirstRows(
            all,
            { queue, filters, search: appliedSearch, sort },
            wantsAll ? Number.POSITIVE_INFINITY : FIRST_MATCHES,
          ),
    [manual, all, queue, filters, appliedSearch, sort, wantsAll, indexReady, ranked],
  );
  // While a search is ranked (tens of milliseconds in slices), the previous rows stay, marked busy: no flash
  // of the unsearched list between two keystrokes.
  const settled = useRef<{ of: readonly Dossier[]; selection: RowsSelection } | undefined>(undefined);
  const previous = settled.current?.of === all ? settled.current.selection : undefined;
  const selection = computed.ranking && previous ? { ...previous, ranking: true } : computed;
  useEffect(() => {
    if (!computed.ranking) settled.current = { of: all, selection: computed };
  }, [computed, all]);
  const { rows } = selection;

  // Every match of a search over a long list, ranked in slices of a few milliseconds.
  const rankingSearch = computed.ranking ? appliedSearch.trim() : undefined;
  useEffect(() => {
    if (rankingSearch === undefined) return;
    return inSlices((shouldYield) => {
      if (!rankSearch(all, rankingSearch, shouldYield)) return false;
      setRanked({ of: all, search: rankingSearch });
      return true;
    });
  }, [rankingSearch, all]);
  const showEveryMatch = useCallback(
    () => setEveryMatch({ of: all, query: [queue, filters, appliedSearch, sort] }),
    [all, queue, filters, appliedSearch, sort],
  );

  // The search index of 100,000 rows takes about a second of work: built in slices of a few milliseconds from
  // when the search box takes focus (or a search needs it), so typing and scrolling never wait on it.
  const [prepared, setPrepared] = useState<readonly Dossier[] | undefined>();
  const prepareSearch = useCallback(() => {
    if (!manual && all.length > SYNC_INDEX_LIMIT) setPrepared(all);
  }, [manual, all]);
  const needIndex = selection.indexing || (prepared === all && !indexReady);
  useEffect(() => {
    if (!needIndex) return;
    if (readySearchIndexOf(all)) {
      setIndexed(all);
      return;
    }
    return inSlices((shouldYield) => {
      if (!buildSearchIndex(all, shouldYield)) return false;
      setIndexed(all);
      return true;
    });
  }, [needIndex, all]);

  // Counts and procedure options take a pass over every row: done in slices of idle time after mounting
  // (the grid paints first, input is never blocked), once per rows array.
  const [summary, setSummary] = useState<{ of: readonly Dossier[]; value: RowsSummary } | undefined>();
  const needSummary = !manual && (options.counts === undefined || options.procedures === undefined);
  useEffect(() => {
    const rows = options.rows;
    if (!needSummary || !rows) return;
    const summarizer = createRowsSummary(locale);
    let done = 0;
    return inIdleSlices(() => {
      const to = Math.min(rows.length, done + SUMMARY_SLICE);
      summarizer.add(rows, done, to);
      done = to;
      if (done < rows.length) return false;
      setSummary({ of: rows, value: summarizer.result() });
      return true;
    });
  }, [needSummary, options.rows, locale]);
  const current = summary?.of === options.rows ? summary?.value : undefined;

  const { onBulkAction } = options;
  const bulk = useMemo<BulkRunner | undefined>(
    () =>
      onBulkAction
        ? {
            async run(action, dossiers, input) {
              await onBulkAction(action, dossiers, input);
              return undefined;
            },
          }
        : undefined,
    [onBulkAction],
  );

  return useQueueModel({
    mode: "client",
    view,
    appliedSearch,
    columns: options.columns,
    selectable: options.selectable,
    rows,
    total: options.total ?? (options.rows || manual ? selection.total : undefined),
    status:
      options.error !== undefined && options.error !== null ? "error" : options.rows ? "ready" : "loading",
    error: options.error,
    retry: options.onRetry ?? noop,
    refreshing:
      (options.loading === true && options.rows !== undefined) || selection.indexing || selection.ranking,
    indexing: selection.indexing,
    hasMore: options.hasMore === true || !selection.complete,
    loadingMore: options.loadingMore === true,
    loadMoreFailed: false,
    loadMore: selection.complete ? (options.onLoadMore ?? noop) : showEveryMatch,
    prepareSearch,
    counts: options.counts ?? current?.counts,
    procedures: {
      options: options.procedures ?? current?.procedures,
      loading: false,
      failed: false,
      request: noop,
    },
    allowedBulkActions: options.bulkActions,
    bulk,
    onRowActivate: options.onRowActivate,
  });
}
