import { labelOf, TIMELINESS_LABELS, type Timeliness } from "@chinhquyenso/core";
import type { HTMLAttributes } from "react";
import type { Locale } from "../provider/context";

export interface TimelinessBadgeProps extends Omit<HTMLAttributes<HTMLSpanElement>, "children"> {
  /**
   * Timeliness of a dossier; an unknown value from a newer server is shown as its raw code. `null` (the
   * contract's "none": not yet received, refused, withdrawn, no due date) renders nothing.
   */
  timeliness: Timeliness | (string & {}) | null | undefined;
}

/**
 * The badge's markup for a locale, without hooks: the client widget (./TimelinessBadge.tsx) and the server
 * component (../server/TimelinessBadge.tsx) render it. Labels are core's.
 */
export function timelinessBadge({ timeliness, className, ...rest }: TimelinessBadgeProps, locale: Locale) {
  // No timeliness is a fact, not a state to guess: no badge at all (never a "within time" stand-in).
  if (typeof timeliness !== "string" || timeliness === "") return null;
  return (
    <span
      {...rest}
      className={className ? `cqs-timeliness-badge ${className}` : "cqs-timeliness-badge"}
      data-timeliness={Object.hasOwn(TIMELINESS_LABELS, timeliness) ? timeliness : "unknown"}
    >
      {labelOf(TIMELINESS_LABELS, timeliness, locale)}
    </span>
  );
}
