import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors";
import { loadNationalStatusMapping, type NationalStatusMappingData } from "./national-status";
import {
  fromNationalStatus,
  NATIONAL_STATUS_CODES,
  NATIONAL_STATUS_MAPPINGS,
  OPENCPS_V2_STATUS_WORDS,
  TD_DICHVUCONG_STATUS_WORDS,
  toNationalStatus,
} from "./national-status-mappings";
import { DOSSIER_STATUSES } from "./status";

// Each vendor's table as its source has it (domain.md §1): word → the number the portal exchanges.
const TD_SOURCE: Record<string, number> = {
  processing: 4,
  releasing: 9,
  done: 10,
  denied: 3,
  unresolved: 8,
  cancelled: 7,
  waiting: 5,
  interoperating: 0,
  new: 2,
  paying: 6,
  posting: 0,
  receiving: 1,
};
const OPENCPS_SOURCE: Record<string, number> = {
  new: 1,
  receiving: 2,
  unresolved: 3,
  processing: 4,
  waiting: 5,
  paying: 6,
  cancelled: 7,
  denied: 8,
  releasing: 9,
  done: 10,
};

describe("national status mappings shipped", () => {
  it.each([
    ["td-dichvucong", TD_SOURCE],
    ["opencps-v2", OPENCPS_SOURCE],
  ] as const)("%s gives every word of its source the source's number", (name, source) => {
    const mapping = NATIONAL_STATUS_MAPPINGS[name];
    for (const [word, number] of Object.entries(source)) {
      const found = mapping.fromWord(word);
      if (number === 0) expect(found).toMatchObject({ kind: "unmapped", reason: "no_status", input: word });
      else expect(found).toEqual({ kind: "mapped", id: number, status: DOSSIER_STATUSES[number - 1], word });
    }
    expect(mapping.words.map((entry) => entry.word).sort()).toEqual(Object.keys(source).sort());
  });

  it("disagree on four of the ten statuses: the words are the vendors', the numbers the portal's", () => {
    const td = NATIONAL_STATUS_MAPPINGS["td-dichvucong"];
    const opencps = NATIONAL_STATUS_MAPPINGS["opencps-v2"];
    const differing = DOSSIER_STATUSES.filter((status) => {
      const a = td.toWord(status);
      const b = opencps.toWord(status);
      return a.kind === "mapped" && b.kind === "mapped" && a.word !== b.word;
    });
    expect(differing).toEqual(["registered", "received", "refused", "suspended"]);
    // The same word, two statuses: "new" is 2 (received) for one vendor, 1 (registered) for the other.
    expect(td.fromWord("new")).toMatchObject({ id: 2, status: "received" });
    expect(opencps.fromWord("new")).toMatchObject({ id: 1, status: "registered" });
  });

  it("carry name, version, source and effective date", () => {
    for (const mapping of Object.values(NATIONAL_STATUS_MAPPINGS)) {
      expect(mapping.version).toMatch(/\S/);
      expect(mapping.source).toMatch(/^[\w-]+\/[\w.-]+: /);
      expect(mapping.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(NATIONAL_STATUS_MAPPINGS["opencps-v2"].name).toBe(OPENCPS_V2_STATUS_WORDS.name);
    expect(NATIONAL_STATUS_MAPPINGS["td-dichvucong"].name).toBe(TD_DICHVUCONG_STATUS_WORDS.name);
  });
});

describe("lookups never answer undefined", () => {
  const td = NATIONAL_STATUS_MAPPINGS["td-dichvucong"];

  it("says a known word without a status is unmapped, with the source's note", () => {
    expect(td.fromWord("interoperating")).toEqual({
      kind: "unmapped",
      reason: "no_status",
      input: "interoperating",
      mapping: "td-dichvucong",
      note: "the source maps it to 0: no dossier status",
    });
    expect(td.fromWord("posting")).toMatchObject({ kind: "unmapped", reason: "no_status" });
    expect(NATIONAL_STATUS_MAPPINGS["opencps-v2"].fromWord("posting")).toMatchObject({
      kind: "unmapped",
      reason: "unknown_word",
      mapping: "opencps-v2",
    });
  });

  it.each(["archived", "", "  ", "toString", "__proto__", "11"])("unknown word %j", (word) => {
    expect(td.fromWord(word)).toEqual({
      kind: "unmapped",
      reason: "unknown_word",
      input: word,
      mapping: "td-dichvucong",
    });
  });

  it("matches words trimmed and case-insensitively", () => {
    expect(td.fromWord(" Processing ")).toMatchObject({ kind: "mapped", id: 4, word: "processing" });
  });

  it("finds the word of a status by identifier or by id, and types what it does not know", () => {
    expect(td.toWord("finished")).toEqual({ kind: "mapped", status: "finished", id: 9, word: "releasing" });
    expect(td.toWord(9)).toEqual(td.toWord("finished"));
    expect(td.toWord("9")).toEqual(td.toWord("finished"));
    for (const unknown of ["archived", 0, 11, "1.5", -1, "toString"])
      expect(td.toWord(unknown)).toMatchObject({ kind: "unmapped", reason: "unknown_status" });
  });
});

describe("loading a mapping checks it and names the entry", () => {
  const base: NationalStatusMappingData = OPENCPS_V2_STATUS_WORDS;
  const withWords = (words: NationalStatusMappingData["words"]) => ({ ...base, words });
  const attempt = (data: unknown) => () => loadNationalStatusMapping(data as NationalStatusMappingData);

  it("rejects two words mapped to one status number", () => {
    const words = [
      ...base.words.slice(0, 9),
      { word: "done", id: 10 as const },
      { word: "finished", id: 10 as const },
    ];
    expect(attempt(withWords(words))).toThrow(InvalidInputError);
    expect(attempt(withWords(words))).toThrow(
      expect.objectContaining({ code: "duplicate_status_id", field: "words[10].id" }),
    );
    expect(attempt(withWords(words))).toThrow(/"finished" to 10, which "done" maps to already/);
  });

  it.each([
    ["a repeated word", [...base.words, { word: "NEW", id: null }], "duplicate_word", "words[10].word"],
    [
      "an id outside 1–10",
      [...base.words.slice(0, 9), { word: "done", id: 11 }],
      "invalid_status_id",
      "words[9].id",
    ],
    [
      "id 0 (use null)",
      [...base.words.slice(0, 9), { word: "done", id: 0 }],
      "invalid_status_id",
      "words[9].id",
    ],
    ["a missing status", base.words.slice(0, 9), "missing_status_id", "words"],
    ["an empty word", [...base.words, { word: " ", id: null }], "invalid_mapping", "words[10].word"],
    ["a non-object entry", [...base.words, "posting"], "invalid_mapping", "words[10]"],
  ])("rejects %s", (_, words, code, field) => {
    expect(attempt(withWords(words as NationalStatusMappingData["words"]))).toThrow(
      expect.objectContaining({ code, field }),
    );
  });

  it.each([
    ["name", { ...base, name: "" }],
    ["version", { ...base, version: undefined }],
    ["source", { ...base, source: 3 }],
    ["effectiveFrom", { ...base, effectiveFrom: "07/12/2026" }],
    ["effectiveFrom", { ...base, effectiveFrom: "2026-02-30x" }],
    ["words", { ...base, words: {} }],
    ["mapping", null],
  ])("rejects a bad %s", (field, data) => {
    expect(attempt(data)).toThrow(expect.objectContaining({ field }));
  });

  it("loads a host's own table and answers with it", () => {
    const own = loadNationalStatusMapping({
      ...base,
      name: "tinh-x",
      version: "2027-01",
      words: [...base.words, { word: "posting", id: null, note: "bưu chính" }],
    });
    expect(own.fromWord("posting")).toMatchObject({
      kind: "unmapped",
      reason: "no_status",
      note: "bưu chính",
    });
    expect(own.toWord("registered")).toMatchObject({ kind: "mapped", word: "new" });
  });
});

describe("deprecated aliases (one release)", () => {
  it("keep the td-dichvucong words and undefined for anything else", () => {
    expect(NATIONAL_STATUS_CODES).toEqual(
      DOSSIER_STATUSES.map((status) => {
        const found = NATIONAL_STATUS_MAPPINGS["td-dichvucong"].toWord(status);
        return found.kind === "mapped" ? found.word : null;
      }),
    );
    for (const [index, status] of DOSSIER_STATUSES.entries()) {
      expect(toNationalStatus(status)).toBe(NATIONAL_STATUS_CODES[index]);
      expect(fromNationalStatus(NATIONAL_STATUS_CODES[index] as string)).toBe(status);
    }
    expect(toNationalStatus("archived")).toBeUndefined();
    expect(toNationalStatus("9")).toBeUndefined();
    expect(fromNationalStatus("interoperating")).toBeUndefined();
    expect(fromNationalStatus("Processing")).toBeUndefined();
  });
});
