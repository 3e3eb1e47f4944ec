import type { Feedback, FeedbackCategory, PersonRef, ThreadEntry } from "@chinhquyenso/client";
import type { LowRatingRule } from "@chinhquyenso/core";
import { useCallback, useRef } from "react";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { commonMessages } from "../i18n/common";
import { useTranslator } from "../i18n/useTranslator";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { classifyError } from "./errors";
import { type ThreadMessageKey, threadMessages } from "./messages";
import { ComplaintThreadActions } from "./ThreadActions";
import { ComplaintThreadComposer } from "./ThreadComposer";
import { ComplaintThreadHeader } from "./ThreadHeader";
import { ComplaintThreadRating } from "./ThreadRating";
import { ComplaintThreadTimeline } from "./ThreadTimeline";
import type {
  AssignHandler,
  AttachmentUrlResolver,
  ComposerEntryType,
  PostUpdateHandler,
  RateHandler,
  ReopenHandler,
  ThreadAudience,
} from "./types";
import { useComplaintThread } from "./useComplaintThread";
import {
  useAssignFeedback,
  usePostFeedbackUpdate,
  useRateFeedback,
  useReopenFeedback,
} from "./useFeedbackMutations";
import { useFeedbackThread } from "./useFeedbackThread";

interface CommonProps {
  /** `staff` see everything; `citizen` never receive nor see internal notes. Anything else counts as citizen. */
  audience: ThreadAudience;
  /**
   * Officers the feedback can be assigned to (staff). Connected mode without them loads the officers of the
   * feedback's agency (`officers.list`); controlled mode without them shows no assign control.
   */
  assignees?: readonly PersonRef[] | undefined;
  /** Where an attachment can be opened or shown (an http(s) or blob: URL); without it files are listed only. */
  attachmentUrl?: AttachmentUrlResolver | undefined;
  /** Only read the thread: no composer, assign or reopen. */
  readOnly?: boolean | undefined;
  /** What counts as a low rating (reopening offered beside it); default core's `FEEDBACK_LOW_RATING` (1 or 2). */
  lowRating?: LowRatingRule | undefined;
  /**
   * How many of the most recent entries are shown at first, and how many more each "Show earlier updates"
   * reveals (mount time follows this, not the thread's length). Default 30; `Infinity` shows every entry.
   */
  pageSize?: number | undefined;
  /** Level of the title heading (sections use the next level). Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | undefined;
  className?: string | undefined;
  /** The composer's text: controlled with `onDraftChange`, or uncontrolled from `defaultDraft`. */
  draft?: string | undefined;
  defaultDraft?: string | undefined;
  onDraftChange?: ((draft: string) => void) | undefined;
  /** Staff's public/internal choice: controlled (`null` = not chosen) with `onEntryTypeChange`. */
  entryType?: ComposerEntryType | null | undefined;
  /** The only default allowed is `internal_note`; by default staff choose every time. */
  defaultEntryType?: "internal_note" | undefined;
  onEntryTypeChange?: ((entryType: ComposerEntryType | null) => void) | undefined;
}

/** Connected: the provider's client loads the feedback and its thread, and sends posts, assignments, reopenings. */
export interface ConnectedComplaintThreadProps extends CommonProps {
  feedbackId: string;
  feedback?: never;
}

/** Controlled: your data layer gives the data and handles the writes. */
export interface ControlledComplaintThreadProps extends CommonProps {
  feedbackId?: never;
  /** The feedback; `null` when it does not exist; `undefined` while loading. */
  feedback: Feedback | null | undefined;
  /** Its thread, oldest first (for a citizen, internal notes are dropped here too); `undefined` while loading. */
  entries?: readonly ThreadEntry[] | undefined;
  categories?: readonly FeedbackCategory[] | undefined;
  /** Shows the skeleton (also shown while `feedback` is undefined). */
  loading?: boolean | undefined;
  /** Why the feedback could not be loaded: shows the error with a retry. */
  error?: unknown;
  /** Why the thread could not be loaded (the header is still shown). */
  threadError?: unknown;
  onRetry?: (() => void) | undefined;
  /** Sends a post; resolve with the platform's entry to show it at once (else it shows once `entries` has it). */
  onPostUpdate?: PostUpdateHandler | undefined;
  onAssign?: AssignHandler | undefined;
  onReopen?: ReopenHandler | undefined;
  /** Sends the citizen's rating; shown to the citizen audience on a resolved or closed feedback. */
  onRate?: RateHandler | undefined;
}

export type ComplaintThreadProps = ConnectedComplaintThreadProps | ControlledComplaintThreadProps;

type LayoutProps = Omit<ControlledComplaintThreadProps, "feedbackId">;

const LOAD_KINDS = /* @__PURE__ */ new Set([
  "not_found",
  "unauthorized",
  "forbidden",
  "network",
  "timeout",
  "rate_limited",
]);

function LoadError({ error, onRetry }: { error: unknown; onRetry: (() => void) | undefined }) {
  const t = useTranslator(threadMessages);
  const common = useTranslator(commonMessages);
  const { kind, requestId } = classifyError(error);
  const key = (
    LOAD_KINDS.has(kind) ? `thread.error.load.${kind}` : "thread.error.load.other"
  ) as ThreadMessageKey;
  return (
    <div className="cqs-complaint-thread__load-error" role="alert" data-error={kind}>
      <p>{t(key)}</p>
      {requestId ? (
        <p className="cqs-complaint-thread__hint">{t("thread.error.requestId", { id: requestId })}</p>
      ) : null}
      {onRetry ? (
        <button type="button" className="cqs-button" onClick={onRetry}>
          {common("common.retry")}
        </button>
      ) : null}
    </div>
  );
}

