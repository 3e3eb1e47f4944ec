/** The best `limit` items by score, then fewer words, then list order. */
export class TopK {
  readonly #limit: number;
  readonly #heap: { item: number; score: number; words: number }[] = [];

  constructor(limit: number) {
    this.#limit = limit;
  }

  offer(item: number, score: number, words: number): void {
    const heap = this.#heap;
    if (heap.length < this.#limit) {
      heap.push({ item, score, words });
      this.#up(heap.length - 1);
      return;
    }
    const worst = heap[0];
    // Items arrive in list order, so a tie on score and words never beats the current worst.
    if (worst === undefined || score < worst.score || (score === worst.score && words >= worst.words)) return;
    heap[0] = { item, score, words };
    this.#down(0);
  }

  sorted(): { item: number; score: number }[] {
    return [...this.#heap].sort((a, b) => (better(a, b) ? -1 : 1));
  }

  #up(index: number): void {
    const heap = this.#heap;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!better(heap[parent] as (typeof heap)[0], heap[index] as (typeof heap)[0])) break;
      [heap[parent], heap[index]] = [heap[index] as (typeof heap)[0], heap[parent] as (typeof heap)[0]];
      index = parent;
    }
  }

  #down(index: number): void {
    const heap = this.#heap;
    for (;;) {
      let worst = index;
      for (const child of [2 * index + 1, 2 * index + 2]) {
        if (child < heap.length && better(heap[worst] as (typeof heap)[0], heap[child] as (typeof heap)[0])) {
          worst = child;
        }
      }
      if (worst === index) return;
      [heap[worst], heap[index]] = [heap[index] as (typeof heap)[0], heap[worst] as (typeof heap)[0]];
      index = worst;
    }
  }
}

function better(
  a: { item: number; score: number; words: number },
  b: { item: number; score: number; words: number },
) {
  if (a.score !== b.score) return a.score > b.score;
  if (a.words !== b.words) return a.words < b.words;
  return a.item < b.item;
}
