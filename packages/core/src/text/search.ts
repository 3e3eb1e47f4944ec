import { describeValue, InvalidInputError } from "../errors";
import { orderSteps } from "./rank-order";
import { buildIndex, type IndexData, initialBit, textReader } from "./search-build";
import type {
  QueryOptions,
  SearchRanking,
  SearchRankingBuild,
  SearchResult,
  TextRange,
} from "./search-types";
import { prefixEnd, tokenize } from "./tokenize";

export type {
  IndexOptions,
  QueryOptions,
  SearchHit,
  SearchRanking,
  SearchRankingBuild,
  SearchResult,
  TextRange,
} from "./search-types";

/** Items scored between two yields of `startRanking`: a fraction of a millisecond. */
const SCORES_PER_STEP = 1024;

/** Query words beyond this are ignored: a search box is not a document. */
const MAX_QUERY_TOKENS = 16;

interface QueryToken {
  readonly length: number;
  /** Vocabulary ids [wordLow, wordHigh) of words that start with the query word (postings are per word). */
  readonly wordLow: number;
  readonly wordHigh: number;
  /** Variant ids [low, high) of those words. */
  readonly low: number;
  readonly high: number;
  /** Variant ids [exactLow, exactHigh) of the word itself; empty when the index lacks it. */
  readonly exactLow: number;
  readonly exactHigh: number;
  /** Variant id of the word with the diacritics as typed, or -1 (typed without diacritics, or absent). */
  readonly accented: number;
  /** The best quality any token can reach for this word: once found, later tokens cannot improve it. */
  readonly ceiling: number;
}

/**
 * An inverted index of item texts for diacritic- and case-insensitive, word-prefix search: "ho so dat dai"
 * finds "Hồ sơ đất đai", "Thu Dau Mot" finds "Thủ Dầu Một". Build once (`createSearchIndex`), query often.
 * Every query word must start a word of the item; ranking prefers whole words, the same diacritics as typed,
 * words in the typed order, early matches, then shorter texts.
 *
 * Compact: one 16- or 32-bit number per word of the texts, postings as byte-sized gaps; texts are not kept. The text
 * accessor is called again for the hits a query returns, to compute their highlights.
 */
export class VietnameseSearchIndex<Item> {
  readonly size: number;
  readonly #items: readonly Item[];
  readonly #text: (item: Item) => string | null | undefined;
  readonly #vocabulary: readonly string[];
  readonly #wordVariants: Int32Array;
  readonly #variantAccented: readonly string[];
  readonly #itemTokens: Int32Array;
  readonly #itemInitials: Int32Array;
  readonly #tokens: Uint16Array | Int32Array;
  readonly #postingCount: Int32Array;
  readonly #postingByte: Int32Array;
  readonly #postings: Uint8Array;
  readonly #seen: Int32Array;
  #stamp = 0;

  /** Use `createSearchIndex` or `startSearchIndex`. */
  constructor(items: readonly Item[], text: (item: Item) => string | null | undefined, built?: IndexData) {
    this.size = items.length;
    this.#items = items;
    this.#text = text;
    const data = built ?? buildIndex(textReader(items, text), items.length);
    this.#vocabulary = data.vocabulary;
    this.#wordVariants = data.wordVariants;
    this.#variantAccented = data.variantAccented;
    this.#itemTokens = data.itemTokens;
    this.#itemInitials = data.itemInitials;
    this.#tokens = data.tokens;
    this.#postingCount = data.postingCount;
    this.#postingByte = data.postingByte;
    this.#postings = data.postings;
    this.#seen = new Int32Array(items.length);
  }

