// How core says that an answer is provisional (glossary: dự kiến), for explanations and widgets alike.
import type { Label, Locale } from "../labels";

/** The word shown next to a provisional date. */
export const PROVISIONAL_LABEL: Label = { vi: "dự kiến", en: "provisional" };

/** Why a date is provisional; `{years}` is the list of years without an official notice. */
export const PROVISIONAL_REASON: Label = {
  vi: "Chưa có thông báo nghỉ lễ chính thức năm {years}: ngày nghỉ được tính theo quy định của Bộ luật Lao động, nên đây là ngày dự kiến.",
  en: "No official holiday notice for {years} is loaded: its days off are computed from the Labour Code, so this date is provisional.",
};

/** `PROVISIONAL_REASON` for these years ("2027" or "2027, 2028"); empty for no years. */
export function describeProvisional(years: readonly number[], locale: Locale = "vi"): string {
  return years.length === 0
    ? ""
    : PROVISIONAL_REASON[locale === "en" ? "en" : "vi"].replace("{years}", years.join(", "));
}
