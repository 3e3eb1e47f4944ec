// Client mode: the queue menu, filters, search and sort applied in memory to all the rows the host gave.
// Pure functions, so they are tested without a DOM and stay cheap: with the "all" menu, no filter, no
// search and no sort, the host's array is returned as is (no per-row work at mount).
import type { Dossier } from "@chinhquyenso/client";
import {
  DOSSIER_QUEUE_FILTERS,
  DOSSIER_QUEUES,
  type DossierQueue,
  type QueueFilter,
  type SearchIndexBuild,
  type SearchRanking,
  type SearchRankingBuild,
  startSearchIndex,
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

/** Rows arrays up to this length get their index at once (milliseconds); longer ones are built in slices. */
export const SYNC_INDEX_LIMIT = 2000;
const indexes = /* @__PURE__ */ new WeakMap<readonly Dossier[], VietnameseSearchIndex<Dossier>>();
const builds = /* @__PURE__ */ new WeakMap<readonly Dossier[], SearchIndexBuild<Dossier>>();

/** The search index of a rows array, built now if need be, and kept while the array lives. */
export function searchIndexOf(rows: readonly Dossier[]): VietnameseSearchIndex<Dossier> {
  return buildSearchIndex(rows, () => false) as VietnameseSearchIndex<Dossier>;
}

/** The index when it can be had without a long task: already built, or the list is short. */
export function readySearchIndexOf(rows: readonly Dossier[]): VietnameseSearchIndex<Dossier> | undefined {
  return indexes.get(rows) ?? (rows.length <= SYNC_INDEX_LIMIT ? searchIndexOf(rows) : undefined);
}

/**
 * Builds (or goes on building) the index of `rows` until `shouldYield()` says stop; the index once built. One
 * build per rows array, resumed by whoever calls next.
 */
export function buildSearchIndex(
  rows: readonly Dossier[],
  shouldYield: () => boolean,
): VietnameseSearchIndex<Dossier> | undefined {
  const built = indexes.get(rows);
  if (built) return built;
  let build = builds.get(rows);
  if (!build) {
    build = startSearchIndex(rows, { text: searchText });
    builds.set(rows, build);
  }
  const index = build.continue(shouldYield);
  if (index) {
    indexes.set(rows, index);
    builds.delete(rows);
  }
  return index;
}

/** The last search ranked over a long rows array, in slices (`rankSearch`): one per array, the latest. */
const rankings = /* @__PURE__ */ new WeakMap<
  readonly Dossier[],
  { search: string; build: SearchRankingBuild; ranking: SearchRanking | undefined }
>();

/** Every match of `search` in `rows`, best first, when already ranked (`rankSearch`). */
export function readyRankingOf(rows: readonly Dossier[], search: string): SearchRanking | undefined {
  const entry = rankings.get(rows);
  return entry?.search === search ? entry.ranking : undefined;
}

/**
 * Ranks every match of `search` in `rows` (whose index is built) until `shouldYield()` says stop; the ranking
 * once done. Resumed by whoever calls next with the same search; another search starts over.
 */
export function rankSearch(
  rows: readonly Dossier[],
  search: string,
  shouldYield: () => boolean,
): SearchRanking | undefined {
  const index = indexes.get(rows);
  if (!index) return undefined;
  let entry = rankings.get(rows);
  if (entry?.search !== search) {
    entry = { search, build: index.startRanking(search), ranking: undefined };
    rankings.set(rows, entry);
  }
  entry.ranking ??= entry.build.continue(shouldYield);
  return entry.ranking;
}

/** The rows at `positions`, in that order (a plain loop: `Array.from` with a callback is slow on 100,000). */
function rowsAt(rows: readonly Dossier[], positions: Int32Array): Dossier[] {
  const found = new Array<Dossier>(positions.length);
  for (let at = 0; at < positions.length; at++) found[at] = rows[positions[at] ?? 0] as Dossier;
  return found;
}

/** The rows of a search, best first: positions to rows, without hits or highlights. */
function rankedRows(
  rows: readonly Dossier[],
  index: VietnameseSearchIndex<Dossier>,
  search: string,
  limit?: number,
): { rows: Dossier[]; total: number } {
  const ranking = index.rank(search, limit === undefined ? {} : { limit });
  return { rows: rowsAt(rows, ranking.items), total: ranking.total };
}

/** The contract is making `timeliness` nullable (core judges no timeliness for some dossiers). */
type Timeliness = Dossier["timeliness"] | null;

/** The row's timeliness, or null: a row without one matches no timeliness filter. */
function timelinessOf(row: Dossier): string | null {
  const timeliness: Timeliness = row.timeliness;
  return typeof timeliness === "string" ? timeliness : null;
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
  if (filter.timeliness !== undefined) {
    const timeliness = timelinessOf(row);
    if (timeliness === null || !(filter.timeliness as readonly string[]).includes(timeliness)) return false;
  }
  return true;
}

function matchesFilters(row: Dossier, filters: DossierQueueFilters): boolean {
  if (filters.status && filters.status.length > 0 && !filters.status.includes(row.status)) return false;
  if (filters.procedureCode !== undefined && row.procedureCode !== filters.procedureCode) return false;
  if (filters.channel !== undefined && row.channel !== filters.channel) return false;
  if (filters.timeliness !== undefined && timelinessOf(row) !== filters.timeliness) return false;
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

/** The menu's and the filters' rows among `rows` (the same array when neither applies). */
function inMenuAndFilters(rows: readonly Dossier[], query: ClientQuery): readonly Dossier[] {
  const filtered = hasFilters(query.filters);
  const byQueue = query.queue !== "all";
  if (!byQueue && !filtered) return rows;
  return rows.filter(
    (row) =>
      !!row &&
      typeof row === "object" &&
      (!byQueue || inQueue(query.queue, row)) &&
      (!filtered || matchesFilters(row, query.filters)),
  );
}

/**
 * The rows to show: the menu's and the filters' rows, best search matches first (unless a sort is chosen),
 * then sorted. Returns `rows` itself when nothing applies.
 */
export function selectRows(
  rows: readonly Dossier[],
  query: ClientQuery,
  index?: VietnameseSearchIndex<Dossier>,
): readonly Dossier[] {
  const search = query.search.trim();
  const found = search === "" ? rows : rankedRows(rows, index ?? searchIndexOf(rows), search).rows;
  const result = inMenuAndFilters(found, query);
  return query.sort ? sortRows(result, query.sort) : result;
}

export interface RowsSelection {
  rows: readonly Dossier[];
  /** False when `rows` are only the best search matches: the rest is worked out on demand. */
  complete: boolean;
  /** Matching rows in all, when known. */
  total: number | undefined;
  /**
   * The search index is not built yet (a long list, built in slices): `rows` are the menu's and the filters'
   * rows, not yet searched.
   */
  indexing: boolean;
  /**
   * The index is built but this search is not ranked yet (a long list, ranked in slices with `rankSearch`):
   * `rows` are the menu's and the filters' rows, not yet searched.
   */
  ranking: boolean;
}

/**
 * `selectRows`, but a search in relevance order (no sort) stops at the best `limit` matches (the rest is ranked
 * when the user scrolls to them), and a search over a long list whose index is not built yet shows the rows
 * unsearched with `indexing` rather than building it in one long task. `total` still counts every match when
 * no menu or filter narrows them.
 */
export function selectFirstRows(rows: readonly Dossier[], query: ClientQuery, limit: number): RowsSelection {
  const search = query.search.trim();
  const index = search === "" ? undefined : readySearchIndexOf(rows);
  if (search !== "" && index === undefined) {
    const unsearched = selectRows(rows, { ...query, search: "" });
    return { rows: unsearched, complete: true, total: undefined, indexing: true, ranking: false };
  }
  if (index !== undefined && rows.length > SYNC_INDEX_LIMIT) {
    // A long list: every match, ranked in slices beforehand; linear work here (positions to rows, the menu).
    const ranking = readyRankingOf(rows, search);
    if (ranking === undefined) {
      const unsearched = selectRows(rows, { ...query, search: "" });
      return { rows: unsearched, complete: true, total: undefined, indexing: false, ranking: true };
    }
    const found = inMenuAndFilters(rowsAt(rows, ranking.items), query);
    const sorted = query.sort ? sortRows(found, query.sort) : found;
    return { rows: sorted, complete: true, total: sorted.length, indexing: false, ranking: false };
  }
  if (index === undefined || query.sort !== null || !(limit < rows.length)) {
    const all = selectRows(rows, query, index);
    return { rows: all, complete: true, total: all.length, indexing: false, ranking: false };
  }
  const found = rankedRows(rows, index, search, limit);
  const complete = found.total <= limit;
  const best = inMenuAndFilters(found.rows, query);
  const narrowed = query.queue !== "all" || hasFilters(query.filters);
  return {
    rows: best,
    complete,
    total: complete ? best.length : narrowed ? undefined : found.total,
    indexing: false,
    ranking: false,
  };
}

export interface RowsSummary {
  counts: DossierQueueCount[];
  procedures: ProcedureOption[];
}

/** Counts per menu and the procedures present, built a slice of rows at a time (`add`), then `result()`. */
export function createRowsSummary(locale: "vi" | "en") {
  const counts = DOSSIER_QUEUES.map((queue) => ({ queue, count: 0, dueSoon: 0, overdue: 0 }));
  const procedures = new Map<string, string>();
  return {
    add(rows: readonly Dossier[], from = 0, to = rows.length) {
      for (let index = from; index < to; index++) {
        const row = rows[index];
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
    },
    result(): RowsSummary {
      const collator = new Intl.Collator(locale === "vi" ? "vi" : "en");
      return {
        counts: counts.map((count) => ({ ...count })),
        procedures: [...procedures]
          .map(([code, name]) => ({ code, name }))
          .sort((a, b) => collator.compare(a.name, b.name)),
      };
    },
  };
}

/** Counts per menu and the procedures present, in one pass. */
export function summarizeRows(rows: readonly Dossier[], locale: "vi" | "en"): RowsSummary {
  const summary = createRowsSummary(locale);
  summary.add(rows);
  return summary.result();
}
