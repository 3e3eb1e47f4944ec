import type { HTMLAttributes } from "react";
import { useLocale } from "../provider";
import { isKnownTimeliness, type KnownTimeliness, TIMELINESS_LABELS } from "./labels";

export interface TimelinessBadgeProps extends Omit<HTMLAttributes<HTMLSpanElement>, "children"> {
  /** Timeliness of a dossier; an unknown value from a newer server is shown as its raw code. */
  timeliness: KnownTimeliness | (string & {});
}

/** A small status pill: "Trong hạn", "Tới hạn", "Quá hạn"… coloured by severity. */
export function TimelinessBadge({ timeliness, className, ...rest }: TimelinessBadgeProps) {
  const locale = useLocale();
  const known = isKnownTimeliness(timeliness);
  return (
    <span
      {...rest}
      className={className ? `cqs-timeliness-badge ${className}` : "cqs-timeliness-badge"}
      data-timeliness={known ? timeliness : "unknown"}
    >
      {known ? TIMELINESS_LABELS[locale][timeliness] : timeliness}
    </span>
  );
}
