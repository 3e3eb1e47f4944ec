import { tokenize } from "./tokenize";

/**
 * The compact arrays of a search index. No text and no token position is kept: highlights are recomputed for
 * the few hits returned. A token is one number, the id of its variant (folded word + accented form); variants
 * are sorted by folded word, so the words starting with a prefix, and the forms of one word, are id ranges.
 */
export interface IndexData {
  /** Distinct folded words (lower case, no diacritics), sorted. */
  readonly vocabulary: readonly string[];
  /** The variants of word `w` are ids `wordVariants[w]` to `wordVariants[w + 1]` (exclusive). */
  readonly wordVariants: Int32Array;
  /** The accented form (lower case, NFC) of each variant: the vocabulary string itself when it has no marks. */
  readonly variantAccented: readonly string[];
  /** The tokens of item `i` are `tokens[itemTokens[i]]` to `tokens[itemTokens[i + 1]]` (exclusive). */
  readonly itemTokens: Int32Array;
  /** Per item, one bit per first letter of its words (`initialBit`): an item lacking a query word's bit cannot match. */
  readonly itemInitials: Int32Array;
  /** Variant id of every token, items in list order; 16 bits per token while there are < 65,536 variants. */
  readonly tokens: Uint16Array | Int32Array;
  /** Cumulative posting counts: word `w` is in `postingCount[w + 1] - postingCount[w]` items. */
  readonly postingCount: Int32Array;
  /** The items containing word `w`, ascending, each once, as LEB128 gaps: bytes `postingByte[w]` to `[w + 1]`. */
  readonly postingByte: Int32Array;
  readonly postings: Uint8Array;
}

/** The bit of a folded word's first letter: a–z one each, digits share one, every other letter another. */
export function initialBit(folded: string): number {
  const code = folded.charCodeAt(0);
  if (code >= 97 && code <= 122) return 1 << (code - 97);
  return code >= 48 && code <= 57 ? 1 << 26 : 1 << 27;
}

/** Ints per chunk of an IntList (64 kB). */
const CHUNK_BITS = 14;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

/**
 * A growing list of ints (build-time token lists without a boxed JS number per token), in fixed chunks: a push
 * never copies what is there. Doubling one typed array copied and zero-filled megabytes in one step at 100,000
 * items: 10 ms of a single slice on a quiet machine, the long task of issue 18 on a loaded one.
 */
class IntList {
  readonly #chunks: Int32Array[] = [];
  length = 0;

