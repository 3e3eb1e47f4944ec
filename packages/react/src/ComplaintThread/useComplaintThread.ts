import type { Feedback, PersonRef, ThreadEntry } from "@chinhquyenso/client";
import type { FeedbackRating, LowRatingRule } from "@chinhquyenso/core";
import { useCallback, useId, useMemo, useState } from "react";
import { useTranslator } from "../i18n/useTranslator";
import { useChinhQuyenSoSettings } from "../provider/hooks";
import { ratingText } from "./format";
import { threadMessages } from "./messages";
import { buildTimeline, type TimelineItem } from "./timeline";
import type {
  AssignHandler,
  ComposerEntryType,
  FeedbackUpdateInput,
  PostUpdateHandler,
  RateHandler,
  ReopenHandler,
  ThreadAudience,
} from "./types";
import { type ComposerState, useComposer } from "./useComposer";
import { type RatingState, useRating } from "./useRating";
import { type AssignState, type ReopenState, useAssign, useReopen } from "./useThreadActions";

export interface UseComplaintThreadOptions {
  /** `staff` see everything; anything else is treated as `citizen` (internal notes withheld). */
  audience: ThreadAudience;
  /** The feedback (null: not found; undefined: not loaded yet). */
  feedback: Feedback | null | undefined;
  /** Thread entries, oldest first, as received; malformed ones get a fallback row. */
  entries?: readonly ThreadEntry[] | undefined;
  /** Officers the feedback can be assigned to (connected mode loads them from `officers.list`). */
  assignees?: readonly PersonRef[] | undefined;
  /** Sends a post; resolve with the platform's entry to show it at once. Absent (or `readOnly`): no composer. */
  onPostUpdate?: PostUpdateHandler | undefined;
  onAssign?: AssignHandler | undefined;
  onReopen?: ReopenHandler | undefined;
  /** Sends the citizen's rating (`feedback.rate`); the citizen audience rates a resolved or closed feedback. */
  onRate?: RateHandler | undefined;
  /** Only read the thread: no composer, no actions. */
  readOnly?: boolean | undefined;
  /** What counts as a low rating (reopening offered beside it); default core's `FEEDBACK_LOW_RATING`. */
  lowRating?: LowRatingRule | undefined;
  /** The composer's text, controlled (with `onDraftChange`) or from `defaultDraft`. */
  draft?: string | undefined;
  defaultDraft?: string | undefined;
  onDraftChange?: ((draft: string) => void) | undefined;
  /** Staff's public/internal choice, controlled; `null` is "not chosen yet". */
  entryType?: ComposerEntryType | null | undefined;
  /** The only default allowed is `internal_note`: nothing can default to reaching the citizen. */
  defaultEntryType?: "internal_note" | undefined;
  onEntryTypeChange?: ((entryType: ComposerEntryType | null) => void) | undefined;
}

export interface ComplaintThreadState {
  audience: ThreadAudience;
  feedback: Feedback | null | undefined;
  /** What the timeline shows, oldest first (already filtered for the audience). */
  items: readonly TimelineItem[];
  composer: ComposerState;
  assign: AssignState;
  reopen: ReopenState;
  rating: RatingState;
  /** The result of the last action, for a polite live region. */
  announcement: string;
  /** Element ids the parts share (title, composer message). */
  ids: { title: string; body: string; timeline: string; composer: string; actions: string };
}

/**
 * Headless ComplaintThread: the audience-filtered timeline, the composer (explicit public/internal choice,
 * optional status change, Ctrl+Enter, single-flight send with an idempotency key, draft kept on error, the post
 * shown at once and replaced by the platform's entry), assignment and reopening. No markup.
 */
export function useComplaintThread(options: UseComplaintThreadOptions): ComplaintThreadState {
  const audience: ThreadAudience = options.audience === "staff" ? "staff" : "citizen";
  const { now, locale } = useChinhQuyenSoSettings();
  const t = useTranslator(threadMessages);
  const [announcement, setAnnouncement] = useState("");
  // A repeated message still changes the text, so screen readers read it again.
  const announce = useCallback(
    (text: string) => setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text)),
    [],
  );
  const feedback = options.feedback;
  const status = feedback?.status;
  const readOnly = options.readOnly === true;

  const onPosted = useCallback(
    (update: FeedbackUpdateInput) =>
      announce(
        t(
          audience === "citizen"
            ? "thread.announce.postedCitizen"
            : update.entryType === "internal_note"
              ? "thread.announce.postedInternal"
              : "thread.announce.postedPublic",
        ),
      ),
    [announce, t, audience],
  );
  const composer = useComposer({
    audience,
    feedbackStatus: status,
    onPostUpdate: readOnly || !feedback ? undefined : options.onPostUpdate,
    now,
    draft: options.draft,
    defaultDraft: options.defaultDraft,
    onDraftChange: options.onDraftChange,
    entryType: options.entryType,
    defaultEntryType: options.defaultEntryType,
    onEntryTypeChange: options.onEntryTypeChange,
    onPosted,
  });
  const onAssigned = useCallback(
    (person: PersonRef) => announce(t("thread.announce.assigned", { name: person.name })),
    [announce, t],
  );
  const assign = useAssign({
    audience,
    feedbackStatus: status,
    currentAssignee: feedback?.assignee,
    assignees: options.assignees,
    onAssign: readOnly || !feedback ? undefined : options.onAssign,
    onAssigned,
  });
  const onReopened = useCallback(() => announce(t("thread.announce.reopened")), [announce, t]);
  const reopen = useReopen({
    feedbackStatus: status,
    onReopen: readOnly || !feedback ? undefined : options.onReopen,
    onReopened,
  });

  const onRated = useCallback(
    (value: FeedbackRating) => announce(t("thread.announce.rated", { rating: ratingText(value, locale) })),
    [announce, t, locale],
  );
  const rating = useRating({
    audience,
    feedback,
    onRate: readOnly || !feedback ? undefined : options.onRate,
    canReopen: reopen.available,
    now,
    onRated,
    lowRating: options.lowRating,
  });

  const { entries } = options;
  const { posted, pending } = composer;
  const items = useMemo(
    () => buildTimeline(entries, audience, posted, pending),
    [entries, audience, posted, pending],
  );
  const base = useId();
  const ids = useMemo(
    () => ({
      title: `${base}title`,
      body: `${base}body`,
      timeline: `${base}timeline`,
      composer: `${base}composer`,
      actions: `${base}actions`,
    }),
    [base],
  );
  return { audience, feedback, items, composer, assign, reopen, rating, announcement, ids };
}
