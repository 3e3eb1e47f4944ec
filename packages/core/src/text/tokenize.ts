// Search folding, one UTF-16 code unit at a time, so every token keeps its offsets in the original text:
// "" for a combining mark (it belongs to the letter before it), " " for a separator, otherwise the letter or
// digit in lower case without diacritics (đ/Đ → d). Matches `normalizeVietnamese` on Vietnamese text.

let cache: Map<number, string> | undefined;
const SEPARATOR = " ";

export function foldCodeUnit(code: number): string {
  if (code < 128) {
    if (code >= 97 && code <= 122) return String.fromCharCode(code);
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if (code >= 48 && code <= 57) return String.fromCharCode(code);
    return SEPARATOR;
  }
  if (code >= 0x300 && code <= 0x36f) return "";
  cache ??= new Map();
  let folded = cache.get(code);
  if (folded === undefined) {
    folded = foldUncached(code);
    cache.set(code, folded);
  }
  return folded;
}

function foldUncached(code: number): string {
  if (code >= 0xd800 && code <= 0xdfff) return SEPARATOR;
  const char = String.fromCharCode(code);
  if (char === "đ" || char === "Đ") return "d";
  if (/\p{M}/u.test(char)) return "";
  if (!/[\p{L}\p{N}]/u.test(char)) return SEPARATOR;
  const folded = char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return folded === "" ? SEPARATOR : folded;
}

export interface Token {
  /** Folded form: lower case, no diacritics. */
  readonly folded: string;
  /** Lower case with diacritics (NFC): tells "đất" from "dật". */
  readonly accented: string;
  readonly start: number;
  readonly end: number;
}

/** Words and numbers of a text: maximal runs of letters, digits and their combining marks. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let folded = "";
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const part = i < text.length ? foldCodeUnit(text.charCodeAt(i)) : SEPARATOR;
    if (part !== SEPARATOR) {
      if (start < 0) start = i;
      folded += part;
      continue;
    }
    if (start >= 0 && folded !== "") {
      tokens.push({ folded, accented: text.slice(start, i).normalize("NFC").toLowerCase(), start, end: i });
    }
    start = -1;
    folded = "";
  }
  return tokens;
}

/** End offset, in the original text, of the first `length` folded characters of a token, marks included. */
export function prefixEnd(text: string, start: number, end: number, length: number): number {
  let count = 0;
  let i = start;
  while (i < end && count < length) count += foldCodeUnit(text.charCodeAt(i++)).length;
  while (i < end && foldCodeUnit(text.charCodeAt(i)) === "") i++;
  return i;
}
