import type { Label, Locale } from "../labels";

// The citizen's satisfaction rating of resolved feedback (`feedback.rate`, glossary "Rating"). The 1–5 scale is
// issue 16's requirement; the words for each level and the "low" threshold are the platform's inference [I]
// (docs/domain.md §4). The contract states both (`FeedbackRating`, `x-low-rating`); spec's tests hold them equal.

/** The scale, lowest first: whole numbers 1 to 5. */
export const FEEDBACK_RATINGS = [1, 2, 3, 4, 5] as const;
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];

export const FEEDBACK_RATING_LABELS: Readonly<Record<FeedbackRating, Label>> = {
  1: { vi: "Rất không hài lòng", en: "Very dissatisfied" },
  2: { vi: "Không hài lòng", en: "Dissatisfied" },
  3: { vi: "Bình thường", en: "Neutral" },
  4: { vi: "Hài lòng", en: "Satisfied" },
  5: { vi: "Rất hài lòng", en: "Very satisfied" },
};

/** Whether `value` (from the wire) is a level of the scale: a whole number 1 to 5, not "5" nor 2.5. */
export function isFeedbackRating(value: unknown): value is FeedbackRating {
  return (FEEDBACK_RATINGS as readonly unknown[]).includes(value);
}

/** The level's label, or the raw value as text when it is not on the scale (a newer or broken server). */
export function feedbackRatingLabel(value: unknown, locale: Locale = "vi"): string {
  return isFeedbackRating(value)
    ? FEEDBACK_RATING_LABELS[value][locale === "en" ? "en" : "vi"]
    : String(value);
}

/** What counts as a low rating: one beside which the citizen is offered to reopen the feedback. */
export interface LowRatingRule {
  /** Ratings up to and including this level are low. */
  readonly atMost: FeedbackRating;
  readonly source: string;
}

/**
 * The platform's rule, data rather than a constant in the widget: a policy choice (no law sets it), mirrored by
 * the contract's `FeedbackRating.x-low-rating`.
 */
export const FEEDBACK_LOW_RATING: LowRatingRule = {
  atMost: 2,
  source:
    "issue 16 (reopening offered after a low rating); threshold: platform policy [I], contract x-low-rating",
};

/** Whether the rating is low under `rule` (core's by default); false for anything not on the scale. */
export function isLowFeedbackRating(value: unknown, rule: LowRatingRule = FEEDBACK_LOW_RATING): boolean {
  return isFeedbackRating(value) && value <= rule.atMost;
}
