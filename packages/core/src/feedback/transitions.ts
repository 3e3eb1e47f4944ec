import { isOneOf } from "../labels";
import { FEEDBACK_STATUSES, type FeedbackStatus } from "./enums";

// What may happen to citizen feedback in each status, after DIGIT PGR (docs/domain.md §4). The sandbox enforces
// these rules and the ComplaintThread widget offers only what they allow; both read them from here.

/**
 * Status changes a reply or note may carry: an officer resolves or rejects what is in progress, a pending
 * report can be rejected as outside the remit, and resolved or rejected reports are closed. Reopening has its
 * own action; assignment moves a report to `in_progress`.
 */
export const FEEDBACK_STATUS_CHANGES: Readonly<Record<FeedbackStatus, readonly FeedbackStatus[]>> = {
  pending_assignment: ["rejected"],
  in_progress: ["resolved", "rejected"],
  resolved: ["closed"],
  rejected: ["closed"],
  closed: [],
};

/** The statuses a reply or note may move `status` to; none for a status this version does not know. */
export function feedbackStatusChangesFrom(status: unknown): readonly FeedbackStatus[] {
  return isOneOf(FEEDBACK_STATUSES, status) ? FEEDBACK_STATUS_CHANGES[status] : [];
}

/** Whether the SLA clock runs: pending assignment or in progress. Open feedback can be assigned. */
export function isFeedbackOpen(status: unknown): boolean {
  return status === "pending_assignment" || status === "in_progress";
}

/** Resolved, rejected or closed feedback can be reopened. */
export function canReopenFeedback(status: unknown): boolean {
  return status === "resolved" || status === "rejected" || status === "closed";
}

/** Only resolved or closed feedback can be rated by the citizen. */
export function canRateFeedback(status: unknown): boolean {
  return status === "resolved" || status === "closed";
}

/** The thread of closed feedback is read-only until it is reopened. */
export function feedbackAcceptsPosts(status: unknown): boolean {
  return status !== "closed";
}
