// The search index as it was before the compact rewrite (issue 8): full texts and per-token positions kept.
// Only the equivalence test (search-equivalence.test.ts) and the bench (bench/run.mjs, before vs after) use it;
// it is not exported from the package. Do not change it: it is the oracle the new index must match.
import type { QueryOptions, SearchResult, TextRange } from "./search";
import { prefixEnd, tokenize } from "./tokenize";
import { TopK } from "./top-k.test-support";

/** Query words beyond this are ignored: a search box is not a document. */
const MAX_QUERY_TOKENS = 16;

interface QueryToken {
  readonly length: number;
  /** Vocabulary ids [low, high) of words that start with the query word. */
  readonly low: number;
  readonly high: number;
  /** Id of the word itself, or -1. */
  readonly exact: number;
  /** Accented-form id when the query word carries diacritics, else -1. */
  readonly accented: number;
}

/**
 * An inverted index of item texts for diacritic- and case-insensitive, word-prefix search: "ho so dat dai"
 * finds "Hồ sơ đất đai", "Thu Dau Mot" finds "Thủ Dầu Một". Build once (`createSearchIndex`), query often.
 * Every query word must start a word of the item; ranking prefers whole words, the same diacritics as typed,
 * words in the typed order, early matches, then shorter texts.
 */
export class ReferenceSearchIndex<Item> {
  readonly size: number;
  readonly #items: readonly Item[];
  readonly #texts: string[];
  readonly #vocabulary: string[];
  readonly #accentIds: Map<string, number>;
  readonly #itemTokens: Int32Array;
  readonly #tokenWord: Int32Array;
  readonly #tokenAccent: Int32Array;
  readonly #tokenStart: Int32Array;
  readonly #tokenEnd: Int32Array;
  readonly #postingStart: Int32Array;
  readonly #postings: Int32Array;
  readonly #seen: Int32Array;
  #stamp = 0;

