// Client mode: the queue menu, filters, search and sort applied in memory to all the rows the host gave.
// Pure functions, so they are tested without a DOM and stay cheap: with the "all" menu, no filter, no
// search and no sort, the host's array is returned as is (no per-row work at mount).
import type { Dossier } from "@chinhquyenso/client";
import {
  createSearchIndex,
  DOSSIER_QUEUE_FILTERS,
  DOSSIER_QUEUES,
  type DossierQueue,
  type QueueFilter,
  type VietnameseSearchIndex,
} from "@chinhquyenso/core";
import type { DossierQueueCount, DossierQueueFilters, DossierQueueSort, ProcedureOption } from "./types";

export interface ClientQuery {
  queue: string;
  filters: DossierQueueFilters;
  search: string;
  sort: DossierQueueSort | null;
}

/** The searchable text of a row: code, applicant, summary and procedure ("accents optional"). */
export function searchText(row: Dossier): string {
  if (!row || typeof row !== "object") return "";
  const parts = [row.code, row.applicant?.fullName, row.summary, row.procedureName];
  return parts.filter((part) => typeof part === "string").join(" ");
}

const indexes = /* @__PURE__ */ new WeakMap<readonly Dossier[], VietnameseSearchIndex<Dossier>>();

/** The search index of a rows array, built on its first search and kept while the array lives. */
export function searchIndexOf(rows: readonly Dossier[]): VietnameseSearchIndex<Dossier> {
  let index = indexes.get(rows);
  if (!index) {
    index = createSearchIndex(rows, { text: searchText });
    indexes.set(rows, index);
  }
  return index;
}

function queueFilterOf(queue: string): QueueFilter | undefined {
  return Object.hasOwn(DOSSIER_QUEUE_FILTERS, queue)
    ? DOSSIER_QUEUE_FILTERS[queue as DossierQueue]
    : undefined;
}

/**
 * Whether a row belongs in a queue menu, by core's queue definitions (`DOSSIER_QUEUE_FILTERS`). Timeliness is
 * the row's own (as the API judged it), so that the menu and the badge agree. An unknown menu matches nothing.
 */
export function inQueue(queue: string, row: Dossier): boolean {
  const filter = queueFilterOf(queue);
  if (!filter || !row || typeof row !== "object") return false;
  if (filter.statuses !== "any" && !(filter.statuses as readonly string[]).includes(row.status)) return false;
  if (filter.channel !== undefined && row.channel !== filter.channel) return false;
  if (filter.returnByPost && (row as { returnByPost?: unknown }).returnByPost !== true) return false;
  if (filter.timeliness !== undefined && !(filter.timeliness as readonly string[]).includes(row.timeliness))
    return false;
  return true;
}

function matchesFilters(row: Dossier, filters: DossierQueueFilters): boolean {
  if (filters.status && filters.status.length > 0 && !filters.status.includes(row.status)) return false;
  if (filters.procedureCode !== undefined && row.procedureCode !== filters.procedureCode) return false;
  if (filters.channel !== undefined && row.channel !== filters.channel) return false;
  if (filters.timeliness !== undefined && row.timeliness !== filters.timeliness) return false;
  return true;
}

export function hasFilters(filters: DossierQueueFilters): boolean {
  return (
    (filters.status !== undefined && filters.status.length > 0) ||
    filters.procedureCode !== undefined ||
    filters.channel !== undefined ||
    filters.timeliness !== undefined
  );
}

/** Epoch ms of an ISO date-time, or NaN (missing or malformed: sorted last). */
function timeOf(value: unknown): number {
  return typeof value === "string" ? Date.parse(value) : Number.NaN;
}

const SORT_FIELDS = { dueAt: "dueAt", receivedAt: "receivedAt", updatedAt: "updatedAt" } as const;

/** Rows sorted by a date field (stable; missing or malformed dates last in both directions). */
export function sortRows(rows: readonly Dossier[], sort: DossierQueueSort): readonly Dossier[] {
  const descending = sort.startsWith("-");
  const name = descending ? sort.slice(1) : sort;
  if (!Object.hasOwn(SORT_FIELDS, name)) return rows;
  const field = SORT_FIELDS[name as keyof typeof SORT_FIELDS];
  // One parse per row, not per comparison.
  const keys = new Float64Array(rows.length);
  const order = new Uint32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    keys[i] = timeOf((rows[i] as Dossier | undefined)?.[field]);
    order[i] = i;
  }
  const direction = descending ? -1 : 1;
  order.sort((a, b) => {
    const ka = keys[a] as number;
    const kb = keys[b] as number;
    const aMissing = Number.isNaN(ka);
    const bMissing = Number.isNaN(kb);
    if (aMissing || bMissing) return aMissing === bMissing ? a - b : aMissing ? 1 : -1;
    return direction * (ka - kb) || a - b;
  });
  return Array.from(order, (i) => rows[i] as Dossier);
}

/**
 * The rows to show: the menu's and the filters' rows, best search matches first (unless a sort is chosen),
 * then sorted. Returns `rows` itself when nothing applies.
 */
export function selectRows(rows: readonly Dossier[], query: ClientQuery): readonly Dossier[] {
  const search = query.search.trim();
  const filtered = hasFilters(query.filters);
  const byQueue = query.queue !== "all";
  let result: readonly Dossier[] = rows;
  if (search !== "") {
    result = searchIndexOf(rows)
      .search(search, { limit: rows.length })
      .hits.map((hit) => hit.item);
  }
  if (byQueue || filtered) {
    result = result.filter(
      (row) =>
        !!row &&
        typeof row === "object" &&
        (!byQueue || inQueue(query.queue, row)) &&
        (!filtered || matchesFilters(row, query.filters)),
    );
  }
  return query.sort ? sortRows(result, query.sort) : result;
}

export interface RowsSummary {
  counts: DossierQueueCount[];
  procedures: ProcedureOption[];
}

/** Counts per menu and the procedures present, in one pass (run after the first paint, not at mount). */
export function summarizeRows(rows: readonly Dossier[], locale: "vi" | "en"): RowsSummary {
  const counts = DOSSIER_QUEUES.map((queue) => ({ queue, count: 0, dueSoon: 0, overdue: 0 }));
  const procedures = new Map<string, string>();
  for (const row of rows) {
    if (!row || typeof row !== "object") continue;
    if (typeof row.procedureCode === "string" && !procedures.has(row.procedureCode))
      procedures.set(
        row.procedureCode,
        typeof row.procedureName === "string" ? row.procedureName : row.procedureCode,
      );
    for (const count of counts) {
      if (!inQueue(count.queue, row)) continue;
      count.count += 1;
      if (row.timeliness === "due_soon") count.dueSoon += 1;
      else if (row.timeliness === "overdue") count.overdue += 1;
    }
  }
  const collator = new Intl.Collator(locale === "vi" ? "vi" : "en");
  return {
    counts,
    procedures: [...procedures]
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  };
}
