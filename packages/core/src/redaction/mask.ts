import { PERSONAL_NUMBER } from "./patterns";

// Masks for showing personal data to people (a feedback thread shows the reporter masked, to staff too). They
// never throw and never reveal more than promised: input that does not look as expected comes back fully masked.

const MASK = "*";
const digitsOf = (text: string) => text.replace(/\P{Nd}/gu, "");

/** "Nguyễn Văn An" → "Nguyễn V. A.": the family name, then initials. Blank input gives "". */
export function maskName(fullName: string): string {
  const [family, ...rest] = fullName.normalize("NFC").trim().split(/\s+/);
  if (!family) return "";
  // NFC makes every Vietnamese letter one code point, so the first code point is the whole initial.
  return [family, ...rest.map((part) => `${String.fromCodePoint(part.codePointAt(0) ?? 0x2a)}.`)].join(" ");
}

/** "0912 345 678" → "*******678": the last three digits; fewer than 9 digits are masked whole. */
export function maskPhone(phone: string): string {
  const digits = digitsOf(phone);
  if (digits.length < 9) return MASK.repeat(Math.max(digits.length, 3));
  return MASK.repeat(digits.length - 3) + digits.slice(-3);
}

/** "074095001234" → "********1234": the last four digits of a 12-digit (or old 9-digit) number; else masked whole. */
export function maskCitizenId(citizenId: string): string {
  const digits = citizenId.replace(/\s/g, "");
  if (!/^(\d{9}|\d{12})$/.test(digits)) return MASK.repeat(Math.max(digits.length, 4));
  return MASK.repeat(digits.length - 4) + digits.slice(-4);
}

/** "an.nguyen@example.vn" → "a***@example.vn"; anything that is not an address is masked whole. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1 || at === email.length - 1) return MASK.repeat(3);
  return `${String.fromCodePoint(email.codePointAt(0) ?? 0x2a)}${MASK.repeat(3)}${email.slice(at)}`;
}

/** Whether `text` holds something that looks like a citizen ID or phone number. */
export function hasPersonalNumber(text: string): boolean {
  return text.search(PERSONAL_NUMBER) >= 0;
}

/**
 * Every citizen ID or phone number in free text masked: by default as `maskPhone` does (the last three digits,
 * less than a CCCD's usual last four), so "gọi 0912 345 678" reads "gọi *******678"; or replaced by `mask`.
 */
export function maskPersonalNumbers(
  text: string,
  mask: string | ((found: string) => string) = maskPhone,
): string {
  return text.replace(PERSONAL_NUMBER, typeof mask === "string" ? () => mask : mask);
}
