// Server prefetch of what a connected widget loads first, with the same query keys and functions as the widget,
// so that `dehydrate(queryClient)` → `<HydrationBoundary>` puts its first page in the HTML and the browser does
// not fetch it again. Only query results are dehydrated: the client (and its token) never is.
import type { ChinhQuyenSoClient } from "@chinhquyenso/client";
import { createQueryOptions } from "@chinhquyenso/client/query";
import type { QueryClient } from "@tanstack/react-query";
import type { ConnectedComplaintThreadProps } from "../ComplaintThread/ComplaintThread";
import { assigneesQuery, feedbackThreadQuery } from "../ComplaintThread/threadQuery";
import type { DossierQueueProps } from "../DossierQueue/DossierQueue";
import { countParams, listParams, queuePageSize } from "../DossierQueue/listParams";

/** The DossierQueue props that decide its first requests: pass the same values to the widget. */
export type DossierQueuePrefetchOptions = Pick<
  DossierQueueProps,
  | "queue"
  | "defaultQueue"
  | "sort"
  | "defaultSort"
  | "filters"
  | "defaultFilters"
  | "search"
  | "defaultSearch"
  | "scope"
  | "pageSize"
  | "counts"
>;

/**
 * Loads the first page of a connected DossierQueue, and its menu counts (unless you pass `counts`), into
 * `queryClient`. Resolves when both are settled; a failed request is not dehydrated (the widget then loads it in
 * the browser), so it never rejects.
 */
export async function prefetchDossierQueue(
  queryClient: QueryClient,
  client: ChinhQuyenSoClient,
  options: DossierQueuePrefetchOptions = {},
): Promise<void> {
  const queries = createQueryOptions(client);
  const params = listParams(
    options.queue ?? options.defaultQueue ?? "all",
    options.filters ?? options.defaultFilters ?? {},
    options.search ?? options.defaultSearch ?? "",
    options.sort !== undefined ? options.sort : (options.defaultSort ?? null),
    options.scope,
    queuePageSize(options.pageSize),
  );
  await Promise.all([
    queryClient.prefetchInfiniteQuery(queries.dossiers.listInfinite(params)),
    options.counts === undefined
      ? queryClient.prefetchQuery(queries.dossiers.counts(countParams(options.scope)))
      : undefined,
  ]);
}

/** The ComplaintThread props that decide its first requests: pass the same values to the widget. */
export type ComplaintThreadPrefetchOptions = Pick<
  ConnectedComplaintThreadProps,
  "feedbackId" | "audience" | "assignees"
>;

/**
 * Loads what a connected ComplaintThread shows first — the feedback, its whole thread as the audience may see it
 * (a citizen's never holds internal notes, so neither does the HTML), the category names and, for staff without
 * `assignees`, the officers of its agency — into `queryClient`. Never rejects (see `prefetchDossierQueue`).
 */
export async function prefetchComplaintThread(
  queryClient: QueryClient,
  client: ChinhQuyenSoClient,
  { feedbackId, audience: given, assignees }: ComplaintThreadPrefetchOptions,
): Promise<void> {
  const queries = createQueryOptions(client);
  const audience = given === "staff" ? "staff" : "citizen";
  await Promise.all([
    queryClient.prefetchQuery(queries.feedback.get(feedbackId)),
    queryClient.prefetchQuery(feedbackThreadQuery({ client }, feedbackId, audience)),
    queryClient.prefetchQuery(queries.feedback.listCategories()),
  ]);
  if (audience !== "staff" || assignees !== undefined) return;
  const feedback = queryClient.getQueryData(queries.feedback.get(feedbackId).queryKey);
  if (feedback) await queryClient.prefetchQuery(assigneesQuery({ client }, feedback.agencyCode));
}

/** The DossierDetail props that decide its first requests: pass the same `code` to the widget. */
export interface DossierDetailPrefetchOptions {
  readonly code: string;
}

/**
 * Loads what a connected DossierDetail (and DossierTimeline, DueDateExplanation, DossierActions of the same
 * dossier) shows first — the dossier with its clock pauses, its history and its procedure — into `queryClient`.
 * The holiday notices the due-date steps need come from the provider's calendar refresh, as in the browser.
 * Never rejects (see `prefetchDossierQueue`): a dossier the principal may not see is left to the widget's
 * designed 403/404 state.
 */
export async function prefetchDossierDetail(
  queryClient: QueryClient,
  client: ChinhQuyenSoClient,
  { code }: DossierDetailPrefetchOptions,
): Promise<void> {
  const queries = createQueryOptions(client);
  await Promise.all([
    queryClient.prefetchQuery(queries.dossiers.get(code)),
    queryClient.prefetchQuery(queries.dossiers.history(code)),
  ]);
  const dossier = queryClient.getQueryData(queries.dossiers.get(code).queryKey);
  if (dossier) await queryClient.prefetchQuery(queries.procedures.get(dossier.procedureCode));
}
