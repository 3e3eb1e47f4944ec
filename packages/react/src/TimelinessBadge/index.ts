export { type KnownTimeliness, TIMELINESS_LABELS } from "./labels";
export { TimelinessBadge, type TimelinessBadgeProps } from "./TimelinessBadge";
