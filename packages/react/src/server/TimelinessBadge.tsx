import { timelinessBadge } from "../TimelinessBadge/badgeMarkup";
import type { TimelinessBadgeProps } from "../TimelinessBadge/TimelinessBadge";
import type { ServerWidgetSettings } from "./settings";

export interface ServerTimelinessBadgeProps extends TimelinessBadgeProps {
  /** Language of the label; Vietnamese by default (there is no provider on the server). */
  locale?: ServerWidgetSettings["locale"];
}

/**
 * The timeliness pill as a server component: the same markup as the client `TimelinessBadge`, no JavaScript sent
 * to the browser. `locale` replaces the provider's.
 */
export function TimelinessBadge({ locale = "vi", ...props }: ServerTimelinessBadgeProps) {
  return timelinessBadge(props, locale);
}
