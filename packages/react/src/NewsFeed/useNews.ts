import type { NewsListParams } from "@chinhquyenso/client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useConnection } from "../provider/hooks";

/** Pages of news or reference news (`news.list`, cursor pagination), from the provider's client. */
export function useNews(params?: NewsListParams) {
  const { queries, queryClient } = useConnection("useNews");
  return useInfiniteQuery(queries.news.listInfinite(params), queryClient);
}
