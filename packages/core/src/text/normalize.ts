/**
 * Folds Vietnamese text for comparison: lower case, diacritics removed, đ/Đ → d, whitespace collapsed.
 * Accepts NFC or NFD input ("Hồ sơ" typed on macOS arrives decomposed).
 */
export function normalizeVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
