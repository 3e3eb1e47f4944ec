// Links in user text, detected safely: only http and https URLs become links, each checked by the URL parser;
// everything else (javascript:, data:, vbscript:, bare domains) stays text. Bidirectional control characters
// end a URL, so an RTL override can never hide inside a link's text.

export type TextSegment =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "link"; readonly text: string; readonly href: string };

// A scheme at a word boundary, then anything up to whitespace, quotes, angle brackets or a bidi control.
const URL_CANDIDATE = /\bhttps?:\/\/[^\s<>"'`\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?…'"\]}>]+$/u;

/** Trims punctuation that ends a sentence rather than the URL, and a closing parenthesis with no opening one. */
function trimCandidate(candidate: string): string {
  let url = candidate.replace(TRAILING_PUNCTUATION, "");
  while (url.endsWith(")") && count(url, "(") < count(url, ")")) {
    url = url.slice(0, -1).replace(TRAILING_PUNCTUATION, "");
  }
  return url;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n += 1;
  return n;
}

/** The href of an http(s) URL, or undefined for anything else (or anything the URL parser refuses). */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  try {
    const url = new URL(value);
    if ((url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "") return url.href;
  } catch {
    // Not a URL: shown as text.
  }
  return undefined;
}

/** The URL of an attachment or image: http, https or a blob: URL the app made; nothing else. */
export function safeResourceUrl(value: unknown): string | undefined {
  if (typeof value === "string" && value.startsWith("blob:")) {
    try {
      return new URL(value).href;
    } catch {
      return undefined;
    }
  }
  return safeHttpUrl(value);
}

/** Splits user text into plain text and http(s) links, in order; joining every `text` gives the input back. */
export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const start = match.index ?? 0;
    const candidate = trimCandidate(match[0]);
    const href = safeHttpUrl(candidate);
    if (!href) continue;
    if (start > last) segments.push({ kind: "text", text: text.slice(last, start) });
    segments.push({ kind: "link", text: candidate, href });
    last = start + candidate.length;
  }
  if (last < text.length) segments.push({ kind: "text", text: text.slice(last) });
  return segments;
}
