import { useId } from "react";
import { RetryAlert } from "../boundary/RetryAlert";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { useTranslator } from "../i18n/useTranslator";
import type { Polarity } from "../internal/charts";
import type { HeadingLevel } from "../internal/headings";
import {
  type IndicatorData,
  type IndicatorPoint,
  useIndicatorSeries,
  useIndicators,
} from "../internal/indicators";
import { useConnection } from "../provider/hooks";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { cardArticle, cardSkeleton } from "./cardMarkup";
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

interface CardBodyProps extends IndicatorCardProps {
  indicator: IndicatorData;
}

function CardBody({ indicator, points, previousValue, polarity, sparklinePeriods, ...props }: CardBodyProps) {
  const view = useIndicatorCard({ indicator, points, previousValue, polarity, sparklinePeriods });
  const root = useWidgetRoot("cqs-indicator-card", props.className);
  return cardArticle(view, root, useId(), props.headingLevel);
}

function CardLoading({ className }: { className?: string | undefined }) {
  const t = useTranslator(indicatorCardMessages);
  return cardSkeleton(useWidgetRoot("cqs-indicator-card", className), t("indicatorCard.loading"));
}

function CardProblem({
  className,
  message,
  onRetry,
  state,
  error,
}: {
  className?: string | undefined;
  message: string;
  onRetry?: (() => void) | undefined;
  state: "error" | "not-found";
  /** What failed: a 403 or 404 shows its designed state. */
  error?: unknown;
}) {
  const root = useWidgetRoot("cqs-indicator-card", className);
  return (
    <article {...root} data-state={state}>
      <RetryAlert className="cqs-indicator-card__problem" message={message} onRetry={onRetry} error={error} />
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
        error={list.error}
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
        error={props.error}
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
