import type { ChinhQuyenSoClient } from "@chinhquyenso/client";
import type { QueryFactories } from "@chinhquyenso/client/query";
import type { WorkingCalendar } from "@chinhquyenso/core";
import type { QueryClient } from "@tanstack/react-query";
import { createClientContext } from "./clientContext";
import type { HolidayRefresh } from "./holidays";
import type { LiveChannel } from "./live";

export type Locale = "vi" | "en";
export type Theme = "light" | "dark";

/** What a widget reports when it fails to render: enough to find the bug, no user data. */
export interface WidgetErrorInfo {
  widget: string;
  componentStack?: string | undefined;
}

/** The platform connection of connected widgets (absent: widgets work controlled, from props). */
export interface ChinhQuyenSoConnection {
  client: ChinhQuyenSoClient;
  queryClient: QueryClient;
  /** TanStack Query option factories for every operation, keyed `["cqs", resource, …]`. */
  queries: QueryFactories;
  live: LiveChannel;
}

export interface ChinhQuyenSoSettings {
  locale: Locale;
  /** Unset: widgets inherit the tokens of their surroundings (light by default). */
  theme: Theme | undefined;
  /** Wording overrides keyed by message key, e.g. `{ "queue.empty.all": "…" }`. */
  messages: Readonly<Record<string, string>> | undefined;
  onError: ((error: unknown, info: WidgetErrorInfo) => void) | undefined;
  /**
   * The working-day calendar for deadlines ("còn 2 ngày làm việc"): the provider's, with the official notices
   * loaded from the platform so far; years without a notice are computed from the statute (provisional).
   * Undefined outside a provider. Read it with `useWorkingCalendar(years)`, which also asks for those years'
   * notices and falls back to core's default calendar — so that only widgets with deadlines carry a calendar.
   */
  calendar: WorkingCalendar | undefined;
  /** Loads the platform's notices for years shown on screen (use `useWorkingCalendar(years)`). */
  holidays: HolidayRefresh;
  /** The clock (stories and tests pin it). */
  now: () => Date;
  connection: ChinhQuyenSoConnection | undefined;
}

export const ChinhQuyenSoContext = /* @__PURE__ */ createClientContext<ChinhQuyenSoSettings | null>(
  null,
  "ChinhQuyenSoProvider",
);
