import type { IndicatorsListParams, IndicatorsSeriesParams } from "@chinhquyenso/client";
import { useQuery } from "@tanstack/react-query";
import { useConnection } from "../../provider/hooks";

/** IOC indicators with their latest value and target (`indicators.list`), from the provider's client. */
export function useIndicators(params?: IndicatorsListParams) {
  const { queries, queryClient } = useConnection("useIndicators");
  return useQuery(queries.indicators.list(params), queryClient);
}

/** The time series of one indicator with its targets (`indicators.series`), from the provider's client. */
export function useIndicatorSeries(code: string, params?: IndicatorsSeriesParams) {
  const { queries, queryClient } = useConnection("useIndicatorSeries");
  return useQuery(queries.indicators.series(code, params), queryClient);
}

/** The IOC fields (`indicators.listFields`), from the provider's client. */
export function useIndicatorFields() {
  const { queries, queryClient } = useConnection("useIndicatorFields");
  return useQuery(queries.indicators.listFields(), queryClient);
}
