import { formatNumber } from "../internal/numbers";
import type { Locale } from "../provider/context";

/** A widget's strings: Vietnamese is the source of truth, English must have exactly the same keys. */
export interface Catalog<Key extends string> {
  vi: Record<Key, string>;
  en: Record<Key, string>;
}

export type MessageParams = Record<string, string | number>;
export type Translate<Key extends string> = (key: Key, params?: MessageParams) => string;

/** Defines a catalog; the type parameter ties the English keys to the Vietnamese ones. */
/* @__NO_SIDE_EFFECTS__ */
export function defineCatalog<Key extends string>(catalog: Catalog<Key>): Catalog<Key> {
  return catalog;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A translate function for one locale. `{name}` placeholders are replaced by params (numbers formatted for the
 * locale); `overrides` — keyed by the message key — let a department change any wording without a release.
 */
export function createTranslator<Key extends string>(
  catalog: Catalog<Key>,
  locale: Locale,
  overrides?: Readonly<Record<string, string>>,
): Translate<Key> {
  const strings = catalog[locale];
  return (key, params) => {
    const template = overrides?.[key] ?? strings[key] ?? key;
    if (!params) return template;
    return template.replace(PLACEHOLDER, (match, name: string) => {
      const value = params[name];
      if (value === undefined) return match;
      if (typeof value !== "number") return value;
      // 0–999 read the same in both locales: a page's first formatter costs ~10 ms (ICU), spent only when needed.
      if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
      // Up to 3 decimals: what Intl's default number format shows.
      return formatNumber(value, locale, 3);
    });
  };
}
