import { useId } from "react";
import { RetryAlert } from "../boundary/RetryAlert";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { useTranslator } from "../i18n/useTranslator";
import { type Polarity, Sparkline } from "../internal/charts";
import type { HeadingLevel } from "../internal/headings";
import {
  type IndicatorData,
  type IndicatorPoint,
  useIndicatorSeries,
  useIndicators,
} from "../internal/indicators";
import { useConnection } from "../provider/hooks";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { indicatorCardMessages } from "./messages";
import { useIndicatorCard } from "./useIndicatorCard";

export interface IndicatorCardProps {
  /** Controlled mode: the indicator to show (no client needed). */
  indicator?: IndicatorData | undefined;
  /** Controlled mode: its series, oldest first, for the sparkline and the previous period. */
  points?: readonly IndicatorPoint[] | undefined;
  /** Controlled mode: the previous period's value when `points` do not carry it. */
  previousValue?: number | null | undefined;
  /** Controlled mode: your data is loading (a skeleton shows). */
  loading?: boolean | undefined;
  /** Controlled mode: your data failed; a generic message shows (never the error's text) with `onRetry`. */
  error?: unknown;
  onRetry?: (() => void) | undefined;
  /** Connected mode: the indicator's code; the card loads it and its series through the provider's client. */
  code?: string | undefined;
  /** Connected mode: narrows the indicator list request to one IOC field. */
  fieldCode?: string | undefined;
  /** Whether up is good; by default the indicator's `direction` (neutral when absent or unknown). */
  polarity?: Polarity | undefined;
  /** Periods in the sparkline (default 12). */
  sparklinePeriods?: number | undefined;
  /** Level of the indicator's name heading (default 3). */
  headingLevel?: HeadingLevel | undefined;
  className?: string | undefined;
}

const ARROWS = { up: "▲", down: "▼", flat: "▬" } as const;

interface CardBodyProps extends IndicatorCardProps {
  indicator: IndicatorData;
}

function CardBody({ indicator, points, previousValue, polarity, sparklinePeriods, ...props }: CardBodyProps) {
  const view = useIndicatorCard({ indicator, points, previousValue, polarity, sparklinePeriods });
  const root = useWidgetRoot("cqs-indicator-card", props.className);
  const titleId = useId();
  const Heading = `h${props.headingLevel ?? 3}` as const;
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

function CardLoading({ className }: { className?: string | undefined }) {
  const t = useTranslator(indicatorCardMessages);
  const root = useWidgetRoot("cqs-indicator-card", className);
  return (
    <article {...root} data-state="loading" aria-busy="true">
      <span className="cqs-visually-hidden" role="status">
        {t("indicatorCard.loading")}
      </span>
      <span className="cqs-skeleton cqs-indicator-card__skeleton-title" />
      <span className="cqs-skeleton cqs-indicator-card__skeleton-value" />
      <span className="cqs-skeleton cqs-indicator-card__skeleton-line" />
      <span className="cqs-skeleton cqs-indicator-card__skeleton-line" />
    </article>
  );
}

function CardProblem({
  className,
  message,
  onRetry,
  state,
}: {
  className?: string | undefined;
  message: string;
  onRetry?: (() => void) | undefined;
  state: "error" | "not-found";
}) {
  const root = useWidgetRoot("cqs-indicator-card", className);
  return (
    <article {...root} data-state={state}>
      <RetryAlert className="cqs-indicator-card__problem" message={message} onRetry={onRetry} />
    </article>
  );
}

function ConnectedCard({ code, fieldCode, ...props }: IndicatorCardProps & { code: string }) {
  useConnection("IndicatorCard");
  const t = useTranslator(indicatorCardMessages);
  const list = useIndicators(fieldCode ? { fieldCode } : undefined);
  const series = useIndicatorSeries(code);
  // A failed background refetch keeps the figures already shown; only a first load can fail the card.
  const items = list.data?.items;
  if (items === undefined && !list.isError) return <CardLoading className={props.className} />;
  if (items === undefined) {
    const retry = () => {
      void list.refetch();
      void series.refetch();
    };
    return (
      <CardProblem
        className={props.className}
        state="error"
        message={t("indicatorCard.error")}
        onRetry={retry}
      />
    );
  }
  const indicator = items.find((item) => item.code === code);
  if (!indicator) {
    return (
      <CardProblem
        className={props.className}
        state="not-found"
        message={t("indicatorCard.notFound", { code })}
      />
    );
  }
  // A series that fails only costs the sparkline and the change; the figure itself still shows.
  return <CardBody {...props} indicator={indicator} points={series.data?.points} />;
}

function IndicatorCardInner(props: IndicatorCardProps) {
  const t = useTranslator(indicatorCardMessages);
  if (props.loading) return <CardLoading className={props.className} />;
  if (props.error) {
    return (
      <CardProblem
        className={props.className}
        state="error"
        message={t("indicatorCard.error")}
        onRetry={props.onRetry}
      />
    );
  }
  if (props.indicator) return <CardBody {...props} indicator={props.indicator} />;
  if (props.code) return <ConnectedCard {...props} code={props.code} />;
  throw new Error("IndicatorCard: pass `indicator` (controlled mode) or `code` (connected mode).");
}

/**
 * One IOC indicator: value with unit, period, change since the previous period (arrow, sign and words), target,
 * sparkline, update time and source. Controlled (`indicator`, `points`) or connected (`code`).
 */
export function IndicatorCard(props: IndicatorCardProps) {
  const t = useTranslator(indicatorCardMessages);
  return (
    <WidgetBoundary widget="IndicatorCard" label={t("indicatorCard.name")}>
      <IndicatorCardInner {...props} />
    </WidgetBoundary>
  );
}
