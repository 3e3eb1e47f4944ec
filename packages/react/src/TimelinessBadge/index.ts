// The badge is a primitive other widgets render too, so its component lives in ../internal; this folder is its
// public face (stories, tests, styles, rationale). Its labels are core's `TIMELINESS_LABELS`.
export { TimelinessBadge, type TimelinessBadgeProps } from "../internal/TimelinessBadge";
