import { type ReactNode, useMemo } from "react";
import { ChinhQuyenSoContext, type ChinhQuyenSoSettings, type Locale, type Theme } from "./context";

export interface ChinhQuyenSoProviderProps {
  /** Language of every widget string; Vietnamese by default. */
  locale?: Locale;
  /** Colour theme applied to every widget root; unset, widgets follow the tokens around them. */
  theme?: Theme;
  /** Wording overrides keyed by message key, so a department can change any text without a release. */
  messages?: Readonly<Record<string, string>>;
  /** Called when a widget fails to render (the widget shows a fallback with a retry). */
  onError?: ChinhQuyenSoSettings["onError"];
  children?: ReactNode;
}

export function ChinhQuyenSoProvider({
  locale = "vi",
  theme,
  messages,
  onError,
  children,
}: ChinhQuyenSoProviderProps) {
  const value = useMemo<ChinhQuyenSoSettings>(
    () => ({ locale, theme, messages, onError }),
    [locale, theme, messages, onError],
  );
  return <ChinhQuyenSoContext.Provider value={value}>{children}</ChinhQuyenSoContext.Provider>;
}