  constructor(items: readonly Item[], text: (item: Item) => string | null | undefined) {
    this.size = items.length;
    this.#items = items;
    this.#texts = items.map((item) => {
      const value = text(item);
      return value === undefined || value === null ? "" : String(value);
    });
    const wordIds = new Map<string, number>();
    const words: string[] = [];
    this.#accentIds = new Map();
    const tokenWord: number[] = [];
    const tokenAccent: number[] = [];
    const tokenStart: number[] = [];
    const tokenEnd: number[] = [];
    this.#itemTokens = new Int32Array(items.length + 1);
    this.#texts.forEach((value, item) => {
      for (const token of tokenize(value)) {
        let word = wordIds.get(token.folded);
        if (word === undefined) {
          word = words.length;
          wordIds.set(token.folded, word);
          words.push(token.folded);
        }
        let accent = this.#accentIds.get(token.accented);
        if (accent === undefined) {
          accent = this.#accentIds.size;
          this.#accentIds.set(token.accented, accent);
        }
        tokenWord.push(word);
        tokenAccent.push(accent);
        tokenStart.push(token.start);
        tokenEnd.push(token.end);
      }
      this.#itemTokens[item + 1] = tokenWord.length;
    });

    // Sorted vocabulary: the words starting with a prefix are one contiguous id range.
    const order = words.map((_, id) => id).sort((a, b) => ((words[a] ?? "") < (words[b] ?? "") ? -1 : 1));
    const rank = new Int32Array(words.length);
    order.forEach((id, sorted) => {
      rank[id] = sorted;
    });
    this.#vocabulary = order.map((id) => words[id] ?? "");
    this.#tokenWord = Int32Array.from(tokenWord, (id) => rank[id] ?? 0);
    this.#tokenAccent = Int32Array.from(tokenAccent);
    this.#tokenStart = Int32Array.from(tokenStart);
    this.#tokenEnd = Int32Array.from(tokenEnd);

    // Postings: for each word, the items containing it, ascending, each once.
    const counts = new Int32Array(words.length + 1);
    const lastItem = new Int32Array(words.length).fill(-1);
    this.#forEachToken((item, word) => {
      if (lastItem[word] === item) return;
      lastItem[word] = item;
      counts[word + 1] = (counts[word + 1] ?? 0) + 1;
    });
    for (let word = 0; word < words.length; word++)
      counts[word + 1] = (counts[word + 1] ?? 0) + (counts[word] ?? 0);
    this.#postingStart = counts;
    this.#postings = new Int32Array(counts[words.length] ?? 0);
    const fill = counts.slice(0, words.length);
    lastItem.fill(-1);
    this.#forEachToken((item, word) => {
      if (lastItem[word] === item) return;
      lastItem[word] = item;
      this.#postings[fill[word] ?? 0] = item;
      fill[word] = (fill[word] ?? 0) + 1;
    });
    this.#seen = new Int32Array(items.length);
  }

  #forEachToken(visit: (item: number, word: number) => void): void {
    for (let item = 0; item < this.size; item++) {
      const end = this.#itemTokens[item + 1] ?? 0;
      for (let token = this.#itemTokens[item] ?? 0; token < end; token++)
        visit(item, this.#tokenWord[token] ?? 0);
    }
  }

  search(query: string, options: QueryOptions = {}): SearchResult<Item> {
    const limit = options.limit ?? 20;
    const words = tokenize(query).slice(0, MAX_QUERY_TOKENS);
    const terms: QueryToken[] = [];
    for (const word of words) {
      const low = this.#lowerBound(word.folded);
      const high = this.#lowerBound(`${word.folded}\uffff`);
      if (low === high) return { hits: [], total: 0 };
      terms.push({
        length: word.folded.length,
        low,
        high,
        exact: this.#vocabulary[low] === word.folded ? low : -1,
        accented: word.accented === word.folded ? -1 : (this.#accentIds.get(word.accented) ?? -2),
      });
    }
    if (terms.length === 0) return { hits: [], total: 0 };

    const candidates = this.#candidates(terms);
    const top = new TopK(limit);
    let total = 0;
    for (const item of candidates) {
      const score = this.#score(item, terms);
      if (score < 0) continue;
      total++;
      top.offer(item, score, (this.#itemTokens[item + 1] ?? 0) - (this.#itemTokens[item] ?? 0));
    }
    const hits = top.sorted().map(({ item, score }) => ({
      item: this.#items[item] as Item,
      index: item,
      score,
      highlights: this.#highlights(item, terms),
    }));
    return { hits, total };
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
   */
  #candidates(terms: readonly QueryToken[]): Int32Array {
    let rarest = terms[0] as QueryToken;
    let fewest = Number.POSITIVE_INFINITY;
    for (const term of terms) {
      const count = (this.#postingStart[term.high] ?? 0) - (this.#postingStart[term.low] ?? 0);
      if (count < fewest) {
        fewest = count;
        rarest = term;
      }
    }
    const stamp = ++this.#stamp;
    const seen = this.#seen;
    let found = 0;
    const end = this.#postingStart[rarest.high] ?? 0;
    for (let posting = this.#postingStart[rarest.low] ?? 0; posting < end; posting++) {
      const item = this.#postings[posting] ?? 0;
      if (seen[item] === stamp) continue;
      seen[item] = stamp;
      found++;
    }
    const items = new Int32Array(found);
    if (rarest.high - rarest.low === 1) {
      // One word: its postings are already ascending and distinct.
      items.set(this.#postings.subarray(this.#postingStart[rarest.low] ?? 0, end));
    } else if (found * 16 > this.size) {
      for (let item = 0, next = 0; item < this.size; item++) if (seen[item] === stamp) items[next++] = item;
    } else {
      let next = 0;
      for (let posting = this.#postingStart[rarest.low] ?? 0; posting < end; posting++) {
        const item = this.#postings[posting] ?? 0;
        if (seen[item] !== stamp) continue;
        seen[item] = 0;
        items[next++] = item;
      }
      items.sort();
    }
    return items;
  }

  /** -1 when a query word matches no word of the item. Hot loop: locals only, no allocation. */
  #score(item: number, terms: readonly QueryToken[]): number {
    const words = this.#tokenWord;
    const accents = this.#tokenAccent;
    const first = this.#itemTokens[item] ?? 0;
    const last = this.#itemTokens[item + 1] ?? 0;
    let score = 0;
    let earliest = 3;
    for (let t = 0; t < terms.length; t++) {
      const { low, high, exact, accented } = terms[t] as QueryToken;
      const next = terms[t + 1];
      let best = 0;
      let followed = false;
      for (let token = first; token < last; token++) {
        const word = words[token] ?? -1;
        let quality: number;
        if (word === exact) quality = accents[token] === accented ? 3 : 2;
        else if (word >= low && word < high) quality = 1;
        else continue;
        if (quality > best) best = quality;
        if (t === 0 && token - first < earliest && !followed) earliest = token - first;
        if (!followed && next !== undefined && token + 1 < last) {
          const following = words[token + 1] ?? -1;
          followed = following >= next.low && following < next.high;
          // Where the typed phrase starts counts, not a stray earlier match of its first word.
          if (followed && t === 0) earliest = Math.min(3, token - first);
        }
      }
      if (best === 0) return -1;
      score += best * 10 + (followed ? 4 : 0);
    }
    return score + 3 - earliest;
  }

  /** 0 no match, 1 word prefix, 2 whole word, 3 whole word with the diacritics typed. */
  #quality(token: number, term: QueryToken): number {
    const word = this.#tokenWord[token] ?? -1;
    if (word === term.exact) return this.#tokenAccent[token] === term.accented ? 3 : 2;
    return word >= term.low && word < term.high ? 1 : 0;
  }

  #highlights(item: number, terms: readonly QueryToken[]): TextRange[] {
    const text = this.#texts[item] ?? "";
    const ranges: TextRange[] = [];
    const last = this.#itemTokens[item + 1] ?? 0;
    for (let token = this.#itemTokens[item] ?? 0; token < last; token++) {
      const start = this.#tokenStart[token] ?? 0;
      const tokenEnd = this.#tokenEnd[token] ?? 0;
      let end = start;
      for (const term of terms) {
        const quality = this.#quality(token, term);
        if (quality >= 2) end = tokenEnd;
        else if (quality === 1) end = Math.max(end, prefixEnd(text, start, tokenEnd, term.length));
      }
      if (end > start) ranges.push({ start, end });
    }
    return ranges;
  }
}
