import type { Feedback, FeedbackCategory, PersonRef, ThreadEntry } from "@chinhquyenso/client";
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
 * Query options for a whole thread, every page, oldest first. For citizens the platform is asked for the
 * public view (`visibility=public`: no internal notes, no internal routing), so internal notes never cross the
 * network; as a second line of defence (an older server ignoring the parameter), internal notes, `assigned`
 * activity and entry types or activities this version does not know are still dropped as each page arrives, before the query cache, devtools or any
 * component sees them.
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
        .threadAll(
          feedbackId,
          audience === "citizen" ? { limit: PAGE_SIZE, visibility: "public" } : { limit: PAGE_SIZE },
          { signal },
        )
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
  /**
   * Staff only: also load the officers the feedback can be assigned to (`officers.list`, of the feedback's
   * agency once it has one). Default false: an app that passes its own `assignees` loads nothing more.
   */
  loadAssignees?: boolean;
}

/** Officers read for the assign control: enough for an agency, never an unbounded walk. */
const MAX_ASSIGNEES = 500;

/** Query key of the officers a feedback of an agency can be assigned to. */
export function assigneesKey(agencyCode: string | null | undefined) {
  return ["cqs", "officers", "assignable", agencyCode ?? null] as const;
}

/** Query options for the officers of an agency (all agencies for `null`), by name, as `PersonRef`s. */
export function assigneesQuery(
  connection: Pick<ChinhQuyenSoConnection, "client">,
  agencyCode: string | null | undefined,
) {
  return {
    queryKey: assigneesKey(agencyCode),
    queryFn: async ({ signal }: { signal: AbortSignal }): Promise<PersonRef[]> => {
      const people: PersonRef[] = [];
      const params = agencyCode ? { agencyCode, limit: PAGE_SIZE } : { limit: PAGE_SIZE };
      for await (const page of connection.client.officers.listAll(params, { signal }).byPage()) {
        for (const officer of page.items ?? []) {
          // Only what the assign control shows: no other field travels further.
          const person: PersonRef = { id: officer.id, name: officer.name, agencyCode: officer.agencyCode };
          if (officer.position !== undefined) person.position = officer.position;
          people.push(person);
        }
        if (people.length >= MAX_ASSIGNEES) break;
      }
      return people.slice(0, MAX_ASSIGNEES);
    },
  };
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
