import { createContext, type ReactNode, useContext, useMemo } from "react";

export type Locale = "vi" | "en";

export interface ChinhQuyenSoContextValue {
  locale: Locale;
}

const ChinhQuyenSoContext = createContext<ChinhQuyenSoContextValue>({ locale: "vi" });

export interface ChinhQuyenSoProviderProps {
  /** Language of every widget string; Vietnamese by default. */
  locale?: Locale;
  children?: ReactNode;
}

export function ChinhQuyenSoProvider({ locale = "vi", children }: ChinhQuyenSoProviderProps) {
  const value = useMemo(() => ({ locale }), [locale]);
  return <ChinhQuyenSoContext.Provider value={value}>{children}</ChinhQuyenSoContext.Provider>;
}

/** The locale of the nearest provider (Vietnamese when there is none). */
export function useLocale(): Locale {
  return useContext(ChinhQuyenSoContext).locale;
}
