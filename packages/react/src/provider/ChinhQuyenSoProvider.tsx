import type { ChinhQuyenSoClient } from "@chinhquyenso/client";
import { createQueryOptions } from "@chinhquyenso/client/query";
import type { WorkingCalendar } from "@chinhquyenso/core";
import { QueryClient, QueryClientContext } from "@tanstack/react-query";
import { type ReactNode, useContext, useEffect, useMemo, useRef } from "react";
import { defaultWidgetCalendar } from "./calendar";
import {
  type ChinhQuyenSoConnection,
  ChinhQuyenSoContext,
  type ChinhQuyenSoSettings,
  type Locale,
  type Theme,
} from "./context";
import { type CalendarNotice, useHolidayRefresh } from "./holidays";
import { createLiveChannel } from "./live";

export interface ChinhQuyenSoProviderProps {
  /** The platform client (`createClient` from @chinhquyenso/client). Without it, widgets are controlled. */
  client?: ChinhQuyenSoClient;
  /**
   * The TanStack QueryClient of widget queries (keys under `["cqs"]`). Default: your app's — the one of the
   * nearest `QueryClientProvider` — so your mutations, invalidations and server-prefetched (hydrated) data reach
   * the widgets; without one, the provider creates its own.
   */
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
   * Working-day calendar for deadlines. Default: core's `defaultCalendar()` — the bundled, sourced 2024–2026
   * notices and the statute for other years. Connected, the provider adds the platform's notice
   * (`GET /v1/holidays?year=`) for every year shown on screen that this calendar has no notice for.
   */
  calendar?: WorkingCalendar;
  /**
   * Told when deadlines rely on years without an official holiday notice (`provisional_years`: widgets mark
   * those dates "dự kiến"), or when the platform's holidays for a year were refused (`holidays_rejected`).
   */
  onCalendarNotice?: (notice: CalendarNotice) => void;
  /** The clock; stories and tests pin it. */
  now?: () => Date;
  children?: ReactNode;
}

const systemNow = () => new Date();

export function ChinhQuyenSoProvider({
  client,
  queryClient: givenQueryClient,
  live = true,
  locale = "vi",
  theme,
  messages,
  onError,
  calendar,
  onCalendarNotice,
  now = systemNow,
  children,
}: ChinhQuyenSoProviderProps) {
  // The prop, else the host's QueryClientProvider (read without useQueryClient, which throws when there is none),
  // else one created once per provider. Passed explicitly to every widget query: the provider never installs a
  // QueryClientProvider, so it neither needs nor shadows the host's.
  const fromHost = useContext(QueryClientContext);
  const own = useRef<QueryClient | undefined>(undefined);
  if (!givenQueryClient && !fromHost && !own.current) own.current = new QueryClient();
  const queryClient = givenQueryClient ?? fromHost ?? (own.current as QueryClient);
  const ownInUse = queryClient === own.current ? own.current : undefined;
  useEffect(() => {
    // What QueryClientProvider does for the host's: refetch on window focus and on reconnect.
    if (!ownInUse) return;
    ownInUse.mount();
    return () => ownInUse.unmount();
  }, [ownInUse]);

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

  const holidays = useHolidayRefresh(calendar ?? defaultWidgetCalendar(), connection, onCalendarNotice);

  const value = useMemo<ChinhQuyenSoSettings>(
    () => ({
      locale,
      theme,
      messages,
      onError,
      calendar: holidays.calendar,
      holidays: holidays.holidays,
      now,
      connection,
    }),
    [locale, theme, messages, onError, holidays.calendar, holidays.holidays, now, connection],
  );
  return <ChinhQuyenSoContext.Provider value={value}>{children}</ChinhQuyenSoContext.Provider>;
}
