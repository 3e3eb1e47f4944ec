import { createContext } from "react";

export type Locale = "vi" | "en";
export type Theme = "light" | "dark";

/** What a widget reports when it fails to render: enough to find the bug, no user data. */
export interface WidgetErrorInfo {
  widget: string;
  componentStack?: string | undefined;
}

export interface ChinhQuyenSoSettings {
  locale: Locale;
  /** Unset: widgets inherit the tokens of their surroundings (light by default). */
  theme: Theme | undefined;
  /** Wording overrides keyed by message key, e.g. `{ "queue.empty.all": "…" }`. */
  messages: Readonly<Record<string, string>> | undefined;
  onError: ((error: unknown, info: WidgetErrorInfo) => void) | undefined;
}

export const DEFAULT_SETTINGS: ChinhQuyenSoSettings = {
  locale: "vi",
  theme: undefined,
  messages: undefined,
  onError: undefined,
};

export const ChinhQuyenSoContext = createContext<ChinhQuyenSoSettings>(DEFAULT_SETTINGS);
