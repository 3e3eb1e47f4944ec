// The public shapes of the Vietnamese search index: hits, rankings, options.

/** A range of UTF-16 offsets in the original text: `text.slice(start, end)` is what matched. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export interface SearchHit<Item> {
  readonly item: Item;
  /** Position of the item in the list the index was built from. */
  readonly index: number;
  /** Higher is better; only meaningful within one query. */
  readonly score: number;
  /** Matched words (or their matched beginnings), sorted and merged, in the item's text. */
  readonly highlights: readonly TextRange[];
}

export interface SearchResult<Item> {
  /** Best first, at most `limit`. */
  readonly hits: readonly SearchHit<Item>[];
  /** How many items matched in all. */
  readonly total: number;
}

/** What `rank` returns: positions in the indexed list and scores, best first (typed arrays, no objects). */
export interface SearchRanking {
  /** Positions of the matching items in the list the index was built from, best first, at most `limit`. */
  readonly items: Int32Array;
  /** The score of each of `items`. */
  readonly scores: Int32Array;
  /** How many items matched in all. */
  readonly total: number;
}

export interface IndexOptions<Item> {
  /**
   * The searchable text of an item (concatenate several fields if needed). Strings are their own text. Called
   * once per item to build the index, then again for each hit returned (highlights): it must give the same text.
   */
  readonly text: (item: Item) => string | null | undefined;
}

export interface QueryOptions {
  /** Most hits to return (default 20). */
  readonly limit?: number;
}

/** A ranking being computed a slice at a time (`VietnameseSearchIndex.startRanking`). */
export interface SearchRankingBuild {
  /** Ranks until done or until `shouldYield()` says stop; the ranking once done, undefined while work remains. */
  continue(shouldYield: () => boolean): SearchRanking | undefined;
}
