import type { Dossier } from "@chinhquyenso/client";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useDossierTransition } from "../internal/dossierTransition/useDossierTransition";
import { useConnection } from "../provider/hooks";
import { useDossierQueueCounts, useDossiers } from "./dossierData";
import { countParams, type DossierQueueScope, listParams, queuePageSize } from "./listParams";
import { type BulkRunner, type DossierQueueModel, useQueueModel } from "./model";
import type { DossierBulkActionHandler, ProcedureOption } from "./types";
import type { DossierQueueBaseOptions } from "./useDossierQueue";
import { useQueueView } from "./useQueueView";

export interface UseConnectedDossierQueueOptions extends DossierQueueBaseOptions {
  /** E.g. `{ assignee: "me" }` or `{ agencyCode }`; applied to the lists and the counts. */
  scope?: DossierQueueScope;
  /** Rows per page (1–100, default 50). */
  pageSize?: number;
  /** Search is sent this long after the last keystroke (default 300 ms). */
  searchDelay?: number;
  /** Handle confirmed bulk actions yourself instead of letting the widget apply the transitions. */
  onBulkAction?: DossierBulkActionHandler;
}

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    if (Object.is(value, debounced)) return;
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, debounced, delay]);
  return debounced;
}

/**
 * Headless dossier queue on the provider's client (server mode): infinite cursor pagination, filters and sort
 * sent to the server, debounced free-text search, live counts, and bulk transitions through
 * `useDossierTransition`. The stream keeps rows and counts fresh; focus and selection follow dossier codes.
 */
export function useConnectedDossierQueue(options: UseConnectedDossierQueueOptions): DossierQueueModel {
  const view = useQueueView(options);
  const { queries, queryClient } = useConnection("DossierQueue");
  const appliedSearch = useDebounced(view.search, options.searchDelay ?? 300);
  const pageSize = queuePageSize(options.pageSize);
  const { scope } = options;
  const params = useMemo(
    () => listParams(view.queue, view.filters, appliedSearch, view.sort, scope, pageSize),
    [view.queue, view.filters, appliedSearch, view.sort, scope, pageSize],
  );
  const list = useDossiers(params);
  const counts = useDossierQueueCounts(
    useMemo(() => countParams(scope), [scope]),
    { enabled: options.counts === undefined },
  );

  // Procedure options load only when the filter panel first opens.
  const [wantProcedures, setWantProcedures] = useState(false);
  const procedureQuery = useQuery(
    {
      ...queries.procedures.list({
        limit: 100,
        ...(scope?.agencyCode ? { agencyCode: scope.agencyCode } : {}),
      }),
      enabled: wantProcedures && options.procedures === undefined,
      staleTime: 10 * 60_000,
    },
    queryClient,
  );
  const procedureOptions = useMemo<readonly ProcedureOption[] | undefined>(() => {
    if (options.procedures) return options.procedures;
    const items = procedureQuery.data?.items;
    return Array.isArray(items)
      ? items
          .filter((item) => typeof item?.code === "string")
          .map((item) => ({ code: item.code, name: typeof item.name === "string" ? item.name : item.code }))
      : undefined;
  }, [options.procedures, procedureQuery.data]);

  const transitions = useDossierTransition();
  const { onBulkAction } = options;
  const { transitionMany } = transitions;
  const bulk = useMemo<BulkRunner>(
    () => ({
      async run(action, dossiers: readonly Dossier[], input, onProgress) {
        if (onBulkAction) {
          await onBulkAction(action, dossiers, input);
          return undefined;
        }
        return transitionMany(
          dossiers,
          action,
          {
            ...(input.comment ? { comment: input.comment } : {}),
            ...(input.reason ? { reason: input.reason } : {}),
            ...(action === "request_supplement" && input.reason && input.supplementDeadline
              ? { supplement: { reason: input.reason, deadline: input.supplementDeadline } }
              : {}),
          },
          onProgress,
        );
      },
    }),
    [onBulkAction, transitionMany],
  );

  const { refetch, fetchNextPage } = list;
  const retry = useCallback(() => void refetch(), [refetch]);
  const loadMore = useCallback(() => void fetchNextPage({ cancelRefetch: false }), [fetchNextPage]);
  const firstLoad = list.status === "pending" || (list.isPlaceholderData && list.dossiers.length === 0);

  return useQueueModel({
    mode: "server",
    view,
    appliedSearch,
    columns: options.columns,
    selectable: options.selectable,
    rows: list.dossiers,
    total: list.total ?? (list.status === "success" ? list.dossiers.length : undefined),
    status: list.status === "error" && list.dossiers.length === 0 ? "error" : firstLoad ? "loading" : "ready",
    error: list.error,
    retry,
    refreshing: list.isFetching && !list.isFetchingNextPage,
    hasMore: list.hasNextPage,
    loadingMore: list.isFetchingNextPage,
    loadMoreFailed: list.isFetchNextPageError,
    loadMore,
    counts: options.counts ?? counts.counts,
    procedures: {
      options: procedureOptions,
      loading: procedureQuery.isFetching,
      failed: procedureQuery.isError,
      request: () => setWantProcedures(true),
    },
    allowedBulkActions: options.bulkActions,
    bulk,
    onRowActivate: options.onRowActivate,
  });
}
