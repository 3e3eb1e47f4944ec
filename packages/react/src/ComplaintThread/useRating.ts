import {
  canRateFeedback,
  FEEDBACK_LOW_RATING,
  type FeedbackRating,
  isFeedbackRating,
  isLowFeedbackRating,
  type LowRatingRule,
} from "@chinhquyenso/core";
import { useCallback, useState } from "react";
import type { ThreadError } from "./errors";
import type { RateHandler, ThreadAudience } from "./types";
import { useWrite, type WritePhase } from "./useWrite";

/** The contract's limit on the comment given with a rating. */
export const MAX_RATING_COMMENT_LENGTH = 1000;

export type RatingProblem =
  | { kind: "missing" }
  | { kind: "too_long"; length: number }
  | { kind: "request"; error: ThreadError };

export interface RatingState {
  /** The citizen, a resolved or closed feedback, somewhere to send the rating. */
  available: boolean;
  /** The rating given (a known value), or undefined. */
  current: FeedbackRating | undefined;
  /** Until when it may change (ISO), when the platform allows a change now. */
  changeableUntil: string | undefined;
  /** The form is shown: no rating yet, or the citizen chose to change it inside the window. */
  editing: boolean;
  setEditing: (editing: boolean) => void;
  /** The level chosen in the form (1–5), or undefined before a choice. */
  choice: FeedbackRating | undefined;
  setChoice: (rating: FeedbackRating) => void;
  comment: string;
  setComment: (comment: string) => void;
  submit: () => void;
  phase: WritePhase;
  problem: RatingProblem | undefined;
  /** A low rating (core's rule: 1 or 2) was given and the feedback can be reopened: offer it. */
  offerReopen: boolean;
  maxLength: number;
}

interface RatingOptions {
  audience: ThreadAudience;
  feedback: { status?: unknown; rating?: unknown; ratingChangeableUntil?: unknown } | null | undefined;
  onRate: RateHandler | undefined;
  /** Whether the feedback can be reopened by this user now (the reopen action is available). */
  canReopen: boolean;
  now: () => Date;
  onRated?: ((rating: FeedbackRating) => void) | undefined;
  /** What counts as low (reopening offered beside it): core's FEEDBACK_LOW_RATING unless the platform says. */
  lowRating?: LowRatingRule | undefined;
}

/**
 * The citizen's satisfaction rating (`feedback.rate`): the contract's 1–5 scale (core's FEEDBACK_RATINGS), an
 * optional comment, a change while `ratingChangeableUntil` is in the future, and reopening offered after a low
 * rating (core's FEEDBACK_LOW_RATING) when the feedback may be reopened.
 */
export function useRating(options: RatingOptions): RatingState {
  const { feedback, onRate, onRated, now } = options;
  const given = feedback?.rating;
  const current = isFeedbackRating(given) ? given : undefined;
  const until =
    typeof feedback?.ratingChangeableUntil === "string" ? feedback.ratingChangeableUntil : undefined;
  const changeable = until !== undefined && Date.parse(until) > now().getTime();
  const [editingChosen, setEditingValue] = useState(false);
  const [choice, setChoiceValue] = useState<FeedbackRating | undefined>(undefined);
  const [comment, setCommentValue] = useState("");
  const [validation, setValidation] = useState<RatingProblem | undefined>(undefined);
  const write = useWrite<{ rating: FeedbackRating; comment?: string }>(onRate);
  const { run, clear } = write;
  const editing = current === undefined || (changeable && editingChosen);

  const setEditing = useCallback(
    (next: boolean) => {
      setEditingValue(next);
      setChoiceValue(next ? current : undefined);
      setValidation(undefined);
      clear();
    },
    [current, clear],
  );
  const setChoice = useCallback(
    (rating: FeedbackRating) => {
      setChoiceValue(rating);
      setValidation(undefined);
      clear();
    },
    [clear],
  );
  const setComment = useCallback((next: string) => {
    setCommentValue(next);
    setValidation(undefined);
  }, []);
  const submit = useCallback(() => {
    if (choice === undefined) return setValidation({ kind: "missing" });
    const text = comment.trim();
    if (text.length > MAX_RATING_COMMENT_LENGTH)
      return setValidation({ kind: "too_long", length: text.length });
    setValidation(undefined);
    const rating = choice;
    void run(text === "" ? { rating } : { rating, comment: text }).then((outcome) => {
      if (!outcome.done) return;
      setEditingValue(false);
      setCommentValue("");
      onRated?.(rating);
    });
  }, [choice, comment, run, onRated]);

  return {
    available: options.audience === "citizen" && onRate !== undefined && canRateFeedback(feedback?.status),
    current,
    changeableUntil: changeable ? until : undefined,
    editing,
    setEditing,
    choice,
    setChoice,
    comment,
    setComment,
    submit,
    phase: write.phase,
    problem: validation ?? (write.error ? { kind: "request", error: write.error } : undefined),
    offerReopen:
      !editing && options.canReopen && isLowFeedbackRating(current, options.lowRating ?? FEEDBACK_LOW_RATING),
    maxLength: MAX_RATING_COMMENT_LENGTH,
  };
}
