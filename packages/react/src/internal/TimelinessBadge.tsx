import { useLocale } from "../provider/hooks";
import { type TimelinessBadgeProps, timelinessBadge } from "./timelinessBadgeMarkup";

// A primitive shared by widgets (DossierQueue's rows) and exported on its own from ../TimelinessBadge, where its
// stories, tests, styles and rationale live.

export type { TimelinessBadgeProps };

/** A small status pill: "Trong hạn", "Tới hạn", "Quá hạn"… coloured by severity. */
export function TimelinessBadge(props: TimelinessBadgeProps) {
  return timelinessBadge(props, useLocale());
}
