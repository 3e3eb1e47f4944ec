import type { HTMLAttributes } from "react";
import { useLocale } from "../provider";
import { isKnownTimeliness, type KnownTimeliness, TIMELINESS_LABELS } from "./labels";

export interface TimelinessBadgeProps extends Omit<HTMLAttributes<HTMLSpanElement>, "children"> {
  /**
   * Timeliness of a dossier; an unknown value from a newer server is shown as its raw code. `null` (the
   * contract's "none": not yet received, refused, withdrawn, no due date) renders nothing.
   */
  timeliness: KnownTimeliness | (string & {}) | null | undefined;
}

/** A small status pill: "Trong hạn", "Tới hạn", "Quá hạn"… coloured by severity. */
export function TimelinessBadge({ timeliness, className, ...rest }: TimelinessBadgeProps) {
  const locale = useLocale();
  // No timeliness is a fact, not a state to guess: no badge at all (never a "within time" stand-in).
  if (typeof timeliness !== "string" || timeliness === "") return null;
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
