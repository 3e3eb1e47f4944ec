import type { Feedback, FeedbackRating, ThreadEntry } from "@chinhquyenso/client";
import { useMutation } from "@tanstack/react-query";
import { useConnection } from "../provider/hooks";
import type { FeedbackUpdateInput } from "./types";
import { appendToCachedThreads } from "./useFeedbackThread";

// Writes on a feedback. Each takes an optional idempotency key: pass the same one when the user retries the same
// write (the platform then acts once); without one the client makes a key per call. On success the feedback's
// queries (`["cqs", "feedback"]`) are refreshed in the background — the mutation does not wait for that.

export interface PostFeedbackUpdateVariables {
  update: FeedbackUpdateInput;
  idempotencyKey?: string;
  /** Aborts the post (a cancelled upload). */
  signal?: AbortSignal;
  /** Bytes of the multipart body sent so far (posts with files, in browsers). */
  onUploadProgress?: (progress: { loaded: number; total: number }) => void;
}

/** Posts a public reply or an internal note (optionally changing the status); the new entry is added to the cached thread at once. */
export function usePostFeedbackUpdate(feedbackId: string) {
  const { client, queries, queryClient } = useConnection("usePostFeedbackUpdate");
  const options = queries.feedback.postUpdate();
  return useMutation<ThreadEntry, unknown, PostFeedbackUpdateVariables>(
    {
      mutationKey: options.mutationKey,
      // The client itself (not the query factory): only it takes the abort signal and the upload progress.
      mutationFn: ({ update: { files, fileAlts, ...fields }, idempotencyKey, signal, onUploadProgress }) =>
        client.feedback.postUpdate(
          feedbackId,
          {
            ...fields,
            ...(files ? { files: [...files] } : {}),
            ...(fileAlts ? { fileAlts: [...fileAlts] } : {}),
          },
          {
            ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
            ...(signal ? { signal } : {}),
            ...(onUploadProgress ? { onUploadProgress } : {}),
          },
        ),
      onSuccess: (entry) => {
        appendToCachedThreads(queryClient, feedbackId, entry);
        void queryClient.invalidateQueries({ queryKey: queries.feedback.key });
      },
      // A conflict (closed meanwhile) or a stale view: show the latest state.
      onError: () => void queryClient.invalidateQueries({ queryKey: queries.feedback.key }),
    },
    queryClient,
  );
}

export interface AssignFeedbackVariables {
  assigneeId: string;
  /** The feedback's `etag` as displayed: the write fails (412) if it changed since. */
  etag: string;
  agencyCode?: string;
  idempotencyKey?: string;
}

/** Assigns the feedback to an officer (If-Match guarded). */
export function useAssignFeedback(feedbackId: string) {
  const { queries, queryClient } = useConnection("useAssignFeedback");
  const options = queries.feedback.assign();
  return useMutation<Feedback, unknown, AssignFeedbackVariables>(
    {
      mutationKey: options.mutationKey,
      mutationFn: ({ assigneeId, etag, agencyCode, idempotencyKey }) =>
        options.mutationFn({
          feedbackId,
          body: agencyCode === undefined ? { assigneeId } : { assigneeId, agencyCode },
          params: { ifMatch: etag },
          ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
        }),
      onSuccess: (feedback) => {
        queryClient.setQueryData(queries.feedback.get(feedbackId).queryKey, feedback);
        void queryClient.invalidateQueries({ queryKey: queries.feedback.key });
      },
      onError: () => void queryClient.invalidateQueries({ queryKey: queries.feedback.key }),
    },
    queryClient,
  );
}

export interface ReopenFeedbackVariables {
  reason: string;
  idempotencyKey?: string;
}

/** Reopens a resolved, rejected or closed feedback, with the reason. */
export function useReopenFeedback(feedbackId: string) {
  const { queries, queryClient } = useConnection("useReopenFeedback");
  const options = queries.feedback.reopen();
  return useMutation<Feedback, unknown, ReopenFeedbackVariables>(
    {
      mutationKey: options.mutationKey,
      mutationFn: ({ reason, idempotencyKey }) =>
        options.mutationFn({
          feedbackId,
          body: { reason },
          ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
        }),
      onSuccess: (feedback) => {
        queryClient.setQueryData(queries.feedback.get(feedbackId).queryKey, feedback);
        void queryClient.invalidateQueries({ queryKey: queries.feedback.key });
      },
      onError: () => void queryClient.invalidateQueries({ queryKey: queries.feedback.key }),
    },
    queryClient,
  );
}

export interface RateFeedbackVariables {
  rating: FeedbackRating;
  comment?: string;
}

/** Records or changes the citizen's rating (`feedback.rate`, a PUT: sending it twice leaves one rating). */
export function useRateFeedback(feedbackId: string) {
  const { queries, queryClient } = useConnection("useRateFeedback");
  const options = queries.feedback.rate();
  return useMutation<Feedback, unknown, RateFeedbackVariables>(
    {
      mutationKey: options.mutationKey,
      mutationFn: (body) => options.mutationFn({ feedbackId, body }),
      onSuccess: (feedback) => {
        queryClient.setQueryData(queries.feedback.get(feedbackId).queryKey, feedback);
        void queryClient.invalidateQueries({ queryKey: queries.feedback.key });
      },
      onError: () => void queryClient.invalidateQueries({ queryKey: queries.feedback.key }),
    },
    queryClient,
  );
}
