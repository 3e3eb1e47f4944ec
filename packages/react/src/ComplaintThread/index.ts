// The display masks are core's (one redaction module for the platform), re-exported where they have always been.
export { maskEmail, maskName, maskPersonalNumbers, maskPhone } from "@chinhquyenso/core";
export {
  ComplaintThread,
  type ComplaintThreadProps,
  type ConnectedComplaintThreadProps,
  type ControlledComplaintThreadProps,
} from "./ComplaintThread";
export type { ThreadError, ThreadErrorKind } from "./errors";
export { linkify, safeHttpUrl, type TextSegment } from "./linkify";
export { ComplaintThreadActions, type ComplaintThreadActionsProps } from "./ThreadActions";
export { ComplaintThreadComposer, type ComplaintThreadComposerProps } from "./ThreadComposer";
export { ComplaintThreadHeader, type ComplaintThreadHeaderProps } from "./ThreadHeader";
export { ComplaintThreadRating, type ComplaintThreadRatingProps } from "./ThreadRating";
export { ComplaintThreadTimeline, type ComplaintThreadTimelineProps } from "./ThreadTimeline";
export { feedbackThreadKey, feedbackThreadQuery } from "./threadQuery";
export { isVisibleTo, type PendingPost, type TimelineItem, type TimelineKind } from "./timeline";
export type {
  AssignHandler,
  AttachmentUrlResolver,
  ComposerEntryType,
  FeedbackUpdateInput,
  PostUpdateHandler,
  RateHandler,
  ReopenHandler,
  ThreadAttachment,
  ThreadAudience,
  WriteMeta,
} from "./types";
export {
  type ComplaintThreadState,
  type UseComplaintThreadOptions,
  useComplaintThread,
} from "./useComplaintThread";
export type { ComposerProblem, ComposerState } from "./useComposer";
export {
  type AssignFeedbackVariables,
  type PostFeedbackUpdateVariables,
  type RateFeedbackVariables,
  type ReopenFeedbackVariables,
  useAssignFeedback,
  usePostFeedbackUpdate,
  useRateFeedback,
  useReopenFeedback,
} from "./useFeedbackMutations";
export { type FeedbackThreadData, type FeedbackThreadOptions, useFeedbackThread } from "./useFeedbackThread";
export type { RatingProblem, RatingState } from "./useRating";
export type { ActionProblem, AssignState, ReopenState } from "./useThreadActions";
