import {
  FEEDBACK_RATINGS,
  feedbackRatingLabel,
  formatDateTime,
  formatDeadline,
  isFeedbackOpen,
  isFeedbackRating,
  timeliness,
  type WorkingCalendar,
} from "@chinhquyenso/core";
import type { Locale } from "../provider/context";

/** `09:10 21/01/2026` (Vietnam time), or undefined for a missing or invalid instant. */
export function dateTimeOrUndefined(value: unknown): string | undefined {
  if (typeof value !== "string" || !Number.isFinite(Date.parse(value))) return undefined;
  try {
    return formatDateTime(value);
  } catch {
    return undefined;
  }
}

/** "Hài lòng (4/5)": the level's words and its place on the scale; a value off the scale as it came. */
export function ratingText(value: unknown, locale: Locale): string {
  return isFeedbackRating(value)
    ? `${feedbackRatingLabel(value, locale)} (${value}/${FEEDBACK_RATINGS.length})`
    : String(value);
}

export interface SlaView {
  /** "còn 2 ngày làm việc", "hạn hôm nay", "quá hạn 3 ngày" — only while the feedback is open. */
  countdown: string | undefined;
  /** For `data-timeliness`: within_time, due_soon or overdue (undefined when closed or unknown). */
  timeliness: "within_time" | "due_soon" | "overdue" | undefined;
  /** The due date itself. */
  dueText: string | undefined;
}

/**
 * The SLA of a feedback from its due time, with the provider's calendar and clock: a countdown in working days
 * as core counts them while it is open (pending assignment or in progress), else just the date. Feedback is
 * judged like an open dossier (day-based, "due soon" within one working day).
 */
export function slaOf(
  dueAt: unknown,
  status: unknown,
  now: Date,
  options: { locale: Locale; calendar: WorkingCalendar },
): SlaView {
  const dueText = dateTimeOrUndefined(dueAt);
  if (dueText === undefined || !isFeedbackOpen(status))
    return { countdown: undefined, timeliness: undefined, dueText };
  try {
    const due = dueAt as string;
    const judged = timeliness({ status: "processing", dueAt: due }, now, { calendar: options.calendar });
    return {
      countdown: formatDeadline(due, now, options),
      timeliness:
        judged === "within_time" || judged === "due_soon" || judged === "overdue" ? judged : undefined,
      dueText,
    };
  } catch {
    // A year the calendar cannot answer for: show the date without a countdown rather than guess.
    return { countdown: undefined, timeliness: undefined, dueText };
  }
}
