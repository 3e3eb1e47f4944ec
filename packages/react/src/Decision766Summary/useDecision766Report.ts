import type { ReportsDecision766Params } from "@chinhquyenso/client";
import { useQuery } from "@tanstack/react-query";
import { useConnection } from "../provider/hooks";

/** Decision 766/QĐ-TTg scores of an agency by group (`reports.decision766`), from the provider's client. */
export function useDecision766Report(params: ReportsDecision766Params) {
  const { queries, queryClient } = useConnection("useDecision766Report");
  return useQuery(queries.reports.decision766(params), queryClient);
}
