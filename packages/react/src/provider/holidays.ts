// The provider's holiday refresh: official notices from the platform (`GET /v1/holidays?year=`) for every year
// the widgets' data touches, merged into the provider's calendar, and a notice to the host for the years that
// stay provisional (computed from the statute because no official notice is loaded).
import type { HolidayList } from "@chinhquyenso/client";
import type { HolidayYear, WorkingCalendar } from "@chinhquyenso/core";
import { useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import type { ChinhQuyenSoConnection } from "./context";

/** What the provider tells the host about the holiday calendar behind deadlines (`onCalendarNotice`). */
export type CalendarNotice =
  | {
      kind: "provisional_years";
      /**
       * Every year the displayed data has touched so far that has no official notice — neither in the
       * provider's calendar nor from the platform — ascending. Dates in them are shown as provisional.
       */
      years: readonly number[];
    }
  | {
      kind: "holidays_rejected";
      year: number;
      /** Core's `InvalidInputError`, naming the bad entry; the year stays provisional. */
      error: Error;
    };

/** Asks the provider for the official notices of years (widgets call it through `useWorkingCalendar`). */
export interface HolidayRefresh {
  need(years: readonly number[]): void;
}

/** Years the platform is asked about (the contract's range); others are provisional without asking. */
const MIN_FETCHED_YEAR = 2000;
const MAX_FETCHED_YEAR = 2100;
/** More distinct years than this in one session is a data error (a due date decades away), not a reason to fetch. */
const MAX_FETCHED_YEARS = 12;

export interface HolidayStore extends HolidayRefresh {
  subscribe(listener: () => void): () => void;
  /** Changes whenever a year's notice arrives. */
  getVersion(): number;
  /** `base` with every notice loaded from the platform for a year `base` has no notice for. */
  merge(base: WorkingCalendar): WorkingCalendar;
}

function isHolidayList(value: unknown, year: number): value is HolidayList {
  const list = value as HolidayList | undefined;
  return !!list && list.year === year && Array.isArray(list.items);
}

export function createHolidayStore(
  connection: ChinhQuyenSoConnection | undefined,
  base: () => WorkingCalendar,
  notify: (notice: CalendarNotice) => void,
): HolidayStore {
  const loaded = new Map<number, HolidayYear>();
  const asked = new Set<number>();
  const provisional = new Set<number>();
  const listeners = new Set<() => void>();
  let version = 0;

  const markProvisional = (year: number) => {
    if (provisional.has(year)) return;
    provisional.add(year);
    notify({ kind: "provisional_years", years: [...provisional].sort((a, b) => a - b) });
  };

  const received = (year: number, data: unknown) => {
    // An empty list means the platform has no notice for the year: loading it would claim "no holidays".
    if (!isHolidayList(data, year) || data.items.length === 0) return markProvisional(year);
    const notice: HolidayYear = { year, items: data.items };
    try {
      base().withHolidays(notice);
    } catch (error) {
      notify({ kind: "holidays_rejected", year, error: error as Error });
      return markProvisional(year);
    }
    loaded.set(year, notice);
    version += 1;
    for (const listener of listeners) listener();
  };

  return {
    need(years) {
      const calendar = base();
      for (const year of years) {
        if (!Number.isInteger(year) || calendar.covers(year) || loaded.has(year) || asked.has(year)) continue;
        if (
          !connection ||
          year < MIN_FETCHED_YEAR ||
          year > MAX_FETCHED_YEAR ||
          asked.size >= MAX_FETCHED_YEARS
        ) {
          markProvisional(year);
          continue;
        }
        asked.add(year);
        // A published notice does not change within a session; a failure leaves the year provisional.
        connection.queryClient
          .fetchQuery({ ...connection.queries.holidays.list({ year }), staleTime: Number.POSITIVE_INFINITY })
          .then(
            (data) => received(year, data),
            () => markProvisional(year),
          );
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getVersion: () => version,
    merge(calendar) {
      const years = [...loaded.values()].filter((notice) => !calendar.covers(notice.year));
      return years.length === 0 ? calendar : calendar.withHolidays(years);
    },
  };
}

/**
 * The provider's side of the refresh: one store per connection, the calendar with the notices loaded so far,
 * and the host's callback (kept current without re-creating the store).
 */
export function useHolidayRefresh(
  base: WorkingCalendar,
  connection: ChinhQuyenSoConnection | undefined,
  onCalendarNotice: ((notice: CalendarNotice) => void) | undefined,
): { calendar: WorkingCalendar; holidays: HolidayRefresh } {
  const baseRef = useRef(base);
  const noticeRef = useRef(onCalendarNotice);
  useEffect(() => {
    baseRef.current = base;
    noticeRef.current = onCalendarNotice;
  });
  const store = useMemo(
    () =>
      createHolidayStore(
        connection,
        () => baseRef.current,
        (notice) => noticeRef.current?.(notice),
      ),
    [connection],
  );
  const version = useSyncExternalStore(store.subscribe, store.getVersion, store.getVersion);
  // `version` is what changes when a notice arrives; `merge` reads the store.
  // biome-ignore lint/correctness/useExhaustiveDependencies: version stands for the store's contents
  const calendar = useMemo(() => store.merge(base), [store, base, version]);
  return { calendar, holidays: store };
}
