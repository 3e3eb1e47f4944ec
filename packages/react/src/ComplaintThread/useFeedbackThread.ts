import type { Feedback, FeedbackCategory, ThreadEntry } from "@chinhquyenso/client";
import { type QueryClient, useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import type { ChinhQuyenSoConnection } from "../provider/context";
import { useConnection } from "../provider/hooks";
import { entriesFor } from "./timeline";
import type { ThreadAudience } from "./types";

/** Page size when reading a whole thread (the contract's maximum). */
const PAGE_SIZE = 100;

/**
 * Query key of a whole thread as an audience receives it. Under `["cqs", "feedback"]`, so the live stream and
 * every feedback mutation refresh it.
 */
export function feedbackThreadKey(feedbackId: string, audience: ThreadAudience) {
  return ["cqs", "feedback", "thread", feedbackId, "all", audience] as const;
}

/**
 * Query options for a whole thread, every page, oldest first. For citizens, internal notes (and entry types this
 * version does not know) are dropped as each page arrives, so they never reach the query cache, devtools or any
 * component. The contract has no public-only variant of `feedback.thread` yet; when it gains one, ask for it here.
 */
export function feedbackThreadQuery(
  connection: Pick<ChinhQuyenSoConnection, "client">,
  feedbackId: string,
  audience: ThreadAudience,
) {
  return {
    queryKey: feedbackThreadKey(feedbackId, audience),
    queryFn: async ({ signal }: { signal: AbortSignal }): Promise<ThreadEntry[]> => {
      const entries: ThreadEntry[] = [];
      const pages = connection.client.feedback
        .threadAll(feedbackId, { limit: PAGE_SIZE }, { signal })
        .byPage();
      for await (const page of pages) entries.push(...entriesFor(page.items ?? [], audience));
      return entries;
    },
  };
}

/** Adds a posted entry to the cached threads of a feedback (where the audience may see it), once. */
export function appendToCachedThreads(
  queryClient: QueryClient,
  feedbackId: string,
  entry: ThreadEntry,
): void {
  for (const audience of ["staff", "citizen"] as const) {
    if (entriesFor([entry], audience).length === 0) continue;
    queryClient.setQueryData<ThreadEntry[]>(feedbackThreadKey(feedbackId, audience), (entries) =>
      entries && !entries.some((item) => item.id === entry.id) ? [...entries, entry] : entries,
    );
  }
}

export interface FeedbackThreadOptions {
  /** `citizen` never fetches into the cache, nor returns, internal notes. */
  audience: ThreadAudience;
  /** Default true. */
  enabled?: boolean;
}

export interface FeedbackThreadData {
  feedback: Feedback | undefined;
  /** Thread entries visible to the audience, oldest first. */
  entries: ThreadEntry[] | undefined;
  /** Feedback categories, for the category's name (undefined while loading or when they failed). */
  categories: FeedbackCategory[] | undefined;
  /** `loading` until the feedback is there; `error` when it could not be loaded. */
  status: "loading" | "error" | "ready";
  /** Why the feedback could not be loaded. */
  error: unknown;
  /** Why the thread could not be loaded (the feedback itself may be fine). */
  threadError: unknown;
  isFetching: boolean;
  /** Refetches whatever failed (or everything). */
  refetch: () => void;
}

/**
 * A feedback, its whole thread and the category names, from the provider's client (TanStack Query, keys under
 * `["cqs", "feedback"]`, refreshed by the notification stream).
 */
export function useFeedbackThread(feedbackId: string, options: FeedbackThreadOptions): FeedbackThreadData {
  const connection = useConnection("useFeedbackThread");
  const { queries, queryClient } = connection;
  const audience: ThreadAudience = options.audience === "staff" ? "staff" : "citizen";
  const enabled = options.enabled ?? true;
  const feedback = useQuery({ ...queries.feedback.get(feedbackId), enabled }, queryClient);
  const thread = useQuery({ ...feedbackThreadQuery(connection, feedbackId, audience), enabled }, queryClient);
  const categories = useQuery(
    { ...queries.feedback.listCategories(), enabled, staleTime: 60 * 60_000 },
    queryClient,
  );
  const refetchFeedback = feedback.refetch;
  const refetchThread = thread.refetch;
  const refetch = useCallback(() => {
    void refetchFeedback();
    void refetchThread();
  }, [refetchFeedback, refetchThread]);

  return {
    feedback: feedback.data,
    entries: thread.data,
    categories: categories.data?.items,
    status: feedback.data ? "ready" : feedback.isError ? "error" : "loading",
    error: feedback.error ?? undefined,
    threadError: thread.error ?? undefined,
    isFetching: feedback.isFetching || thread.isFetching,
    refetch,
  };
}
