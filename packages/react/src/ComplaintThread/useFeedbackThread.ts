import type { Feedback, FeedbackCategory, PersonRef, ThreadEntry } from "@chinhquyenso/client";
import { type QueryClient, useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { useConnection } from "../provider/hooks";
import { assigneesQuery, feedbackThreadKey, feedbackThreadQuery } from "./threadQuery";
import { entriesFor } from "./timeline";
import type { ThreadAudience } from "./types";

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
  /**
   * Staff only: also load the officers the feedback can be assigned to (`officers.list`, of the feedback's
   * agency once it has one). Default false: an app that passes its own `assignees` loads nothing more.
   */
  loadAssignees?: boolean;
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
  /** With `loadAssignees` (staff): the officers to assign to; undefined while loading, on error, or not asked. */
  assignees: PersonRef[] | undefined;
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
  // Once the feedback is known: the officers of its agency (all officers while it has none yet).
  const wantsAssignees = enabled && audience === "staff" && options.loadAssignees === true;
  const assignees = useQuery(
    {
      ...assigneesQuery(connection, feedback.data?.agencyCode),
      enabled: wantsAssignees && feedback.data !== undefined,
      staleTime: 10 * 60_000,
    },
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
    assignees: wantsAssignees ? assignees.data : undefined,
  };
}
