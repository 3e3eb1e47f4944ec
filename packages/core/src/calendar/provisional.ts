// How core says that an answer is provisional (glossary: dự kiến), for explanations and widgets alike.
import type { Label, Locale } from "../labels";

/** The word shown next to a provisional date. */
export const PROVISIONAL_LABEL: Label = { vi: "dự kiến", en: "provisional" };

/**
 * Why a date is provisional: "Chưa có thông báo nghỉ lễ chính thức năm 2027: ngày nghỉ được tính theo quy định
 * của Bộ luật Lao động, nên đây là ngày dự kiến." Empty for no years.
 */
export function describeProvisional(years: readonly number[], locale: Locale = "vi"): string {
  if (years.length === 0) return "";
  const list = years.join(", ");
  return locale === "en"
    ? `No official holiday notice for ${list} is loaded: its days off are computed from the Labour Code, so this date is provisional.`
    : `Chưa có thông báo nghỉ lễ chính thức năm ${list}: ngày nghỉ được tính theo quy định của Bộ luật Lao động, nên đây là ngày dự kiến.`;
}
