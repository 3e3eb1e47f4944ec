import type { HolidayList } from "@chinhquyenso/client";
import type { HolidayYear, WorkingCalendar } from "@chinhquyenso/core";
import { useCallback, useEffect, useMemo, useSyncExternalStore } from "react";
import type { ChinhQuyenSoConnection } from "../provider/context";
import { useChinhQuyenSoSettings } from "../provider/hooks";

/** More years than this in one view is a data error (a due date decades away), not a reason to fetch. */
const MAX_FETCHED_YEARS = 4;

const noSubscription = () => () => {};

function holidayQuery(connection: ChinhQuyenSoConnection, year: number) {
  // A published calendar year does not change within a session.
  return { ...connection.queries.holidays.list({ year }), staleTime: Number.POSITIVE_INFINITY };
}

function isHolidayList(value: unknown, year: number): value is HolidayList {
  const list = value as HolidayList | undefined;
  return !!list && list.year === year && Array.isArray(list.items);
}

/**
 * The working-day calendar for deadlines in `years`. Without a platform client it is the provider's calendar.
 * Connected, it adds the platform's holidays (`client.holidays.list({ year })`) for each of `years` the
 * provider's calendar does not cover, so a 2027 deadline is exact as soon as the platform publishes 2027. Until
 * then — or when the platform has no entries for the year, or sends entries core refuses — the provider's
 * calendar answers (by default: weekends only for that year, with one console warning).
 */
export function useWorkingCalendar(years: readonly number[] = []): WorkingCalendar {
  const { calendar, connection } = useChinhQuyenSoSettings();
  const missingKey = [...new Set(years)]
    .filter((year) => Number.isInteger(year) && year > 1900 && year < 3000 && !calendar.covers(year))
    .sort((a, b) => a - b)
    .slice(0, MAX_FETCHED_YEARS)
    .join(",");
  const missing = useMemo(() => (missingKey === "" ? [] : missingKey.split(",").map(Number)), [missingKey]);

  // What the query cache holds for those years, as a string so that React compares it cheaply.
  const snapshot = useCallback(() => {
    if (!connection) return "";
    return missing
      .map(
        (year) =>
          `${year}:${connection.queryClient.getQueryState(holidayQuery(connection, year).queryKey)?.dataUpdatedAt ?? 0}`,
      )
      .join(",");
  }, [connection, missing]);
  const subscribe = useCallback(
    (onChange: () => void) =>
      connection ? connection.queryClient.getQueryCache().subscribe(onChange) : () => {},
    [connection],
  );
  const cached = useSyncExternalStore(connection ? subscribe : noSubscription, snapshot, snapshot);

  useEffect(() => {
    if (!connection) return;
    for (const year of missing) {
      // Failures are left to the provider's calendar (a weekends-only assumption with a warning).
      connection.queryClient.fetchQuery(holidayQuery(connection, year)).catch(() => {});
    }
  }, [connection, missing]);

  return useMemo(() => {
    if (!connection || cached === "") return calendar;
    const years: HolidayYear[] = [];
    for (const year of missing) {
      const data = connection.queryClient.getQueryData(holidayQuery(connection, year).queryKey);
      // An empty list means the platform has no data for the year: adding it would claim "no holidays".
      if (isHolidayList(data, year) && data.items.length > 0) years.push({ year, items: data.items });
    }
    let result = calendar;
    for (const year of years) {
      try {
        result = result.withHolidays(year);
      } catch (error) {
        console.warn(
          `@chinhquyenso/react: the platform's holidays for ${year.year} were not used: ${(error as Error).message}`,
        );
      }
    }
    return result;
    // `cached` changes whenever a year's data arrives or changes.
  }, [calendar, connection, missing, cached]);
}
