import { useInfiniteQuery } from "@tanstack/react-query";
import { useConnection } from "../provider/hooks";

/** The caller's own lookup trail (`citizens.lookupAudit`), newest first, page by page. */
export function useLookupAudit(limit = 10) {
  const { queries, queryClient } = useConnection("HouseholdLookup");
  return useInfiniteQuery(queries.citizens.lookupAuditInfinite({ limit }), queryClient);
}