function Skeleton() {
  const t = useTranslator(threadMessages);
  return (
    <div className="cqs-complaint-thread__skeleton">
      <p className="cqs-visually-hidden" role="status">
        {t("thread.loading")}
      </p>
      <span className="cqs-skeleton" data-size="title" />
      <span className="cqs-skeleton" data-size="line" />
      <span className="cqs-skeleton" data-size="line" />
      {[0, 1, 2].map((row) => (
        <span key={row} className="cqs-skeleton" data-size="entry" />
      ))}
    </div>
  );
}

/** The default layout over the headless hook: header, actions, timeline, composer, live region. */
function ThreadLayout(props: LayoutProps) {
  const { feedback, loading, error, threadError, onRetry, categories, attachmentUrl, className } = props;
  const thread = useComplaintThread(props);
  const root = useWidgetRoot("cqs-complaint-thread", className);
  const bodyRef = useRef<HTMLTextAreaElement | null>(null);
  const level = props.headingLevel ?? 2;
  const sub = (level + 1) as 3 | 4 | 5 | 6;
  const state = feedback ? "ready" : loading || (feedback === undefined && !error) ? "loading" : "error";
  const skip = useCallback(() => bodyRef.current?.focus(), []);
  const t = useTranslator(threadMessages);

  return (
    <section
      {...root}
      aria-labelledby={state === "ready" ? thread.ids.title : undefined}
      aria-label={state === "ready" ? undefined : t("thread.label")}
      aria-busy={state === "loading" ? true : undefined}
      data-state={state}
      data-audience={thread.audience}
      data-status={feedback ? String(feedback.status) : undefined}
    >
      {state === "loading" ? <Skeleton /> : null}
      {state === "error" ? (
        feedback === null && !error ? (
          <p className="cqs-complaint-thread__empty" role="alert">
            {t("thread.notFound")}
          </p>
        ) : (
          <LoadError error={error} onRetry={onRetry} />
        )
      ) : null}
      {state === "ready" ? (
        <>
          <ComplaintThreadHeader thread={thread} categories={categories} headingLevel={level} />
          <ComplaintThreadRating thread={thread} headingLevel={sub} />
          <ComplaintThreadActions thread={thread} />
          <ComplaintThreadTimeline
            thread={thread}
            attachmentUrl={attachmentUrl}
            headingLevel={sub}
            pageSize={props.pageSize}
            loading={props.entries === undefined && !threadError}
            onSkipToComposer={thread.composer.available && !thread.composer.closed ? skip : undefined}
            error={threadError ? <LoadError error={threadError} onRetry={onRetry} /> : undefined}
          />
          <ComplaintThreadComposer thread={thread} bodyRef={bodyRef} headingLevel={sub} />
        </>
      ) : null}
      <p className="cqs-visually-hidden" role="status">
        {thread.announcement}
      </p>
    </section>
  );
}

function ConnectedThread({ feedbackId, audience, ...rest }: ConnectedComplaintThreadProps) {
  const data = useFeedbackThread(feedbackId, { audience, loadAssignees: rest.assignees === undefined });
  const post = usePostFeedbackUpdate(feedbackId).mutateAsync;
  const assign = useAssignFeedback(feedbackId).mutateAsync;
  const reopen = useReopenFeedback(feedbackId).mutateAsync;
  const rate = useRateFeedback(feedbackId).mutateAsync;
  const etag = data.feedback?.etag;
  const onPostUpdate = useCallback<PostUpdateHandler>(
    (update, { idempotencyKey, signal, onUploadProgress }) =>
      post({
        update,
        idempotencyKey,
        ...(signal ? { signal } : {}),
        ...(onUploadProgress ? { onUploadProgress } : {}),
      }),
    [post],
  );
  const onAssign = useCallback<AssignHandler>(
    (assignee, { idempotencyKey }) => assign({ assigneeId: assignee.id, etag: etag ?? "", idempotencyKey }),
    [assign, etag],
  );
  const onReopen = useCallback<ReopenHandler>(
    (reason, { idempotencyKey }) => reopen({ reason, idempotencyKey }),
    [reopen],
  );
  const onRate = useCallback<RateHandler>((input) => rate(input), [rate]);
  return (
    <ThreadLayout
      // A new feedback starts with an empty composer: a draft never moves to another thread.
      key={feedbackId}
      {...rest}
      audience={audience}
      feedback={data.feedback}
      entries={data.entries}
      assignees={rest.assignees ?? data.assignees}
      categories={data.categories}
      loading={data.status === "loading"}
      error={data.error}
      threadError={data.threadError}
      onRetry={data.refetch}
      onPostUpdate={onPostUpdate}
      onAssign={onAssign}
      onReopen={onReopen}
      onRate={onRate}
    />
  );
}

/**
 * A citizen-feedback thread (phản ánh kiến nghị, 1022): header with the masked reporter and the SLA countdown,
 * timeline of public replies, internal notes (staff only) and activity, composer with an explicit public/internal
 * choice, assign and reopen. Connected with `feedbackId` (inside a provider with a client) or controlled with
 * `feedback` and `entries`. Renders inside an error boundary.
 */
export function ComplaintThread(props: ComplaintThreadProps) {
  const t = useTranslator(threadMessages);
  return (
    <WidgetBoundary widget="ComplaintThread" label={t("thread.label")}>
      {props.feedbackId !== undefined ? (
        <ConnectedThread {...props} />
      ) : (
        <ThreadLayout key={typeof props.feedback?.id === "string" ? props.feedback.id : ""} {...props} />
      )}
    </WidgetBoundary>
  );
}
