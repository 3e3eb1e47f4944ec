import type { CalendarListEventsParams } from "@chinhquyenso/client";
import { useQuery } from "@tanstack/react-query";
import { useConnection } from "../provider/hooks";

/**
 * Work-calendar events of a date range from the platform (`calendar.listEvents`), kept fresh by the
 * notifications stream (`calendar.changed`, `meeting.*`). Needs a provider with a client.
 */
export function useCalendarEvents(params: CalendarListEventsParams) {
  const { queries, queryClient } = useConnection("WorkCalendar");
  return useQuery(queries.calendar.listEvents(params), queryClient);
}
