import { labelOf, TIMELINESS_LABELS, type Timeliness } from "@chinhquyenso/core";
import type { HTMLAttributes } from "react";
import { useLocale } from "../provider";

// A primitive shared by widgets (DossierQueue's rows) and exported on its own from ../TimelinessBadge, where its
// stories, tests, styles and rationale live.

export interface TimelinessBadgeProps extends Omit<HTMLAttributes<HTMLSpanElement>, "children"> {
  /**
   * Timeliness of a dossier; an unknown value from a newer server is shown as its raw code. `null` (the
   * contract's "none": not yet received, refused, withdrawn, no due date) renders nothing.
   */
  timeliness: Timeliness | (string & {}) | null | undefined;
}

/** A small status pill: "Trong hạn", "Tới hạn", "Quá hạn"… coloured by severity. */
export function TimelinessBadge({ timeliness, className, ...rest }: TimelinessBadgeProps) {
  const locale = useLocale();
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
