import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors";
import { normalizeVietnamese } from "./normalize";
import { createSearchIndex, searchVietnamese } from "./search-entry";
import { tokenize } from "./tokenize";

const SUMMARIES = [
  "Cấp giấy chứng nhận quyền sử dụng đất – Nguyễn Văn An – phường Phú Cường, Thủ Dầu Một",
  "Hồ sơ đất đai: đăng ký biến động – Trần Thị Lan – Dĩ An",
  "Đăng ký hộ kinh doanh – Lê Hoàng Nam – Thuận An",
  "Đăng ký kết hôn – Phạm Thu Hà – Bến Cát",
  "Hỗ trợ hộ nghèo – xã Định Hiệp, Dầu Tiếng",
  "Thu hồi đất – Thủ Dầu Một",
];
const texts = (query: string) => searchVietnamese(SUMMARIES, query).hits.map((hit) => hit.item);
const marked = (text: string, ranges: readonly { start: number; end: number }[]) =>
  ranges.map((range) => text.slice(range.start, range.end));

describe("searchVietnamese", () => {
  it("finds text without diacritics or case", () => {
    expect(texts("ho so dat dai")).toEqual([SUMMARIES[1]]);
    expect(texts("Thu Dau Mot")).toEqual([SUMMARIES[5], SUMMARIES[0]]);
    expect(texts("THỦ DẦU MỘT")).toEqual([SUMMARIES[5], SUMMARIES[0]]);
    // Same score at the start of both: the shorter text first; the match further in comes last.
    expect(texts("dang ky")).toEqual([SUMMARIES[3], SUMMARIES[2], SUMMARIES[1]]);
  });

  it("needs every word, each starting a word of the text", () => {
    expect(texts("dang ky ket")).toEqual([SUMMARIES[3]]);
    expect(texts("ang")).toEqual([]);
    expect(texts("ho so zzz")).toEqual([]);
  });

  it("ranks whole words over prefixes, typed diacritics first, typed order first", () => {
    const items = ["Hỗ trợ", "Hộ kinh doanh", "Hồ sơ", "Hoà giải"];
    expect(searchVietnamese(items, "hồ").hits.map((hit) => hit.item)).toEqual([
      "Hồ sơ",
      "Hỗ trợ",
      "Hộ kinh doanh",
      "Hoà giải",
    ]);
    expect(searchVietnamese(["an phú", "phú an"], "phu an").hits.map((hit) => hit.item)).toEqual([
      "phú an",
      "an phú",
    ]);
  });

  it("returns highlight ranges in the original text, NFC or NFD", () => {
    const nfd = "Hồ sơ Đất Đai tại Thủ Dầu Một".normalize("NFD");
    const [hit] = searchVietnamese([nfd], "ho so dat dai thu").hits;
    expect(hit?.highlights.map((range) => range.start)).toEqual([
      0,
      nfd.indexOf("s"),
      nfd.indexOf("Đ"),
      nfd.lastIndexOf("Đ"),
      nfd.indexOf("T"),
    ]);
    expect(marked(nfd, hit?.highlights ?? []).map((part) => part.normalize("NFC"))).toEqual([
      "Hồ",
      "sơ",
      "Đất",
      "Đai",
      "Thủ",
    ]);
    // A prefix match highlights only the matched beginning, with its marks.
    const [prefix] = searchVietnamese(["Thuận An"], "thu").hits;
    expect(marked("Thuận An", prefix?.highlights ?? [])).toEqual(["Thu"]);
  });

  it("limits hits but counts every match", () => {
    const many = Array.from({ length: 50 }, (_, i) => `Hồ sơ số ${i}`);
    const result = searchVietnamese(many, "ho so", { limit: 5 });
    expect(result.total).toBe(50);
    expect(result.hits.map((hit) => hit.index)).toEqual([0, 1, 2, 3, 4]);
    expect(searchVietnamese(many, "ho so", { limit: 0 }).hits).toEqual([]);
  });

  it("finds nothing for an empty query and rejects bad arguments with typed errors", () => {
    expect(searchVietnamese(SUMMARIES, "  – ")).toEqual({ hits: [], total: 0 });
    expect(() => searchVietnamese(SUMMARIES, "ho", { limit: -1 })).toThrow(InvalidInputError);
    expect(() => searchVietnamese(SUMMARIES, 42 as unknown as string)).toThrow(/query/);
    expect(() => createSearchIndex("not a list" as unknown as string[])).toThrow(/items/);
  });

  it("searches objects through a text accessor, and an index once built", () => {
    const dossiers = [
      { code: "H29-260302-0001", summary: "Đăng ký khai sinh" },
      { code: "H29-260302-0002", summary: null },
    ];
    const index = createSearchIndex(dossiers, {
      text: (dossier) => dossier.summary && `${dossier.code} ${dossier.summary}`,
    });
    expect(index.size).toBe(2);
    expect(searchVietnamese(index, "khai sinh").hits.map((hit) => hit.item.code)).toEqual([
      "H29-260302-0001",
    ]);
    expect(index.search("260302 0001").hits).toHaveLength(1);
    expect(index.search("0002").hits).toHaveLength(0);
  });
});

describe("search properties", () => {
  const letters = [..."aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ"];
  const word = fc
    .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 6 })
    .map((chars) => chars.join(""));
  const text = fc
    .tuple(fc.array(word, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean())
    .map(([words, upper, nfd]) => {
      const joined = words.join(" ");
      const cased = upper ? joined.toUpperCase() : joined;
      return nfd ? cased.normalize("NFD") : cased;
    });

  it("folds text the way normalizeVietnamese does", () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(
          tokenize(value)
            .map((token) => token.folded)
            .join(" "),
        ).toBe(normalizeVietnamese(value));
      }),
    );
  });

  it("finds every text by any of its words, and highlights what matched", () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.nat(),
        (items, pick, wordPick) => {
          const target = items[pick % items.length] ?? "";
          const words = normalizeVietnamese(target).split(" ");
          const query = words[wordPick % words.length] ?? "";
          const result = searchVietnamese(items, query, { limit: items.length });
          expect(result.hits.some((hit) => hit.item === target)).toBe(true);
          for (const hit of result.hits) {
            expect(hit.highlights.length).toBeGreaterThan(0);
            for (const part of marked(hit.item, hit.highlights))
              expect(normalizeVietnamese(part).startsWith(query)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