  push(value: number): void {
    const offset = this.length & CHUNK_MASK;
    if (offset === 0) this.#chunks.push(new Int32Array(1 << CHUNK_BITS));
    (this.#chunks[this.length >>> CHUNK_BITS] as Int32Array)[offset] = value;
    this.length++;
  }

  at(index: number): number {
    return this.#chunks[index >>> CHUNK_BITS]?.[index & CHUNK_MASK] ?? 0;
  }
}

/** Variant keys pair a word id and an accent id in one number (both stay far below 2^21). */
const ACCENT_SPAN = 67_108_864; // 2 ** 26, a literal so bundlers can drop it

/** Steps of work between two yields of `buildIndexSteps`: each is a fraction of a millisecond. */
const ITEMS_PER_STEP = 128;
const TOKENS_PER_STEP = 16_384;
/** Merge-sort moves (one string comparison each) between two yields. */
const MOVES_PER_STEP = 4096;

/** Builds the index in one go. */
export function buildIndex(textOf: (item: number) => string, size: number): IndexData {
  const steps = buildIndexSteps(textOf, size);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The index build as a generator that yields every fraction of a millisecond of work, so that a caller can
 * spread 100,000 items over many short slices (`startSearchIndex`) instead of blocking for a second.
 */
export function* buildIndexSteps(
  textOf: (item: number) => string,
  size: number,
): Generator<void, IndexData, void> {
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  const accentIds = new Map<string, number>();
  const variantIds = new Map<number, number>();
  const variantWord = new IntList();
  const variantAccentedById: string[] = [];
  const tokenVariant = new IntList();
  const itemTokens = new Int32Array(size + 1);
  const itemInitials = new Int32Array(size);
  for (let item = 0; item < size; item++) {
    if (item % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    let initials = 0;
    for (const token of tokenize(textOf(item))) {
      initials |= initialBit(token.folded);
      let word = wordIds.get(token.folded);
      if (word === undefined) {
        word = words.length;
        wordIds.set(token.folded, word);
        words.push(token.folded);
      }
      let accent = accentIds.get(token.accented);
      if (accent === undefined) {
        accent = accentIds.size;
        accentIds.set(token.accented, accent);
      }
      const key = word * ACCENT_SPAN + accent;
      let variant = variantIds.get(key);
      if (variant === undefined) {
        variant = variantWord.length;
        variantIds.set(key, variant);
        variantWord.push(word);
        variantAccentedById.push(token.accented === token.folded ? (words[word] ?? "") : token.accented);
      }
      tokenVariant.push(variant);
    }
    itemInitials[item] = initials;
    itemTokens[item + 1] = tokenVariant.length;
  }

  // Words and variants are distinct, so any correct sort gives the one order: sorted in yielding steps.
  const wordOrder = yield* sortSteps(words.length, (a, b) => (words[a] ?? "") < (words[b] ?? ""));
  const wordRank = new Int32Array(words.length);
  for (let sorted = 0; sorted < wordOrder.length; sorted++) wordRank[wordOrder[sorted] ?? 0] = sorted;
  const variantCount = variantWord.length;
  const variantOrder = yield* sortSteps(variantCount, (a, b) => {
    const byWord = (wordRank[variantWord.at(a)] ?? 0) - (wordRank[variantWord.at(b)] ?? 0);
    return byWord !== 0 ? byWord < 0 : (variantAccentedById[a] ?? "") < (variantAccentedById[b] ?? "");
  });
  const variantRank = new Int32Array(variantCount);
  const wordVariants = new Int32Array(words.length + 1);
  const variantAccented: string[] = new Array(variantCount);
  for (let sorted = 0; sorted < variantCount; sorted++) {
    const id = variantOrder[sorted] ?? 0;
    variantRank[id] = sorted;
    variantAccented[sorted] = variantAccentedById[id] ?? "";
    wordVariants[(wordRank[variantWord.at(id)] ?? 0) + 1] = sorted + 1;
  }
  yield;
  const tokenCount = tokenVariant.length;
  const tokens = variantCount <= 0x10000 ? new Uint16Array(tokenCount) : new Int32Array(tokenCount);
  for (let token = 0; token < tokenCount; token++) {
    if (token % TOKENS_PER_STEP === TOKENS_PER_STEP - 1) yield;
    tokens[token] = variantRank[tokenVariant.at(token)] ?? 0;
  }

  // Postings: for each word, the items containing it, ascending, each once.
  const tokenWord = (token: number) => wordRank[variantWord.at(tokenVariant.at(token))] ?? 0;
  const counts = new Int32Array(words.length + 1);
  const lastItem = new Int32Array(words.length).fill(-1);
  for (let item = 0; item < size; item++) {
    if (item % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const end = itemTokens[item + 1] ?? 0;
    for (let token = itemTokens[item] ?? 0; token < end; token++) {
      const word = tokenWord(token);
      if (lastItem[word] === item) continue;
      lastItem[word] = item;
      counts[word + 1] = (counts[word + 1] ?? 0) + 1;
    }
  }
  for (let word = 0; word < words.length; word++)
    counts[word + 1] = (counts[word + 1] ?? 0) + (counts[word] ?? 0);
  const postings = new Int32Array(counts[words.length] ?? 0);
  const fill = counts.slice(0, words.length);
  lastItem.fill(-1);
  for (let item = 0; item < size; item++) {
    if (item % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const end = itemTokens[item + 1] ?? 0;
    for (let token = itemTokens[item] ?? 0; token < end; token++) {
      const word = tokenWord(token);
      if (lastItem[word] === item) continue;
      lastItem[word] = item;
      postings[fill[word] ?? 0] = item;
      fill[word] = (fill[word] ?? 0) + 1;
    }
  }
  const { offsets, bytes } = yield* encodePostings(postings, counts);
  return {
    vocabulary: Array.from(wordOrder, (id) => words[id] ?? ""),
    wordVariants,
    variantAccented,
    itemTokens,
    itemInitials,
    tokens,
    postingCount: counts,
    postingByte: offsets,
    postings: bytes,
  };
}

/**
 * The ids 0…count-1 in `less` order: a bottom-up merge sort that yields every few thousand moves, so sorting
 * 100,000 words never holds the thread for long.
 */
function* sortSteps(
  count: number,
  less: (a: number, b: number) => boolean,
): Generator<void, Int32Array, void> {
  let from = new Int32Array(count);
  let to = new Int32Array(count);
  for (let id = 0; id < count; id++) from[id] = id;
  let moves = 0;
  for (let width = 1; width < count; width *= 2) {
    for (let start = 0; start < count; start += 2 * width) {
      const middle = Math.min(start + width, count);
      const end = Math.min(start + 2 * width, count);
      let left = start;
      let right = middle;
      for (let out = start; out < end; out++) {
        if (right >= end || (left < middle && !less(from[right] ?? 0, from[left] ?? 0)))
          to[out] = from[left++] ?? 0;
        else to[out] = from[right++] ?? 0;
        if (++moves === MOVES_PER_STEP) {
          moves = 0;
          yield;
        }
      }
    }
    [from, to] = [to, from];
  }
  return from;
}

/** Gaps between ascending items (the first from -1) in LEB128: mostly one byte where four were. */
function* encodePostings(
  postings: Int32Array,
  counts: Int32Array,
): Generator<void, { offsets: Int32Array; bytes: Uint8Array }, void> {
  const offsets = new Int32Array(counts.length);
  let size = 0;
  // Steps count postings, not words: one common word ("nguyen") has tens of thousands.
  let moved = 0;
  for (let word = 0; word + 1 < counts.length; word++) {
    let previous = -1;
    for (let posting = counts[word] ?? 0; posting < (counts[word + 1] ?? 0); posting++) {
      if (++moved === TOKENS_PER_STEP) {
        moved = 0;
        yield;
      }
      const item = postings[posting] ?? 0;
      for (let gap = item - previous; gap >= 0x80; gap >>>= 7) size++;
      size++;
      previous = item;
    }
    offsets[word + 1] = size;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  moved = 0;
  for (let word = 0; word + 1 < counts.length; word++) {
    let previous = -1;
    for (let posting = counts[word] ?? 0; posting < (counts[word + 1] ?? 0); posting++) {
      if (++moved === TOKENS_PER_STEP) {
        moved = 0;
        yield;
      }
      const item = postings[posting] ?? 0;
      let gap = item - previous;
      for (; gap >= 0x80; gap >>>= 7) bytes[at++] = (gap & 0x7f) | 0x80;
      bytes[at++] = gap;
      previous = item;
    }
  }
  return { offsets, bytes };
}

/** The text of item `i`, as the index reads it: missing text is empty. */
export function textReader<Item>(
  items: readonly Item[],
  text: (item: Item) => string | null | undefined,
): (item: number) => string {
  return (item) => {
    const value = text(items[item] as Item);
    return value === undefined || value === null ? "" : String(value);
  };
}
