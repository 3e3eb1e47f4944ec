import { describe, expect, it } from "vitest";
import {
  canRateFeedback,
  canReopenFeedback,
  FEEDBACK_STATUS_CHANGES,
  feedbackAcceptsPosts,
  feedbackStatusChangesFrom,
  isFeedbackOpen,
} from "./transitions";

describe("feedback status rules", () => {
  it("offer the DIGIT PGR moves with a reply, none from an unknown status", () => {
    expect(feedbackStatusChangesFrom("in_progress")).toEqual(["resolved", "rejected"]);
    expect(feedbackStatusChangesFrom("pending_assignment")).toEqual(["rejected"]);
    expect(feedbackStatusChangesFrom("resolved")).toEqual(["closed"]);
    expect(feedbackStatusChangesFrom("closed")).toEqual([]);
    expect(feedbackStatusChangesFrom("escalated")).toEqual([]);
    expect(feedbackStatusChangesFrom("toString")).toEqual([]);
    expect(Object.keys(FEEDBACK_STATUS_CHANGES)).toEqual([
      "pending_assignment",
      "in_progress",
      "resolved",
      "rejected",
      "closed",
    ]);
  });

  it("assign open feedback, reopen finished feedback, rate resolved or closed, take no posts when closed", () => {
    expect([
      isFeedbackOpen("pending_assignment"),
      isFeedbackOpen("in_progress"),
      isFeedbackOpen("resolved"),
    ]).toEqual([true, true, false]);
    expect([
      canReopenFeedback("closed"),
      canReopenFeedback("in_progress"),
      canReopenFeedback(undefined),
    ]).toEqual([true, false, false]);
    expect([canRateFeedback("resolved"), canRateFeedback("closed"), canRateFeedback("rejected")]).toEqual([
      true,
      true,
      false,
    ]);
    expect([
      feedbackAcceptsPosts("closed"),
      feedbackAcceptsPosts("resolved"),
      feedbackAcceptsPosts("x"),
    ]).toEqual([false, true, true]);
  });
});
