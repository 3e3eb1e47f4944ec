// Redaction of secrets and personal data in everything the client writes: error messages, toJSON(),
// hook payloads. Over-redaction is accepted (a 9+ digit amount is masked too); a leak is not.

const RULES: [RegExp, string][] = [
  // Authorization schemes and bare JWTs.
  [/\b(Bearer|Basic)\s+[\w\-.~+/]+=*/gi, "$1 [redacted]"],
  [/\beyJ[\w-]*\.[\w-]*\.[\w-]*/g, "[redacted]"],
  // Vietnamese phone numbers written with separators: 0912 345 678, 0912.345.678, +84 912 345 678.
  [/(?:\+84[ .-]?|(?<!\d)0)[1-9]\d{1,2}(?:[ .-]?\d{2,4}){2,3}(?!\d)/g, "[phone]"],
  // Any run of 9+ digits: citizen IDs (CMND 9, CCCD 12), phone numbers written without separators.
  [/\+?\d{9,}/g, "[number]"],
];

/** Masks bearer tokens, JWTs, phone numbers, 9+ digit numbers and every given secret value in `text`. */
export function redact(text: string, secrets: readonly string[] = []): string {
  for (const secret of secrets) if (secret) text = text.replaceAll(secret, "[redacted]");
  for (const [pattern, replacement] of RULES) text = text.replace(pattern, replacement);
  return text;
}

/** Deep copy of a JSON value (a problem body) with every string redacted. */
export const redactValue = <T>(value: T, secrets: readonly string[] = []): T =>
  value === undefined
    ? value
    : JSON.parse(JSON.stringify(value), (_, item) =>
        typeof item === "string" ? redact(item, secrets) : item,
      );
