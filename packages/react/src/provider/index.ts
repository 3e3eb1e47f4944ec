export { ChinhQuyenSoProvider, type ChinhQuyenSoProviderProps } from "./ChinhQuyenSoProvider";
export type { ChinhQuyenSoSettings, Locale, Theme, WidgetErrorInfo } from "./context";
export { useChinhQuyenSoSettings, useLocale } from "./hooks";
