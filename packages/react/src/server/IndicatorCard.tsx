import { useId } from "react";
import { chartMessages } from "../charts/messages";
import { cardArticle, cardSkeleton } from "../IndicatorCard/cardMarkup";
import type { IndicatorCardProps } from "../IndicatorCard/IndicatorCard";
import { indicatorCardMessages } from "../IndicatorCard/messages";
import { indicatorCardView } from "../IndicatorCard/useIndicatorCard";
import { createTranslator } from "../i18n/translator";
import { widgetRootProps } from "../theme/useWidgetRoot";
import type { ServerWidgetSettings } from "./settings";

/** The controlled card's props (no `code`: loading is yours, on the server), plus the provider's settings. */
export interface ServerIndicatorCardProps
  extends Omit<IndicatorCardProps, "code" | "fieldCode" | "onRetry">,
    ServerWidgetSettings {}

/**
 * One IOC indicator as a server component, from data you loaded on the server: the same markup as the client
 * `IndicatorCard` in controlled mode, no JavaScript sent to the browser. A failure shows the generic message
 * without a retry button (a retry needs the client widget).
 */
export function IndicatorCard({ locale = "vi", messages, theme, ...props }: ServerIndicatorCardProps) {
  const titleId = useId();
  const t = createTranslator(indicatorCardMessages, locale, messages);
  const root = widgetRootProps("cqs-indicator-card", props.className, theme);
  if (props.loading) return cardSkeleton(root, t("indicatorCard.loading"));
  if (props.error) {
    return (
      <article {...root} data-state="error">
        <div role="alert" className="cqs-indicator-card__problem">
          <p>{t("indicatorCard.error")}</p>
        </div>
      </article>
    );
  }
  if (!props.indicator) {
    throw new Error(
      "IndicatorCard (@chinhquyenso/react/server): pass `indicator` (data loaded on the server). To load it by `code`, render the client IndicatorCard from @chinhquyenso/react.",
    );
  }
  const view = indicatorCardView(
    { ...props, indicator: props.indicator },
    locale,
    t,
    createTranslator(chartMessages, locale, messages),
  );
  return cardArticle(view, root, titleId, props.headingLevel);
}
