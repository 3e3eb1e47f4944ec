import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import { SeedInputError } from "./errors";
import { weightedPool } from "./weighted";

describe("weightedPool", () => {
  it("draws items in proportion to their weights", () => {
    const pool = weightedPool([
      ["rare", 1],
      ["common", 3],
    ] as const);
    const random = createRandom(3);
    let common = 0;
    const draws = 20_000;
    for (let i = 0; i < draws; i++) if (pool.pick(random) === "common") common++;
    expect(common / draws).toBeGreaterThan(0.73);
    expect(common / draws).toBeLessThan(0.77);
  });

  it("reaches the first and the last item", () => {
    const pool = weightedPool([
      ["a", 1],
      ["b", 1],
      ["c", 1],
    ] as const);
    const random = createRandom(9);
    const seen = new Set(Array.from({ length: 200 }, () => pool.pick(random)));
    expect([...seen].sort()).toEqual(["a", "b", "c"]);
  });

  it("is deterministic for a seed", () => {
    const pool = weightedPool([
      [1, 2],
      [2, 5],
      [3, 1],
    ] as const);
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 50 }, () => pool.pick(random));
    };
    expect(draw(11)).toEqual(draw(11));
    expect(draw(11)).not.toEqual(draw(12));
  });

  it("refuses an empty pool and weights that are not positive numbers", () => {
    expect(() => weightedPool([])).toThrow(SeedInputError);
    for (const weight of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => weightedPool([["x", weight]])).toThrow(/weight #0 must be a positive number/);
  });
});
