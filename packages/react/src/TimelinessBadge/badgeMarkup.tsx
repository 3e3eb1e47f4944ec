import type { Locale } from "../provider/context";
import { isKnownTimeliness, TIMELINESS_LABELS } from "./labels";
import type { TimelinessBadgeProps } from "./TimelinessBadge";

/** The badge's markup for a locale, without hooks: the client widget and the server component both render it. */
export function timelinessBadge({ timeliness, className, ...rest }: TimelinessBadgeProps, locale: Locale) {
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
