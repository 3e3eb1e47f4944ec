import { InvalidInputError } from "../errors";
import { DOSSIER_STATUSES, type DossierStatus } from "./status";

// The national public-service portal (DVCQG) exchanges dossier statuses as numbers, `TrangThaiHoSo` 1–10 (the
// order of DOSSIER_STATUSES). Vendors name them with English words, but the words are each vendor's own: the
// same word stands for different numbers in different systems (docs/domain.md §1). So the words live in named,
// versioned tables, as data; a host picks one (or loads its own) and unknown words come back typed, never guessed.

/** A status id the portal exchanges: 1 registered … 10 returned (`dossierStatusId` / `dossierStatusFromId`). */
export type NationalStatusId = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/** One word of a vendor's vocabulary and the status id it stands for; `null` when the vendor gives it none. */
export interface NationalStatusWord {
  readonly word: string;
  readonly id: NationalStatusId | null;
  /** Why a word has no status, or anything else a reader should know about it. */
  readonly note?: string;
}

/** A vendor's word table for the portal's status ids, as data: name, version, source and effective date. */
export interface NationalStatusMappingData {
  /** Stable name a host selects it by (`td-dichvucong`, `opencps-v2`). */
  readonly name: string;
  readonly version: string;
  /** Where the table comes from: `owner/repository:path`, a document, a contract. */
  readonly source: string;
  /** First day the table applies (YYYY-MM-DD); for a table read from a vendor's code, the day it was read. */
  readonly effectiveFrom: string;
  /** Every status id 1–10 exactly once, plus any words the vendor knows without a status (`id: null`). */
  readonly words: readonly NationalStatusWord[];
}

/** Why a lookup found no status or no word. */
export type NationalStatusUnmappedReason =
  /** The vocabulary knows the word but gives it no status (e.g. `interoperating`, `posting`). */
  | "no_status"
  /** The vocabulary does not know the word (a newer or another vendor's word). */
  | "unknown_word"
  /** Not a dossier status identifier or id this version knows. */
  | "unknown_status";

/** The answer of a lookup: a status with its id and word, or a typed "unmapped" — never `undefined`. */
export type NationalStatusLookup =
  | {
      readonly kind: "mapped";
      readonly status: DossierStatus;
      readonly id: NationalStatusId;
      readonly word: string;
    }
  | {
      readonly kind: "unmapped";
      readonly reason: NationalStatusUnmappedReason;
      /** What was looked up, as given. */
      readonly input: string;
      /** The mapping's name, so a log line says which table did not know it. */
      readonly mapping: string;
      readonly note?: string;
    };

/** A loaded, checked word table. */
export interface NationalStatusMapping extends NationalStatusMappingData {
  /** The status a word stands for (matched trimmed and case-insensitively), or why there is none. */
  fromWord(word: string): NationalStatusLookup;
  /** The word for a status, given as its identifier (`finished`) or its id (9 or "9"). */
  toWord(status: DossierStatus | NationalStatusId | (string & {}) | number): NationalStatusLookup;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const normalize = (word: string) => word.trim().toLowerCase();

function text(value: unknown, field: string): string {
  if (typeof value === "string" && value.trim() !== "") return value;
  throw new InvalidInputError("invalid_mapping", field, "must be a non-empty string");
}

function statusOfId(id: number): DossierStatus {
  return DOSSIER_STATUSES[id - 1] as DossierStatus;
}

/**
 * Checks a word table and makes it usable. Throws `InvalidInputError` naming the entry (`words[3].id`) when a
 * field is missing, an id is not 1–10 or null, a word repeats, two words share one id (the portal's number
 * could not be turned back into one word) or an id has no word.
 */
export function loadNationalStatusMapping(data: NationalStatusMappingData): NationalStatusMapping {
  if (typeof data !== "object" || data === null)
    throw new InvalidInputError("invalid_mapping", "mapping", "must be an object");
  const name = text(data.name, "name");
  const version = text(data.version, "version");
  const source = text(data.source, "source");
  const effectiveFrom = text(data.effectiveFrom, "effectiveFrom");
  if (!DATE.test(effectiveFrom) || Number.isNaN(Date.parse(`${effectiveFrom}T00:00:00Z`)))
    throw new InvalidInputError("invalid_mapping", "effectiveFrom", "must be a date YYYY-MM-DD");
  if (!Array.isArray(data.words))
    throw new InvalidInputError("invalid_mapping", "words", "must be an array of { word, id }");

  const byWord = new Map<string, NationalStatusWord>();
  const byId = new Map<number, NationalStatusWord>();
  data.words.forEach((entry: NationalStatusWord, index: number) => {
    const where = `words[${index}]`;
    if (typeof entry !== "object" || entry === null)
      throw new InvalidInputError("invalid_mapping", where, "must be an object { word, id }");
    const word = text(entry.word, `${where}.word`);
    const key = normalize(word);
    const previousWord = byWord.get(key);
    if (previousWord)
      throw new InvalidInputError(
        "duplicate_word",
        `${where}.word`,
        `repeats the word "${previousWord.word}"`,
      );
    const id = entry.id;
    if (id !== null && !(Number.isInteger(id) && id >= 1 && id <= 10))
      throw new InvalidInputError("invalid_status_id", `${where}.id`, "must be a status id 1–10, or null");
    if (id !== null) {
      const previous = byId.get(id);
      if (previous)
        throw new InvalidInputError(
          "duplicate_status_id",
          `${where}.id`,
          `maps "${word}" to ${id}, which "${previous.word}" maps to already: one word per status, or the ` +
            "portal's number cannot be turned back into a word",
        );
    }
    const kept: NationalStatusWord = {
      word,
      id,
      ...(typeof entry.note === "string" ? { note: entry.note } : {}),
    };
    byWord.set(key, kept);
    if (id !== null) byId.set(id, kept);
  });
  for (const [index, status] of DOSSIER_STATUSES.entries())
    if (!byId.has(index + 1))
      throw new InvalidInputError("missing_status_id", "words", `has no word for ${index + 1} (${status})`);

  const words = [...byWord.values()];
  const unmapped = (reason: NationalStatusUnmappedReason, input: string, note?: string) => ({
    kind: "unmapped" as const,
    reason,
    input,
    mapping: name,
    ...(note === undefined ? {} : { note }),
  });
  const mapped = (entry: NationalStatusWord & { id: NationalStatusId }) => ({
    kind: "mapped" as const,
    status: statusOfId(entry.id),
    id: entry.id,
    word: entry.word,
  });

  return Object.freeze({
    name,
    version,
    source,
    effectiveFrom,
    words,
    fromWord(word: string): NationalStatusLookup {
      const entry = typeof word === "string" ? byWord.get(normalize(word)) : undefined;
      if (!entry) return unmapped("unknown_word", String(word));
      if (entry.id === null) return unmapped("no_status", String(word), entry.note);
      return mapped(entry as NationalStatusWord & { id: NationalStatusId });
    },
    toWord(status: string | number): NationalStatusLookup {
      const asText = String(status).trim();
      const index = /^\d+$/.test(asText)
        ? Number(asText) - 1
        : (DOSSIER_STATUSES as readonly string[]).indexOf(asText);
      const entry = index >= 0 && index < DOSSIER_STATUSES.length ? byId.get(index + 1) : undefined;
      if (!entry) return unmapped("unknown_status", String(status));
      return mapped(entry as NationalStatusWord & { id: NationalStatusId });
    },
  });
}
