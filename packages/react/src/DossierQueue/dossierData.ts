// Connected data hooks of the queue, on TanStack Query with the client's query options. Each passes the
// provider's QueryClient explicitly (the provider never installs a QueryClientProvider).
import type {
  Dossier,
  DossierPage,
  DossiersCountsParams,
  DossiersListParams,
  QueueCount,
} from "@chinhquyenso/client";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useConnection } from "../provider/hooks";

const NO_DOSSIERS: readonly Dossier[] = [];

function dossiersOf(data: { pages: readonly (DossierPage | undefined)[] } | undefined): readonly Dossier[] {
  if (!data) return NO_DOSSIERS;
  return data.pages.flatMap((page) => (Array.isArray(page?.items) ? page.items : []));
}

type ListKey = readonly [string, string, string, DossiersListParams | undefined, ...unknown[]];

/**
 * Dossiers of a queue, page by page (cursor pagination, `fetchNextPage()` for more). `dossiers` is every loaded
 * row in order; `total` the server's count over all pages, when it gives one. While a new search, sort or
 * filter of the same queue menu loads, the previous rows stay (`isPlaceholderData`); a new menu starts empty.
 * The live stream refreshes the loaded pages when a dossier changes.
 */
export function useDossiers(params: DossiersListParams = {}, options: { enabled?: boolean } = {}) {
  const { queries, queryClient } = useConnection("useDossiers");
  const query = useInfiniteQuery(
    {
      ...queries.dossiers.listInfinite(params),
      enabled: options.enabled ?? true,
      placeholderData: (previous, previousQuery) =>
        (previousQuery?.queryKey as ListKey | undefined)?.[3]?.queue === params.queue ? previous : undefined,
    },
    queryClient,
  );
  const dossiers = useMemo(() => dossiersOf(query.data), [query.data]);
  const first = query.data?.pages[0];
  const total = typeof first?.total === "number" ? first.total : undefined;
  // Spreading reads every field: the hook re-renders on any change of the query, which the queue shows anyway.
  return { ...query, dossiers, total };
}

/** Live counts of every queue menu (`dossiers.counts`), refreshed by the stream. */
export function useDossierQueueCounts(params?: DossiersCountsParams, options: { enabled?: boolean } = {}) {
  const { queries, queryClient } = useConnection("useDossierQueueCounts");
  const query = useQuery(
    { ...queries.dossiers.counts(params), enabled: options.enabled ?? true },
    queryClient,
  );
  const items = query.data?.items;
  const counts: readonly QueueCount[] | undefined = Array.isArray(items) ? items : undefined;
  return { ...query, counts };
}
