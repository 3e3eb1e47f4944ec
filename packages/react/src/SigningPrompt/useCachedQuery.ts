import type { QueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

/** Data that may still be loading or may have failed, with a way to try again. */
export interface Loadable<T> {
  status: "pending" | "error" | "success";
  data: T | undefined;
  retry: () => void;
}

interface CachedQueryOptions<T> {
  queryKey: readonly unknown[];
  queryFn: (context: { signal: AbortSignal }) => Promise<T>;
  staleTime?: number;
}

interface Snapshot<T> {
  key: string;
  status: Loadable<T>["status"];
  data: T | undefined;
}

/**
 * The widget's reads through the provider's QueryClient (`fetchQuery`: the same keys and cache as the exported
 * TanStack hooks, concurrent reads joined), without `useQuery` and its observer in the widget's bundle. A read
 * is made on mount, when the key changes and on `retry`; it does not follow later invalidations.
 */
export function useCachedQuery<T>(
  queryClient: QueryClient,
  options: CachedQueryOptions<T>,
  enabled: boolean,
): Loadable<T> {
  const key = JSON.stringify(options.queryKey);
  const [attempt, setAttempt] = useState(0);
  const [snapshot, setSnapshot] = useState<Snapshot<T> | undefined>(undefined);
  const latest = { options, queryClient };
  const [source] = useState(() => ({ current: latest }));
  source.current = latest;

  useEffect(() => {
    if (!enabled || attempt < 0) return;
    let current = true;
    const { options: read, queryClient: client } = source.current;
    const cached = client.getQueryData<T>(read.queryKey);
    setSnapshot({ key, status: cached === undefined ? "pending" : "success", data: cached });
    client.fetchQuery(read).then(
      (data) => current && setSnapshot({ key, status: "success", data }),
      () => current && setSnapshot({ key, status: "error", data: cached }),
    );
    return () => {
      current = false;
    };
  }, [enabled, key, attempt, source]);

  const view = snapshot?.key === key ? snapshot : undefined;
  return { status: view?.status ?? "pending", data: view?.data, retry: () => setAttempt((n) => n + 1) };
}
