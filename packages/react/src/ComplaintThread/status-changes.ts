import { FEEDBACK_STATUSES, type FeedbackStatus, isOneOf } from "@chinhquyenso/core";

/**
 * Status changes a reply or note may carry, after DIGIT PGR (domain.md §4): an officer resolves or rejects
 * what is in progress, a pending report can be rejected as outside the remit, and resolved or rejected reports
 * are closed. Reopening has its own action; assignment moves a report to `in_progress`.
 */
const CHANGES_WITH_REPLY: Readonly<Record<FeedbackStatus, readonly FeedbackStatus[]>> = {
  pending_assignment: ["rejected"],
  in_progress: ["resolved", "rejected"],
  resolved: ["closed"],
  rejected: ["closed"],
  closed: [],
};

/** The statuses a post may move `status` to; none for a status this version does not know. */
export function statusChangesFrom(status: unknown): readonly FeedbackStatus[] {
  return isOneOf(FEEDBACK_STATUSES, status) ? CHANGES_WITH_REPLY[status] : [];
}

/** Open reports can be assigned. */
export function canAssign(status: unknown): boolean {
  return status === "pending_assignment" || status === "in_progress";
}

/** Resolved, rejected or closed reports can be reopened. */
export function canReopen(status: unknown): boolean {
  return status === "resolved" || status === "rejected" || status === "closed";
}

/** The thread of a closed report is read-only until it is reopened. */
export function acceptsPosts(status: unknown): boolean {
  return status !== "closed";
}

/** Whether the SLA clock still runs. */
export function isOpenStatus(status: unknown): boolean {
  return status === "pending_assignment" || status === "in_progress";
}
