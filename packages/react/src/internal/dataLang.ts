import type { Locale } from "@chinhquyenso/core";

/**
 * `lang` for an element that shows the platform's own data — names, procedures, subjects, rooms, which are
 * Vietnamese whatever the UI language: "vi" when the UI is in another language, so a screen reader reads them
 * with a Vietnamese voice (WCAG 3.1.2, language of parts); nothing when the page is already Vietnamese.
 */
export function dataLang(locale: Locale): "vi" | undefined {
  return locale === "vi" ? undefined : "vi";
}
