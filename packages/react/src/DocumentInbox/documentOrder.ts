import type { Document } from "@chinhquyenso/client";
import { compareUrgency } from "@chinhquyenso/core";
import { instantMs } from "../internal/dates";

export type InboxSort = "urgency" | "due" | "arrival";

/** A view's documents and their order, computed only as far as the rows on screen need it. */
export interface DocumentOrder {
  /** The view's documents, in the order given. */
  readonly documents: readonly Document[];
  /** The first `count` documents in order (all of them for `Infinity`; a fraction counts down). */
  first: (count: number) => Document[];
}

const far = Number.MAX_SAFE_INTEGER;

/**
 * The documents in the chosen order: urgency, the nearest due date, the latest arrival; ties keep the given order.
 * A page of 50 out of 3,000 is selected without sorting the other 2,950 (server rendering shows one page); the
 * whole order costs one sort.
 */
export function orderDocuments(list: readonly Document[], sort: InboxSort): DocumentOrder {
  // A key is read when a comparison first needs it, once per document: a page of the urgency order mostly
  // compares urgencies (most documents lose on urgency alone), so their dates are never parsed.
  const key = (read: (document: Document) => number) => {
    const values: (number | undefined)[] = new Array(list.length);
    return (index: number) => (values[index] ??= read(list[index] as Document));
  };
  const due = key((document) => instantMs(document.dueAt) ?? far);
  // Latest arrival first: arrivals are kept negated.
  const arrival = key(
    (document) => -(instantMs(document.arrivalDate ?? document.issuedAt ?? document.updatedAt) ?? 0),
  );
  // compareUrgency(a, b) is rank(b) − rank(a): against one fixed value, the difference of two keys is the same.
  const keys =
    sort === "due"
      ? [due, arrival]
      : sort === "arrival"
        ? [arrival, due]
        : [key((document) => compareUrgency(document.urgency, "")), due, arrival];
  // A total order (the index last), so a selected page is exactly the full order's first page.
  const compare = (a: number, b: number) => {
    for (const keyOf of keys) {
      const difference = keyOf(a) - keyOf(b);
      if (difference !== 0) return difference;
    }
    return a - b;
  };
  return {
    documents: list,
    first(asked) {
      const count = Math.floor(asked);
      // Keep the best documents so far and cut them back to `count` whenever twice as many are kept. Once `count`
      // are kept, a document after the last of them can never enter the page: most lose in one comparison.
      const best: number[] = [];
      let last: number | undefined;
      for (let index = 0; index < list.length && count > 0; index++) {
        if (last === undefined || compare(index, last) < 0) best.push(index);
        if (best.length === 2 * count) {
          best.sort(compare).length = count;
          last = best[count - 1];
        }
      }
      return best
        .sort(compare)
        .slice(0, count)
        .map((index) => list[index] as Document);
    },
  };
}
