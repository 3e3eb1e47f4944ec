import { useContext } from "react";
import { ChinhQuyenSoContext, type ChinhQuyenSoSettings, type Locale } from "./context";

/** The settings of the nearest provider (defaults when there is none: widgets work without a provider). */
export function useChinhQuyenSoSettings(): ChinhQuyenSoSettings {
  return useContext(ChinhQuyenSoContext);
}

/** The locale of the nearest provider (Vietnamese when there is none). */
export function useLocale(): Locale {
  return useContext(ChinhQuyenSoContext).locale;
}
