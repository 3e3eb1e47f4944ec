// The order of a query's matches: score (higher first), then fewer words, then list order. Scores and word
// counts are small integers, so two stable counting-sort passes (words, then score) give that order in linear
// time, and in steps: ranking 100,000 matches never holds a page's thread for long, and needs no full sort.

/** Matches moved between two yields: a fraction of a millisecond. */
const MOVES_PER_STEP = 8192;

/**
 * Positions 0…total-1 of the matches (given in list order) best first, the first `limit` of them. `scored[at]`
 * is the score of match `at`, `words[at]` its item's number of words. Yields every few thousand moves.
 */
export function* orderSteps(
  scored: Int32Array,
  words: Int32Array,
  total: number,
  limit: number,
): Generator<void, Int32Array, void> {
  let maxScore = 0;
  let maxWords = 0;
  for (let at = 0; at < total; at++) {
    maxScore = Math.max(maxScore, scored[at] ?? 0);
    maxWords = Math.max(maxWords, words[at] ?? 0);
  }
  const inList = new Int32Array(total);
  for (let at = 0; at < total; at++) inList[at] = at;
  yield;
  // Fewer words first, then (stable, so words stay ordered within a score) the higher score first.
  const byWords = yield* countingSort(inList, total, maxWords + 1, (at) => words[at] ?? 0);
  const byScore = yield* countingSort(byWords, total, maxScore + 1, (at) => maxScore - (scored[at] ?? 0));
  return limit < total ? byScore.slice(0, limit) : byScore;
}

/** `order` stably sorted by `key` (0 ≤ key < buckets). */
function* countingSort(
  order: Int32Array,
  total: number,
  buckets: number,
  key: (at: number) => number,
): Generator<void, Int32Array, void> {
  const starts = new Int32Array(buckets + 1);
  for (let i = 0; i < total; i++) {
    const bucket = key(order[i] ?? 0) + 1;
    starts[bucket] = (starts[bucket] ?? 0) + 1;
  }
  for (let bucket = 0; bucket < buckets; bucket++)
    starts[bucket + 1] = (starts[bucket + 1] ?? 0) + (starts[bucket] ?? 0);
  yield;
  const sorted = new Int32Array(total);
  for (let i = 0; i < total; i++) {
    if (i % MOVES_PER_STEP === MOVES_PER_STEP - 1) yield;
    const at = order[i] ?? 0;
    const bucket = key(at);
    const to = starts[bucket] ?? 0;
    sorted[to] = at;
    starts[bucket] = to + 1;
  }
  return sorted;
}
