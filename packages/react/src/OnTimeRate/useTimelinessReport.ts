import type { ReportsTimelinessParams } from "@chinhquyenso/client";
import { useQuery } from "@tanstack/react-query";
import { useConnection } from "../provider/hooks";

/** Timeliness counts and on-time rate per agency and period (`reports.timeliness`), from the provider's client. */
export function useTimelinessReport(params: ReportsTimelinessParams) {
  const { queries, queryClient } = useConnection("useTimelinessReport");
  return useQuery(queries.reports.timeliness(params), queryClient);
}
