// The compact index (search.ts) must give exactly what the former index (search-reference.test-support.ts) gave: same
// matches, totals, order, scores and highlight ranges, on generated dossier-like texts and on random ones.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SearchResult } from "./search";
import { createSearchIndex, startSearchIndex } from "./search-entry";
import { ReferenceSearchIndex } from "./search-reference.test-support";
import { tokenize } from "./tokenize";

const PROCEDURES = [
  "Cấp giấy chứng nhận quyền sử dụng đất lần đầu",
  "Đăng ký biến động đất đai, tài sản gắn liền với đất",
  "Đăng ký hộ kinh doanh",
  "Đăng ký kết hôn",
  "Hỗ trợ hộ nghèo",
  "Đặt lịch hẹn – dật dờ – đất đai",
  "Thu hồi đất, bồi thường, hỗ trợ tái định cư",
];
const NAMES = ["Nguyễn Văn An", "Trần Thị Lan", "Hồ Hoà Hộ", "Phan Nam Anh", "Ngô Ngân Nga", "Lê An Phú"];
const PLACES = ["Thủ Dầu Một", "Dĩ An", "Thuận An", "An Phú", "Phú An", "Bến Cát"];

/** Mulberry32, so the data set is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dossiers(count: number) {
  const next = random(8);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const summary = `${pick(PROCEDURES)} – ${pick(PLACES)}`;
    return {
      code: `H29-2603${String(i % 31).padStart(2, "0")}-${String(i).padStart(4, "0")}`,
      applicant: next() < 0.1 ? null : pick(NAMES),
      summary: next() < 0.2 ? summary.normalize("NFD") : next() < 0.1 ? summary.toUpperCase() : summary,
      procedure: pick(PROCEDURES),
    };
  });
}

type Dossier = ReturnType<typeof dossiers>[number];
const textOf = (d: Dossier) => [d.code, d.applicant, d.summary, d.procedure].filter(Boolean).join(" ");

function expectSame<Item>(
  items: readonly Item[],
  text: (item: Item) => string,
  queries: string[],
  limits = [0, 7, items.length],
) {
  const compact = createSearchIndex(items, { text });
  // Built a step at a time (a yield at every chance), as a page does in slices: it must be the same index.
  const build = startSearchIndex(items, { text });
  let slices = 0;
  let stepped = build.continue(() => true);
  for (; stepped === undefined; slices++) stepped = build.continue(() => true);
  if (items.length > 256) expect(slices).toBeGreaterThan(1);
  const reference = new ReferenceSearchIndex(items, text);
  // Serialised, so that a mismatch shows the query and the diff stays readable and fast on large results.
  const show = (result: SearchResult<Item>) =>
    `${result.total}: ${result.hits.map((hit) => `${hit.index}@${hit.score}${JSON.stringify(hit.highlights)}`).join(" ")}`;
  for (const query of new Set(queries)) {
    for (const limit of limits) {
      const expected = reference.search(query, { limit });
      const actual = compact.search(query, { limit });
      expect(actual.hits.every((hit, i) => hit.item === expected.hits[i]?.item)).toBe(true);
      expect(`${query} / ${limit} → ${show(actual)}`).toBe(`${query} / ${limit} → ${show(expected)}`);
      expect(`${query} / ${limit} → ${show(stepped.search(query, { limit }))}`).toBe(
        `${query} / ${limit} → ${show(expected)}`,
      );
      // rank: the same order and scores without items or highlights.
      const ranking = stepped.rank(query, { limit });
      const ranked = Array.from(ranking.items, (index, i) => `${index}@${ranking.scores[i]}`).join(" ");
      expect(`${query} / ${limit} → ${ranking.total}: ${ranked}`).toBe(
        `${query} / ${limit} → ${expected.total}: ${expected.hits.map((hit) => `${hit.index}@${hit.score}`).join(" ")}`,
      );
      // startRanking: the same ranking when computed a step at a time (a yield at every chance).
      const slicedBuild = stepped.startRanking(query, { limit });
      let sliced = slicedBuild.continue(() => true);
      while (sliced === undefined) sliced = slicedBuild.continue(() => true);
      expect(
        `${query} / ${limit} → ${sliced.total}: ${Array.from(sliced.items, (index, i) => `${index}@${sliced?.scores[i]}`).join(" ")}`,
      ).toBe(`${query} / ${limit} → ${ranking.total}: ${ranked}`);
    }
  }
}

// Each case builds both indexes and compares every result: 1–5 s on a quiet 2-core machine, several times that
// beside other work. The budget is explicit and generous because the test checks results, never speed.
const EQUIVALENCE_BUDGET_MS = 60_000;

describe("compact index vs the former index", { timeout: EQUIVALENCE_BUDGET_MS }, () => {
  const items = dossiers(400);
  const words = [...new Set(items.flatMap((d) => tokenize(textOf(d)).map((token) => token.accented)))];

  it("agrees on dossier-like texts for every word, its prefixes and phrases", () => {
    const queries = [
      "n",
      "h",
      "ng",
      "dat",
      "đất",
      "dật",
      "đặt",
      "ho so dat dai",
      "dang ky",
      "đăng ký kết hôn",
      "an phu",
      "phu an",
      "thu dau mot",
      "THỦ DẦU MỘT",
      "2603",
      "h29 260301",
      "0042",
      "ho ho",
      "hồ",
      "hộ",
      "an an",
      "zzz",
      "ang",
      "  – ",
      "nguyen van an thu dau mot dat",
    ];
    for (const word of words) queries.push(word, word.slice(0, 1), word.slice(0, 2));
    expectSame(items, textOf, queries);
  });

  it("agrees on random texts and queries", () => {
    const letters = [..."aăâdđeêhnoôơuưáàảãạấầậđếềộớờợứ"];
    const word = fc
      .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 4 })
      .map((chars) => chars.join(""));
    const text = fc
      .tuple(fc.array(word, { minLength: 0, maxLength: 8 }), fc.boolean())
      .map(([parts, nfd]) => (nfd ? parts.join(" ").normalize("NFD") : parts.join(" ")));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 30 }),
        fc.array(word, { maxLength: 3 }),
        (texts, query) => {
          expectSame(texts, (value) => value, [query.join(" "), query[0] ?? "a"]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("agrees when items lie far apart (postings gaps of one to three bytes)", () => {
    const sparse = Array.from({ length: 25_000 }, (_, i) =>
      i % 20_000 === 7 || i === 24_999 || i % 200 === 3 ? `Hồ sơ hiếm ${i}` : `hồ sơ ${i % 97}`,
    );
    expectSame(sparse, (value) => value, ["hiem", "hiếm ho", "h", "ho so 7", "ho so hiem 20007"]);
  });

  it("agrees past 65,536 distinct word forms (32-bit token ids)", () => {
    const many = Array.from({ length: 70_000 }, (_, i) => `mã ${i * 7} số ${i % 3 === 0 ? "Hồ" : "hộ"}`);
    expectSame(many, (value) => value, ["ma 4", "69993", "so ho", "hồ 0", "ma 489993 ho"], [0, 50]);
  });

  it("gives no highlights, not wrong ones, for an item whose text changed after indexing", () => {
    const rows = [{ text: "Hồ sơ đất đai" }, { text: "Hồ sơ kết hôn" }];
    const index = createSearchIndex(rows, { text: (row) => row.text });
    (rows[0] as { text: string }).text = "Hồ sơ nhà ở";
    const hits = index.search("ho so").hits;
    expect(hits.map((hit) => [hit.index, hit.highlights.length])).toEqual([
      [0, 0],
      [1, 3],
    ]);
  });
});
