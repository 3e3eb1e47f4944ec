import type { Random } from "../random";
import { SeedInputError } from "./errors";

/** A fixed list drawn with fixed relative weights; built once at module load, so a draw allocates nothing. */
export interface WeightedPool<T> {
  readonly items: readonly T[];
  pick(random: Random): T;
}

export function weightedPool<T>(entries: readonly (readonly [item: T, weight: number])[]): WeightedPool<T> {
  if (entries.length === 0) throw new SeedInputError("entries", "a weighted pool needs at least one entry");
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([, weight], index) => {
    if (!(weight > 0) || !Number.isFinite(weight))
      throw new SeedInputError("entries", `weight #${index} must be a positive number, got ${weight}`);
    total += weight;
    cumulative[index] = total;
  });
  const items = entries.map(([item]) => item);
  return {
    items,
    pick(random) {
      const target = random.next() * total;
      // Binary search for the first cumulative weight above the target.
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((cumulative[middle] as number) > target) high = middle;
        else low = middle + 1;
      }
      return items[low] as T;
    },
  };
}
