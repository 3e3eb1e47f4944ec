// Personal data in a feedback thread is shown masked, to staff too: the widget has no way to reveal it. The
// rules are the mocks' (`maskName`, `maskPhone`, `maskCitizenId` in @chinhquyenso/mocks/seed); they never throw
// and never reveal more than promised — input that does not look as expected comes back fully masked.

const MASK = "*";

/** "Nguyễn Văn An" → "Nguyễn V. A.": the family name, then initials. Blank input gives "". */
export function maskName(fullName: string): string {
  const [family, ...rest] = fullName.normalize("NFC").trim().split(/\s+/);
  if (!family) return "";
  // NFC makes every Vietnamese letter one code point, so the first code point is the whole initial.
  return [family, ...rest.map((part) => `${String.fromCodePoint(part.codePointAt(0) ?? 0x2a)}.`)].join(" ");
}

/** "0912 345 678" → "*******678": the last three digits; fewer than 9 digits are masked whole. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 9) return MASK.repeat(Math.max(digits.length, 3));
  return MASK.repeat(digits.length - 3) + digits.slice(-3);
}

/** "an.nguyen@example.vn" → "a***@example.vn"; anything that is not an address is masked whole. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1 || at === email.length - 1) return MASK.repeat(3);
  return `${String.fromCodePoint(email.codePointAt(0) ?? 0x2a)}${MASK.repeat(3)}${email.slice(at)}`;
}

// Runs of 9+ digits, spaces or dots allowed between them (as core's Open311 redaction and the client's
// redact): citizen ID numbers (CCCD, 9 or 12 digits) and phone numbers typed into free text.
const PERSONAL_NUMBER = /\+?\d(?:[ .]?\d){8,}/g;

/** Whether `text` holds something that looks like a citizen ID or phone number. */
export function hasPersonalNumber(text: string): boolean {
  PERSONAL_NUMBER.lastIndex = 0;
  return PERSONAL_NUMBER.test(text);
}

/**
 * Masks every citizen ID or phone number in free text, keeping the last three digits (less than a CCCD's
 * usual last four), so "gọi 0912 345 678" reads "gọi *******678".
 */
export function maskPersonalNumbers(text: string): string {
  return text.replace(PERSONAL_NUMBER, (match) => maskPhone(match));
}
