import type { Document } from "@chinhquyenso/client";
import { compareUrgency } from "@chinhquyenso/core";
import { instantMs } from "../internal/dates";

export type InboxSort = "urgency" | "due" | "arrival";

/** A view's documents and their order, computed only as far as the rows on screen need it. */
export interface DocumentOrder {
  /** How many documents the view has (counted without building a list of them). */
  readonly size: number;
  /** The view's documents, in the order given (built when first read). */
  readonly documents: readonly Document[];
  /** The first `count` documents in order (all of them for `Infinity`; a fraction counts down). */
  first: (count: number) => Document[];
}

const far = Number.MAX_SAFE_INTEGER;
const everything = () => true;

/**
 * The documents that are objects and pass `include`, in the chosen order: urgency, the nearest due date, the
 * latest arrival; ties keep the given order. A page of 50 out of 3,000 is selected without sorting the other
 * 2,950 (server rendering shows one page); the whole order costs one sort.
 *
 * Why it is written this way: server rendering runs it on every request, so nothing here allocates per document
 * on the heap. The view is a list of positions in the given array (no filtered copy); the date keys live in typed
 * arrays, read when a comparison first needs them (a page of the urgency order mostly compares urgencies, so most
 * dates are never parsed); and the comparison is one monomorphic function that returns a small integer (−1, 1,
 * or the difference of two positions on a full tie), which the engine inlines without boxing a number per call.
 */
export function orderDocuments(
  source: readonly unknown[],
  sort: InboxSort,
  include: (document: Document) => boolean = everything,
): DocumentOrder {
  const list = source as readonly Document[];
  const positions = new Int32Array(list.length);
  let size = 0;
  for (let index = 0; index < list.length; index++) {
    const document = list[index];
    if (document !== null && typeof document === "object" && include(document)) positions[size++] = index;
  }

  // NaN marks a key not read yet.
  const dues = new Float64Array(list.length).fill(Number.NaN);
  const arrivals = new Float64Array(list.length).fill(Number.NaN);
  const dueOf = (index: number) => {
    let value = dues[index] as number;
    if (Number.isNaN(value)) value = dues[index] = instantMs((list[index] as Document).dueAt) ?? far;
    return value;
  };
  // Latest arrival first: arrivals are kept negated.
  const arrivalOf = (index: number) => {
    let value = arrivals[index] as number;
    if (Number.isNaN(value)) {
      const document = list[index] as Document;
      value = arrivals[index] = -(
        instantMs(document.arrivalDate ?? document.issuedAt ?? document.updatedAt) ?? 0
      );
    }
    return value;
  };
  // compareUrgency(a, b) is rank(b) − rank(a): against one fixed value, the difference of two keys is the same.
  const urgencyOf = (index: number) => compareUrgency((list[index] as Document).urgency, "");
  // An unknown sort (bad input from a host) orders by urgency, the default.
  const byUrgency = sort !== "due" && sort !== "arrival";
  const arrivalFirst = sort === "arrival";
  // A total order (the position in the given array last), so a selected page is exactly the full order's first.
  const compare = (a: number, b: number) => {
    let difference = byUrgency ? urgencyOf(a) - urgencyOf(b) : 0;
    if (difference === 0) difference = arrivalFirst ? arrivalOf(a) - arrivalOf(b) : dueOf(a) - dueOf(b);
    if (difference === 0) difference = arrivalFirst ? dueOf(a) - dueOf(b) : arrivalOf(a) - arrivalOf(b);
    return difference < 0 ? -1 : difference > 0 ? 1 : a - b;
  };

  let documents: Document[] | undefined;
  return {
    size,
    get documents() {
      documents ??= Array.from(positions.subarray(0, size), (index) => list[index] as Document);
      return documents;
    },
    first(asked) {
      const count = Math.floor(asked);
      // Keep the best documents so far and cut them back to `count` whenever twice as many are kept. Once `count`
      // are kept, a document after the last of them can never enter the page: most lose in one comparison.
      const best: number[] = [];
      let last = -1;
      for (let position = 0; position < size && count > 0; position++) {
        const index = positions[position] as number;
        if (last < 0 || compare(index, last) < 0) best.push(index);
        if (best.length === 2 * count) {
          best.sort(compare).length = count;
          last = best[count - 1] as number;
        }
      }
      return best
        .sort(compare)
        .slice(0, count)
        .map((index) => list[index] as Document);
    },
  };
}
