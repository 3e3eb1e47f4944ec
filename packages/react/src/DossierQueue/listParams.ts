// The request parameters of a connected queue, as pure functions: the widget and the server prefetch
// (`prefetchDossierQueue` in @chinhquyenso/react/server) must build the same query keys.
import type { DossiersCountsParams, DossiersListParams } from "@chinhquyenso/client";
import type { DossierQueueFilters, DossierQueueSort } from "./types";

/** Fixed list parameters of a connected queue (who and where), on top of what the user picks. */
export type DossierQueueScope = Pick<
  DossiersListParams,
  "agencyCode" | "assignee" | "receivedFrom" | "receivedTo" | "dueFrom" | "dueTo"
>;

/** Rows per page: the `pageSize` prop as a whole number in 1–100 (default 50). */
export function queuePageSize(pageSize: number | undefined): number {
  return Math.min(100, Math.max(1, Math.trunc(pageSize ?? 50)));
}

/** The API parameters of what the user sees: menu, filters, search and sort, plus the fixed scope. */
export function listParams(
  queue: string,
  filters: DossierQueueFilters,
  search: string,
  sort: DossierQueueSort | null,
  scope: DossierQueueScope | undefined,
  limit: number,
): DossiersListParams {
  const params: DossiersListParams = { ...scope, queue, limit };
  if (filters.status && filters.status.length > 0) params.status = [...filters.status];
  if (filters.procedureCode !== undefined) params.procedureCode = filters.procedureCode;
  if (filters.channel !== undefined) params.channel = filters.channel;
  if (filters.timeliness !== undefined) params.timeliness = filters.timeliness;
  const q = search.trim();
  if (q !== "") params.q = q;
  if (sort) params.sort = sort;
  return params;
}

/** The menu counts' parameters: the scope's agency and assignee (none: the whole platform's counts). */
export function countParams(scope: DossierQueueScope | undefined): DossiersCountsParams | undefined {
  if (!scope || (scope.agencyCode === undefined && scope.assignee === undefined)) return undefined;
  return {
    ...(scope.agencyCode !== undefined ? { agencyCode: scope.agencyCode } : {}),
    ...(scope.assignee !== undefined ? { assignee: scope.assignee } : {}),
  };
}