  #textOf(item: number): string {
    const value = this.#text(this.#items[item] as Item);
    return value === undefined || value === null ? "" : String(value);
  }

  search(query: string, options: QueryOptions = {}): SearchResult<Item> {
    const limit = options.limit ?? 20;
    const ranking = this.rank(query, { limit });
    const terms = ranking.total > 0 ? (this.#query(query)?.terms ?? []) : [];
    const hits = Array.from(ranking.items, (item, at) => ({
      item: this.#items[item] as Item,
      index: item,
      score: ranking.scores[at] ?? 0,
      highlights: this.#highlights(item, terms),
    }));
    return { hits, total: ranking.total };
  }

  /**
   * `search` without the items and their highlights: the positions of the best matches and their scores, in the
   * same order. For a list that shows a window of the results (compute highlights for the shown rows only, with
   * `search` over them or your own). The default limit is every match. Linear in the matches (no sort); for
   * 100,000 items, `startRanking` does the same work in slices.
   */
  rank(query: string, options: QueryOptions = {}): SearchRanking {
    return this.startRanking(query, options).continue(() => false) as SearchRanking;
  }

  /**
   * `rank`, a slice at a time: no work until `continue(shouldYield)`, which goes on until done or until
   * `shouldYield()` says stop (asked every fraction of a millisecond) and returns the ranking once done.
   * The index must not be rebuilt meanwhile (it never changes once built).
   */
  startRanking(query: string, options: QueryOptions = {}): SearchRankingBuild {
    const limit = options.limit ?? this.size;
    if (!Number.isInteger(limit) || limit < 0) {
      throw new InvalidInputError("invalid_limit", "limit", `${describeValue(limit)} is not an integer ≥ 0`);
    }
    const parsed = this.#query(query);
    const steps = this.#rankSteps(parsed, limit);
    let ranking: SearchRanking | undefined;
    return {
      continue(shouldYield) {
        while (ranking === undefined) {
          const step = steps.next();
          if (step.done) ranking = step.value;
          else if (shouldYield()) break;
        }
        return ranking;
      },
    };
  }

  *#rankSteps(
    parsed: { terms: QueryToken[]; initials: number } | undefined,
    limit: number,
  ): Generator<void, SearchRanking, void> {
    if (parsed === undefined || parsed.terms.length === 0)
      return { items: new Int32Array(0), scores: new Int32Array(0), total: 0 };
    const { terms, initials } = parsed;
    const candidates = this.#candidates(terms);
    const count = candidates === undefined ? this.size : candidates.length;
    const matched = new Int32Array(count);
    const scored = new Int32Array(count);
    const words = new Int32Array(count);
    let total = 0;
    for (let next = 0; next < count; next++) {
      if (next % SCORES_PER_STEP === SCORES_PER_STEP - 1) yield;
      const item = candidates === undefined ? next : (candidates[next] ?? 0);
      // Cheap rejection: an item without a word starting with each query word's first letter cannot match.
      if (((this.#itemInitials[item] ?? 0) & initials) !== initials) continue;
      const score = this.#score(item, terms);
      if (score < 0) continue;
      matched[total] = item;
      words[total] = this.#words(item);
      scored[total++] = score;
    }
    // Candidates ascend, so positions in `matched` are in list order, as the order's last tie-break needs.
    const order = yield* orderSteps(scored, words, total, limit);
    return {
      items: order.map((at) => matched[at] ?? 0),
      scores: order.map((at) => scored[at] ?? 0),
      total,
    };
  }

  /** The query's words as id ranges and their first letters; undefined when a word matches nothing. */
  #query(query: string): { terms: QueryToken[]; initials: number } | undefined {
    if (typeof query !== "string") {
      throw new InvalidInputError("invalid_query", "query", `${describeValue(query)} is not a string`);
    }
    const words = tokenize(query).slice(0, MAX_QUERY_TOKENS);
    const terms: QueryToken[] = [];
    let initials = 0;
    for (const word of words) {
      const term = this.#term(word.folded, word.accented);
      if (term === undefined) return undefined;
      terms.push(term);
      initials |= initialBit(word.folded);
    }
    return { terms, initials };
  }

  #words(item: number): number {
    return (this.#itemTokens[item + 1] ?? 0) - (this.#itemTokens[item] ?? 0);
  }

  /** The id ranges of a query word, or undefined when no word of any item starts with it. */
  #term(folded: string, accented: string): QueryToken | undefined {
    const wordLow = this.#lowerBound(folded);
    const wordHigh = this.#lowerBound(`${folded}\uffff`);
    if (wordLow === wordHigh) return undefined;
    const variants = this.#wordVariants;
    const exact = this.#vocabulary[wordLow] === folded;
    const exactLow = exact ? (variants[wordLow] ?? 0) : 0;
    const exactHigh = exact ? (variants[wordLow + 1] ?? 0) : 0;
    let accentedVariant = -1;
    if (accented !== folded) {
      for (let variant = exactLow; variant < exactHigh; variant++) {
        if (this.#variantAccented[variant] === accented) accentedVariant = variant;
      }
    }
    return {
      length: folded.length,
      wordLow,
      wordHigh,
      low: variants[wordLow] ?? 0,
      high: variants[wordHigh] ?? 0,
      exactLow,
      exactHigh,
      accented: accentedVariant,
      ceiling: accentedVariant >= 0 ? 3 : exact ? 2 : 1,
    };
  }

  #lowerBound(word: string): number {
    let low = 0;
    let high = this.#vocabulary.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#vocabulary[middle] ?? "") < word) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * Items containing the rarest query word, ascending — the other words are checked per item, which is
   * cheaper than intersecting. Ascending order keeps memory access sequential and ties in list order.
   * Undefined means every item: when even the rarest word has as many postings as there are items (a first
   * keystroke like "n"), scoring every item, which rejects the few without it, beats decoding the postings.
   */
  #candidates(terms: readonly QueryToken[]): Int32Array | undefined {
    let rarest = terms[0] as QueryToken;
    let fewest = Number.POSITIVE_INFINITY;
    for (const term of terms) {
      const count = (this.#postingCount[term.wordHigh] ?? 0) - (this.#postingCount[term.wordLow] ?? 0);
      if (count < fewest) {
        fewest = count;
        rarest = term;
      }
    }
    if (fewest >= this.size) return undefined;
    const postings = this.#decode(rarest.wordLow, rarest.wordHigh, fewest);
    // One word: its postings are already ascending and distinct.
    if (rarest.wordHigh - rarest.wordLow === 1) return postings;
    const stamp = ++this.#stamp;
    const seen = this.#seen;
    let found = 0;
    for (const item of postings) {
      if (seen[item] === stamp) continue;
      seen[item] = stamp;
      found++;
    }
    const items = new Int32Array(found);
    if (found * 16 > this.size) {
      for (let item = 0, next = 0; item < this.size; item++) if (seen[item] === stamp) items[next++] = item;
    } else {
      let next = 0;
      for (const item of postings) {
        if (seen[item] !== stamp) continue;
        seen[item] = 0;
        items[next++] = item;
      }
      items.sort();
    }
    return items;
  }

  /** The postings of words [low, high), word after word (each ascending), decoded into `count` numbers. */
  #decode(low: number, high: number, count: number): Int32Array {
    const bytes = this.#postings;
    const items = new Int32Array(count);
    let next = 0;
    for (let word = low; word < high; word++) {
      const end = this.#postingByte[word + 1] ?? 0;
      let item = -1;
      for (let at = this.#postingByte[word] ?? 0; at < end; ) {
        let byte = bytes[at++] ?? 0;
        let gap = byte & 0x7f;
        for (let shift = 7; byte >= 0x80; shift += 7) {
          byte = bytes[at++] ?? 0;
          gap |= (byte & 0x7f) << shift;
        }
        item += gap;
        items[next++] = item;
      }
    }
    return items;
  }

  /**
   * -1 when a query word matches no word of the item. Hot loop: locals only, no allocation. The scan of a
   * query word stops as soon as no later token can change its quality, its phrase bonus or the start position.
   */
  #score(item: number, terms: readonly QueryToken[]): number {
    const tokens = this.#tokens;
    const first = this.#itemTokens[item] ?? 0;
    const last = this.#itemTokens[item + 1] ?? 0;
    let score = 0;
    let earliest = 3;
    for (let t = 0; t < terms.length; t++) {
      const { low, high, exactLow, exactHigh, accented, ceiling } = terms[t] as QueryToken;
      const next = terms[t + 1];
      let best = 0;
      let followed = false;
      for (let token = first; token < last; token++) {
        const variant = tokens[token] ?? -1;
        let quality: number;
        if (variant >= exactLow && variant < exactHigh) quality = variant === accented ? 3 : 2;
        else if (variant >= low && variant < high) quality = 1;
        else continue;
        if (quality > best) best = quality;
        if (t === 0 && token - first < earliest && !followed) earliest = token - first;
        if (!followed && next !== undefined && token + 1 < last) {
          const following = tokens[token + 1] ?? -1;
          followed = following >= next.low && following < next.high;
          // Where the typed phrase starts counts, not a stray earlier match of its first word.
          if (followed && t === 0) earliest = Math.min(3, token - first);
        }
        if (best === ceiling && (next === undefined ? t > 0 || token - first + 1 >= earliest : followed))
          break;
      }
      if (best === 0) return -1;
      score += best * 10 + (followed ? 4 : 0);
    }
    return score + 3 - earliest;
  }

  /** 0 no match, 1 word prefix, 2 whole word, 3 whole word with the diacritics typed. */
  #quality(variant: number, term: QueryToken): number {
    if (variant >= term.exactLow && variant < term.exactHigh) return variant === term.accented ? 3 : 2;
    return variant >= term.low && variant < term.high ? 1 : 0;
  }

  /**
   * Ranges of the matched words, from the item's text tokenized again. An item whose text no longer has the
   * words it was indexed with (changed since the index was built) gets no highlights rather than wrong ones.
   */
  #highlights(item: number, terms: readonly QueryToken[]): TextRange[] {
    const text = this.#textOf(item);
    const words = tokenize(text);
    const first = this.#itemTokens[item] ?? 0;
    if (words.length !== (this.#itemTokens[item + 1] ?? 0) - first) return [];
    const ranges: TextRange[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as (typeof words)[number];
      const variant = this.#tokens[first + i] ?? -1;
      if (this.#variantAccented[variant] !== word.accented) return [];
      let end = word.start;
      for (const term of terms) {
        const quality = this.#quality(variant, term);
        if (quality >= 2) end = word.end;
        else if (quality === 1) end = Math.max(end, prefixEnd(text, word.start, word.end, term.length));
      }
      if (end > word.start) ranges.push({ start: word.start, end });
    }
    return ranges;
  }
}
