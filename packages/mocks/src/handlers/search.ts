// Free-text `q` filters with core's Vietnamese search (accents optional). The index covers a whole collection and
// is built once per collection (again only when the collection grows), then each query ranks its hits.
import { createSearchIndex, type VietnameseSearchIndex } from "@chinhquyenso/core";

const indexes = new WeakMap<object, { count: number; index: VietnameseSearchIndex<unknown> }>();

/**
 * The rank (0 = best) of each item of `owner`'s collection matching `query`. `items` lists the collection and is
 * called only when the index is (re)built; `count` is its current size.
 */
export function searchRanks<T>(
  owner: object,
  items: () => readonly T[],
  count: number,
  query: string,
  text: (item: T) => string,
): Map<T, number> {
  let entry = indexes.get(owner);
  if (!entry || entry.count !== count) {
    entry = { count, index: createSearchIndex(items(), { text }) as VietnameseSearchIndex<unknown> };
    indexes.set(owner, entry);
  }
  const ranks = new Map<T, number>();
  entry.index.search(query, { limit: count }).hits.forEach((hit, rank) => {
    ranks.set(hit.item as T, rank);
  });
  return ranks;
}

/** The items matching `query`, best first; all items in their order when the query is empty. */
export function search<T>(items: readonly T[], query: string | undefined, text: (item: T) => string): T[] {
  if (query === undefined || query.trim() === "") return [...items];
  const ranks = searchRanks(items, () => items, items.length, query, text);
  return items.filter((item) => ranks.has(item)).sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0));
}
