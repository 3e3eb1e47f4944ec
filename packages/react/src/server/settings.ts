import type { Locale, Theme } from "../provider/context";

/**
 * What a client widget reads from `ChinhQuyenSoProvider`, given as props instead: React Server Components have no
 * context, so a server component takes its language, wording and theme directly.
 */
export interface ServerWidgetSettings {
  /** Language of the widget's strings; Vietnamese by default. */
  locale?: Locale | undefined;
  /** Wording overrides keyed by message key, as the provider's `messages`. */
  messages?: Readonly<Record<string, string>> | undefined;
  /** Colour theme of the widget root; unset, it follows the tokens around it. */
  theme?: Theme | undefined;
}
