// Free-text `q` filters with core's Vietnamese search (accents optional), one index per list, rebuilt when the
// list grows.
import { createSearchIndex, type VietnameseSearchIndex } from "@chinhquyenso/core";

const indexes = new WeakMap<readonly unknown[], { length: number; index: VietnameseSearchIndex<unknown> }>();

/** The items matching `query`, best first; all items in their order when the query is empty. */
export function search<T>(items: readonly T[], query: string | undefined, text: (item: T) => string): T[] {
  if (query === undefined || query.trim() === "") return [...items];
  let entry = indexes.get(items);
  if (!entry || entry.length !== items.length) {
    entry = {
      length: items.length,
      index: createSearchIndex(items, { text }) as VietnameseSearchIndex<unknown>,
    };
    indexes.set(items, entry);
  }
  return entry.index.search(query, { limit: items.length }).hits.map((hit) => hit.item as T);
}
