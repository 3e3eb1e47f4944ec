import type { WorkingCalendar } from "@chinhquyenso/core";
import { useEffect } from "react";
import { defaultWidgetCalendar } from "../provider/calendar";
import { useChinhQuyenSoSettings } from "../provider/hooks";

/**
 * The working-day calendar for deadlines in `years` (the years between today, intake and the due dates on
 * screen). It is the provider's calendar (core's default outside a provider); connected, the provider loads the platform's official notice
 * (`client.holidays.list({ year })`) for each of `years` it has none for, once per session, and re-renders with
 * it. A year that stays without a notice — the platform has none yet, sends entries core refuses, or cannot be
 * reached — is computed from the statute: dates in it are provisional, and the provider's `onCalendarNotice`
 * says so.
 */
export function useWorkingCalendar(years: readonly number[] = []): WorkingCalendar {
  const { calendar, holidays } = useChinhQuyenSoSettings();
  const key = [...new Set(years)]
    .filter((year) => Number.isInteger(year))
    .sort((a, b) => a - b)
    .join(",");
  useEffect(() => {
    if (key !== "") holidays.need(key.split(",").map(Number));
  }, [holidays, key]);
  return calendar ?? defaultWidgetCalendar();
}
