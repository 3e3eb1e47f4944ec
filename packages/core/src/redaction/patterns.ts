// What personal data and secrets look like in text: the single definition every redaction and display mask of
// the repository uses (client errors and hooks, widgets, the sandbox's logs, Open311 feeds, core's own errors).
// Over-matching is accepted (a 9+ digit amount is hidden too); a leak is not. Kept terse: these bytes ship in
// the client's main entry.

/**
 * A citizen ID or a phone number: any run of 9+ digits (CMND 9, CCCD 12, a phone written without separators,
 * also inside a longer word), or a Vietnamese phone number as people write it — starting with 0, 84 or +84,
 * groups separated by spaces (non-breaking, thin and ideographic ones too), dots, hyphens or parentheses:
 * `0912 345 678`, `+84 912 345 678`, `(0912) 345 678`, `0 912 345 678`, `84 912 345 678`. Digits of any
 * script count (full-width `０９１２…` too). A group right after a digit and a dot or hyphen is the tail of
 * another number (`1.000.000.000`, a procedure code `1.000656.000.00.00`), not the start of a phone number.
 */
export const PERSONAL_NUMBER =
  /(?<!\p{Nd}[.-]?)[+＋(]{0,2}(?:[8８][4４]|[0０])(?:[\s.\-()]{0,2}\p{Nd}){8,11}|\p{Nd}{9,}/gu;

/** An e-mail address. */
export const EMAIL = /[\w.%+-]+@[\w-]+\.[\w.-]+/g;

/** Credentials written in text, each with what replaces it. */
export const CREDENTIALS: readonly (readonly [RegExp, string])[] = [
  // Authorization schemes however written: `Bearer abc`, `bearer: sk_…`, `Basic dXNlcjpwYXNz`.
  [/\b(bearer|basic)\b([\s"':=]+)[^\s"',;]+/gi, "$1$2[redacted]"],
  // Bare JWTs.
  [/\beyJ[\w-]*\.[\w-]*\.[\w-]*/g, "[redacted]"],
];
