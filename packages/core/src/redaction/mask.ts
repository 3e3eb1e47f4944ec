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

/** "1990-04-12" → "**\/**\/1990": the year only (an age band, not a birthday); anything else is masked whole. */
export function maskBirthDate(isoDate: string): string {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(isoDate.trim());
  return match ? `**/**/${match[1]}` : "**/**/****";
}

/**
 * "Số 12 đường Lê Lợi, Phường Phú Lợi, Thành phố Hồ Chí Minh" → "***, Phường Phú Lợi, Thành phố Hồ Chí Minh": the
 * commune/ward and province stay, the street address goes. With fewer than three parts only the last stays.
 */
export function maskAddress(address: string): string {
  const parts = address
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length <= 1) return MASK.repeat(3);
  const kept = parts.length >= 3 ? parts.slice(-2) : parts.slice(-1);
  return [MASK.repeat(3), ...kept.map((part) => maskPersonalNumbers(part))].join(", ");
}
