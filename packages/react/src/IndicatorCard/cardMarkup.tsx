// The card's markup without hooks: the client widget and the server component (@chinhquyenso/react/server)
// render the same elements.
import { Sparkline } from "../charts/Sparkline";
import type { WidgetRootProps } from "../theme/useWidgetRoot";
import type { IndicatorCardView } from "./useIndicatorCard";

const ARROWS = { up: "▲", down: "▼", flat: "▬" } as const;

export function cardArticle(
  view: IndicatorCardView,
  root: WidgetRootProps,
  titleId: string,
  headingLevel: 2 | 3 | 4 | 5 | 6 | undefined,
) {
  const Heading = `h${headingLevel ?? 3}` as const;
  return (
    <article
      {...root}
      aria-labelledby={titleId}
      data-state={view.status}
      data-direction={view.change?.direction}
      data-sentiment={view.change?.sentiment}
      data-target={
        view.standing?.met === null || !view.standing ? undefined : view.standing.met ? "met" : "missed"
      }
    >
      <Heading id={titleId} className="cqs-indicator-card__name">
        {view.name}
      </Heading>
      {view.periodText ? <p className="cqs-indicator-card__period">{view.periodText}</p> : null}
      <p className="cqs-indicator-card__value">{view.valueText}</p>
      {view.change && view.changeShort ? (
        <p className="cqs-indicator-card__change">
          <span
            className="cqs-delta"
            aria-hidden="true"
            data-direction={view.change.direction}
            data-sentiment={view.change.sentiment}
          >
            {ARROWS[view.change.direction]} {view.changeShort}
          </span>
        </p>
      ) : null}
      {view.status === "ready" && view.summary ? (
        <p className="cqs-indicator-card__summary">{view.summary}</p>
      ) : null}
      {view.targetText ? <p className="cqs-indicator-card__target">{view.targetText}</p> : null}
      {view.sparkline.values.length > 1 ? (
        <Sparkline
          className="cqs-indicator-card__sparkline"
          values={view.sparkline.values}
          target={view.sparkline.target}
          width={160}
          height={36}
        />
      ) : null}
      <p className="cqs-indicator-card__meta">
        {view.updatedText ? <span>{view.updatedText}</span> : null}
        <span>{view.sourceText}</span>
      </p>
    </article>
  );
}

export function cardSkeleton(root: WidgetRootProps, loadingText: string) {
  return (
    <article {...root} data-state="loading" aria-busy="true">
      <span className="cqs-visually-hidden" role="status">
        {loadingText}
      </span>
      <span className="cqs-skeleton cqs-indicator-card__skeleton-title" />
      <span className="cqs-skeleton cqs-indicator-card__skeleton-value" />
      <span className="cqs-skeleton cqs-indicator-card__skeleton-line" />
      <span className="cqs-skeleton cqs-indicator-card__skeleton-line" />
    </article>
  );
}
