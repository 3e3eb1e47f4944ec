// GeoReport v2's rule for `description`: "may contain line breaks, but not html or code … free form text
// limited to 4,000 characters" (open311/open311.github.io GeoReport/v2/index.md, docs/domain.md §4).

/** The longest `description` GeoReport v2 allows, in characters (Unicode code points). */
export const OPEN311_DESCRIPTION_MAX = 4000;

// A tag (`<b>`, `</p>`, `<img src=x>`), a comment or declaration (`<!--`, `<!DOCTYPE`), a processing instruction
// (`<?php`), or a character reference (`&amp;`, `&#60;`). "a < b" and "5<10" stay plain text: a tag starts
// with a letter (or `/`, `!`, `?`) right after the `<`, as HTML parsers require.
const MARKUP = /<\/?[a-z][^<>]*>|<[!?][^<>]*>?|&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/i;
const MARKUP_GLOBAL = /<\/?[a-z][^<>]*>|<[!?][^<>]*>?|&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/gi;
// Control characters other than tab and line breaks: not text, and not representable in XML 1.0. (Literals,
// not `new RegExp(…)`: a constructor call at the top level would stay in every app's bundle.)
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above
const CONTROL_GLOBAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Whether text holds HTML or XML markup (tags, comments, character references). */
export function containsMarkup(text: string): boolean {
  return MARKUP.test(text);
}

/** Whether text holds control characters other than tab, line feed and carriage return. */
export function containsControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

/** Length in characters as GeoReport v2 counts them (code points: a Vietnamese letter or an emoji is one). */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/**
 * Text as a GeoReport v2 `description` for a public feed: markup and control characters removed, cut to 4,000
 * characters with "…" when longer (on a character boundary, never inside a surrogate pair).
 */
export function toOpen311Description(text: string): string {
  const plain = text.replace(MARKUP_GLOBAL, "").replace(CONTROL_GLOBAL, "");
  if (characterCount(plain) <= OPEN311_DESCRIPTION_MAX) return plain;
  return `${[...plain].slice(0, OPEN311_DESCRIPTION_MAX - 1).join("")}…`;
}
