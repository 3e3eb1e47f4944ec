import type { ChinhQuyenSoClient } from "@chinhquyenso/client";
import { createQueryOptions } from "@chinhquyenso/client/query";
import type { WorkingCalendar } from "@chinhquyenso/core";
import { QueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { defaultWidgetCalendar } from "./calendar";
import {
  type ChinhQuyenSoConnection,
  ChinhQuyenSoContext,
  type ChinhQuyenSoSettings,
  type Locale,
  type Theme,
} from "./context";
import { createLiveChannel } from "./live";

export interface ChinhQuyenSoProviderProps {
  /** The platform client (`createClient` from @chinhquyenso/client). Without it, widgets are controlled. */
  client?: ChinhQuyenSoClient;
  /** Reuse your app's TanStack QueryClient; by default the provider creates one. Host queries are untouched. */
  queryClient?: QueryClient;
  /** Keep connected widgets fresh from the notifications stream (default: true when a client is given). */
  live?: boolean;
  /** Language of every widget string; Vietnamese by default. */
  locale?: Locale;
  /** Colour theme applied to every widget root; unset, widgets follow the tokens around them. */
  theme?: Theme;
  /** Wording overrides keyed by message key, so a department can change any text without a release. */
  messages?: Readonly<Record<string, string>>;
  /** Called when a widget fails to render (the widget shows a fallback with a retry). */
  onError?: ChinhQuyenSoSettings["onError"];
  /**
   * Working-day calendar for deadlines. Default: the bundled, sourced 2024–2026 calendar; a later year is
   * assumed to have weekends only, with one `console.warn` per year — load the year from the platform
   * (`client.holidays.list`) or your own file with `calendar.withHolidays(...)` to be exact.
   */
  calendar?: WorkingCalendar;
  /** The clock; stories and tests pin it. */
  now?: () => Date;
  children?: ReactNode;
}

const systemNow = () => new Date();

export function ChinhQuyenSoProvider({
  client,
  queryClient: hostQueryClient,
  live = true,
  locale = "vi",
  theme,
  messages,
  onError,
  calendar,
  now = systemNow,
  children,
}: ChinhQuyenSoProviderProps) {
  // Created once per provider; passed explicitly to every widget query so a host QueryClientProvider is
  // neither required nor shadowed.
  const [ownQueryClient] = useState(() => (hostQueryClient ? undefined : new QueryClient()));
  const queryClient = hostQueryClient ?? (ownQueryClient as QueryClient);

  const connection = useMemo<ChinhQuyenSoConnection | undefined>(
    () =>
      client
        ? {
            client,
            queryClient,
            queries: createQueryOptions(client),
            live: createLiveChannel(client, queryClient),
          }
        : undefined,
    [client, queryClient],
  );

  useEffect(() => {
    if (!connection || !live) return;
    return connection.live.start();
  }, [connection, live]);

  const value = useMemo<ChinhQuyenSoSettings>(
    () => ({
      locale,
      theme,
      messages,
      onError,
      calendar: calendar ?? defaultWidgetCalendar(),
      now,
      connection,
    }),
    [locale, theme, messages, onError, calendar, now, connection],
  );
  return <ChinhQuyenSoContext.Provider value={value}>{children}</ChinhQuyenSoContext.Provider>;
}
