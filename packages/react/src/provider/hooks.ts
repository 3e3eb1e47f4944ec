import { useContext, useSyncExternalStore } from "react";
import {
  type ChinhQuyenSoConnection,
  ChinhQuyenSoContext,
  type ChinhQuyenSoSettings,
  type Locale,
} from "./context";
import type { HolidayRefresh } from "./holidays";
import type { LiveState } from "./live";

let defaults: ChinhQuyenSoSettings | undefined;
const NO_REFRESH: HolidayRefresh = { need() {} };

/** The settings of the nearest provider; without one, widgets still work (Vietnamese, controlled). */
export function useChinhQuyenSoSettings(): ChinhQuyenSoSettings {
  const settings = useContext(ChinhQuyenSoContext);
  if (settings) return settings;
  defaults ??= {
    locale: "vi",
    theme: undefined,
    messages: undefined,
    onError: undefined,
    // No calendar here: widgets with deadlines take core's default through useWorkingCalendar, the others
    // do not carry it. No platform and no host to tell either: years without a notice are simply provisional.
    calendar: undefined,
    holidays: NO_REFRESH,
    now: () => new Date(),
    connection: undefined,
  };
  return defaults;
}

/** The locale of the nearest provider (Vietnamese when there is none). */
export function useLocale(): Locale {
  return useChinhQuyenSoSettings().locale;
}

/** The platform connection, or a clear error naming the widget when it is used without a client. */
export function useConnection(widget: string): ChinhQuyenSoConnection {
  const { connection } = useChinhQuyenSoSettings();
  if (!connection) {
    throw new Error(
      `${widget}: no platform client. Wrap it in <ChinhQuyenSoProvider client={createClient(…)}>, or pass its data as props (controlled mode).`,
    );
  }
  return connection;
}

const idle = () => "idle" as const;
const noop = () => () => {};

/** State of the notifications stream ("idle" without a client or with `live={false}`). */
export function useLiveState(): LiveState {
  const { connection } = useChinhQuyenSoSettings();
  return useSyncExternalStore(
    connection ? connection.live.subscribeState : noop,
    connection ? connection.live.getState : idle,
    idle,
  );
}
