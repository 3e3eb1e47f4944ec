// The ways in: build an index at once or in slices, or search a list for one query. The index itself is
// VietnameseSearchIndex (search.ts); how its data is built is search-build.ts.
import { describeValue, InvalidInputError } from "../errors";
import { type IndexOptions, type QueryOptions, type SearchResult, VietnameseSearchIndex } from "./search";
import { buildIndexSteps, textReader } from "./search-build";

/** An index being built a slice at a time (`startSearchIndex`). */
export interface SearchIndexBuild<Item> {
  /**
   * Builds until done or until `shouldYield()` says to stop (asked every fraction of a millisecond); returns the
   * index once built (again on later calls), undefined while work remains. Call again, e.g. from the next task.
   */
  continue(shouldYield: () => boolean): VietnameseSearchIndex<Item> | undefined;
}

/**
 * Starts building the index of `items` without doing any work yet: `continue` does it in slices as short as the
 * caller wants, so that 100,000 items never block a page for long. The index is the same as
 * `createSearchIndex`'s. The items must not change until it is built.
 */
export function startSearchIndex<Item>(
  items: readonly Item[],
  options: IndexOptions<Item>,
): SearchIndexBuild<Item> {
  const text = checkedOptions(items, options);
  const steps = buildIndexSteps(textReader(items, text), items.length);
  let index: VietnameseSearchIndex<Item> | undefined;
  return {
    continue(shouldYield) {
      while (index === undefined) {
        const step = steps.next();
        if (step.done) index = new VietnameseSearchIndex(items, text, step.value);
        else if (shouldYield()) break;
      }
      return index;
    },
  };
}

function checkedOptions<Item>(
  items: readonly Item[],
  options: IndexOptions<Item> | undefined,
): (item: Item) => string | null | undefined {
  if (!Array.isArray(items)) {
    throw new InvalidInputError("invalid_items", "items", `${describeValue(items)} is not a list`);
  }
  const text = options?.text ?? ((item: Item) => (typeof item === "string" ? item : undefined));
  if (typeof text !== "function") {
    throw new InvalidInputError(
      "invalid_option",
      "options.text",
      "must be a function returning the item's text",
    );
  }
  return text;
}

/** Builds the index of a list of strings. */
export function createSearchIndex(items: readonly string[]): VietnameseSearchIndex<string>;
/** Builds the index of a list of items, searching the text `options.text` returns for each. */
export function createSearchIndex<Item>(
  items: readonly Item[],
  options: IndexOptions<Item>,
): VietnameseSearchIndex<Item>;
export function createSearchIndex<Item>(
  items: readonly Item[],
  options?: IndexOptions<Item>,
): VietnameseSearchIndex<Item> {
  return new VietnameseSearchIndex(items, checkedOptions(items, options));
}

/**
 * Searches `items` (or a prebuilt index) for `query`. With a list, an index is built for this one query:
 * for a search box, build it once with `createSearchIndex` and pass the index. An empty query finds nothing.
 */
export function searchVietnamese<Item>(
  source: VietnameseSearchIndex<Item> | readonly Item[],
  query: string,
  options?: QueryOptions & Partial<IndexOptions<Item>>,
): SearchResult<Item> {
  const index =
    source instanceof VietnameseSearchIndex
      ? source
      : createSearchIndex(source, {
          text: options?.text ?? ((item: Item) => (typeof item === "string" ? item : undefined)),
        });
  return index.search(query, options);
}
