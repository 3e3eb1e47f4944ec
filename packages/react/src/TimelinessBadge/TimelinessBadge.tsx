import type { HTMLAttributes } from "react";
import { useLocale } from "../provider/hooks";
import { timelinessBadge } from "./badgeMarkup";
import type { KnownTimeliness } from "./labels";

export interface TimelinessBadgeProps extends Omit<HTMLAttributes<HTMLSpanElement>, "children"> {
  /**
   * Timeliness of a dossier; an unknown value from a newer server is shown as its raw code. `null` (the
   * contract's "none": not yet received, refused, withdrawn, no due date) renders nothing.
   */
  timeliness: KnownTimeliness | (string & {}) | null | undefined;
}

/** A small status pill: "Trong hạn", "Tới hạn", "Quá hạn"… coloured by severity. */
export function TimelinessBadge(props: TimelinessBadgeProps) {
  return timelinessBadge(props, useLocale());
}
