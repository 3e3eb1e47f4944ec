export { ChinhQuyenSoProvider, type ChinhQuyenSoProviderProps } from "./ChinhQuyenSoProvider";
export type { ChinhQuyenSoConnection, ChinhQuyenSoSettings, Locale, Theme, WidgetErrorInfo } from "./context";
export type { CalendarNotice, HolidayRefresh } from "./holidays";
export { useChinhQuyenSoSettings, useConnection, useLiveState, useLocale } from "./hooks";
export { type LiveChannel, type LiveState, resourcesAffectedBy } from "./live";
