import { isApiError } from "@chinhquyenso/client";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { RetryAlert } from "../boundary/RetryAlert";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { useTranslator } from "../i18n/useTranslator";
import { chartMessages, type Polarity, SeriesChart, useElementWidth } from "../internal/charts";
import type { HeadingLevel } from "../internal/headings";
import { type IndicatorPoint, polarityOf, useIndicatorSeries } from "../internal/indicators";
import { useConnection } from "../provider/hooks";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { indicatorTrendMessages } from "./messages";
import { type TrendView, useIndicatorTrend } from "./useIndicatorTrend";

/** A series as the chart needs it; the client's `IndicatorSeries` fits as is. */
export interface TrendSeries {
  unit: string;
  points: readonly IndicatorPoint[];
  /** The indicator's `direction` (whether up is good), used when the `polarity` prop is not given. */
  direction?: string | undefined;
}

export interface IndicatorTrendProps {
  /** Controlled mode: the series to draw (oldest first). */
  series?: TrendSeries | undefined;
  /** The indicator's name (chart label, table caption); connected mode looks it up when absent. */
  title?: string | undefined;
  loading?: boolean | undefined;
  /** Controlled mode: your data failed; a generic message shows (never the error's text) with `onRetry`. */
  error?: unknown;
  onRetry?: (() => void) | undefined;
  /** Connected mode: the indicator's code, and optionally the first and last period (`2025-01`, `2025-Q1`, `2025`). */
  code?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Whether up is good; by default the indicator's `direction` (neutral when absent or unknown). */
  polarity?: Polarity | undefined;
  /** Chart or data table (controlled); `defaultView` for uncontrolled, "chart" by default. */
  view?: TrendView | undefined;
  defaultView?: TrendView | undefined;
  onViewChange?: ((view: TrendView) => void) | undefined;
  /** The point whose tooltip shows (controlled); `null` for none. */
  activeIndex?: number | null | undefined;
  defaultActiveIndex?: number | null | undefined;
  onActiveIndexChange?: ((index: number | null) => void) | undefined;
  /** Chart height in px (default 240); the width follows the container. */
  height?: number | undefined;
  headingLevel?: HeadingLevel | undefined;
  className?: string | undefined;
}

/** Width drawn on the server and before the first measurement. */
const DEFAULT_WIDTH = 640;

function TrendBody(props: IndicatorTrendProps & { series: TrendSeries; title: string }) {
  const t = useTranslator(indicatorTrendMessages);
  const tc = useTranslator(chartMessages);
  const root = useWidgetRoot("cqs-indicator-trend", props.className);
  const trend = useIndicatorTrend({
    ...props,
    points: props.series.points,
    unit: props.series.unit,
    polarity: props.polarity ?? polarityOf(props.series.direction),
  });
  const [width, frame] = useElementWidth(DEFAULT_WIDTH);
  const titleId = useId();
  const summaryId = useId();
  const keysId = useId();
  const Heading = `h${props.headingLevel ?? 3}` as const;
  return (
    <section
      {...root}
      aria-labelledby={titleId}
      data-view={trend.view}
      data-empty={trend.isEmpty || undefined}
    >
      <Heading id={titleId} className="cqs-indicator-trend__title">
        {props.title}
      </Heading>
      {trend.isEmpty ? (
        <p className="cqs-indicator-trend__empty">{t("trend.empty")}</p>
      ) : (
        <>
          <p id={summaryId} className="cqs-indicator-trend__summary">
            {trend.summary}
          </p>
          {/* A two-state toggle, not tabs: one button, no roving focus to manage (and 9 kB less than Radix Tabs). */}
          <button
            type="button"
            className="cqs-button cqs-indicator-trend__toggle"
            aria-pressed={trend.view === "table"}
            onClick={() => trend.setView(trend.view === "table" ? "chart" : "table")}
          >
            {t("trend.table")}
          </button>
          {trend.view === "chart" ? (
            <div className="cqs-indicator-trend__panel">
              <div ref={frame} className="cqs-indicator-trend__frame">
                <SeriesChart
                  {...trend.chartProps}
                  // Focusable: the chart is operated with the arrow keys.
                  tabIndex={0}
                  role="group"
                  aria-label={t("trend.chartLabel", { title: props.title })}
                  aria-describedby={`${summaryId} ${keysId}`}
                  points={trend.points}
                  width={width}
                  height={props.height ?? 240}
                  activeIndex={trend.activeIndex}
                  formatValue={trend.formatValue}
                  formatAxisPeriod={trend.formatAxisPeriod}
                  describePoint={trend.describePoint}
                  onPointerIndex={trend.onPointerIndex}
                />
              </div>
              <p id={keysId} className="cqs-visually-hidden">
                {t("trend.keys")}
              </p>
              <p className="cqs-visually-hidden" aria-live="polite">
                {trend.announcement}
              </p>
              <Legend
                unit={props.series.unit}
                hasTarget={trend.points.some((point) => point.target !== null)}
              />
            </div>
          ) : (
            <div className="cqs-indicator-trend__panel">
              <table className="cqs-data-table">
                <caption>{t("trend.tableCaption", { title: props.title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{tc("chart.period")}</th>
                    <th scope="col">{t("trend.legendValue", { unit: props.series.unit })}</th>
                    <th scope="col">{tc("chart.target")}</th>
                    <th scope="col">{t("trend.change")}</th>
                  </tr>
                </thead>
                <tbody>
                  {trend.rows.map((row, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: one row per position; periods may repeat in bad data
                    <tr key={index}>
                      <th scope="row">{row.periodText}</th>
                      <td>{row.valueText}</td>
                      <td>{row.targetText}</td>
                      <td>{row.changeText}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function Legend({ unit, hasTarget }: { unit: string; hasTarget: boolean }) {
  const t = useTranslator(indicatorTrendMessages);
  const tc = useTranslator(chartMessages);
  return (
    <ul className="cqs-chart-legend">
      <li>
        <svg width={24} height={10} aria-hidden="true" focusable="false">
          <line className="cqs-chart__line" x1={1} x2={23} y1={5} y2={5} />
          <circle className="cqs-chart__point" cx={12} cy={5} r={3} />
        </svg>
        {t("trend.legendValue", { unit })}
      </li>
      {hasTarget ? (
        <li>
          <svg width={24} height={10} aria-hidden="true" focusable="false">
            <line className="cqs-chart__target" x1={1} x2={23} y1={5} y2={5} />
          </svg>
          {tc("chart.target")}
        </li>
      ) : null}
    </ul>
  );
}

function TrendLoading({ className }: { className?: string | undefined }) {
  const t = useTranslator(indicatorTrendMessages);
  const root = useWidgetRoot("cqs-indicator-trend", className);
  return (
    <section {...root} data-state="loading" aria-busy="true">
      <span className="cqs-visually-hidden" role="status">
        {t("trend.loading")}
      </span>
      <span className="cqs-skeleton cqs-indicator-trend__skeleton-title" />
      <span className="cqs-skeleton cqs-indicator-trend__skeleton-chart" />
    </section>
  );
}

function TrendProblem({
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
  const root = useWidgetRoot("cqs-indicator-trend", className);
  return (
    <section {...root} data-state={state}>
      <RetryAlert
        className="cqs-indicator-trend__problem"
        message={message}
        onRetry={onRetry}
        error={error}
      />
    </section>
  );
}

function ConnectedTrend({ code, from, to, ...props }: IndicatorTrendProps & { code: string }) {
  const { queries, queryClient } = useConnection("IndicatorTrend");
  const t = useTranslator(indicatorTrendMessages);
  const params = from || to ? { ...(from ? { from } : {}), ...(to ? { to } : {}) } : undefined;
  const series = useIndicatorSeries(code, params);
  // The indicator (its name, its direction) is only fetched when the caller did not give a title or a
  // polarity; the list is shared with IndicatorCard.
  const list = useQuery(
    {
      ...queries.indicators.list(undefined),
      enabled: props.title === undefined || props.polarity === undefined,
    },
    queryClient,
  );
  const data = series.data;
  if (data === undefined && !series.isError) return <TrendLoading className={props.className} />;
  if (data === undefined) {
    const error = series.error;
    if (isApiError(error, "indicators.series") && error.status === 404)
      return (
        <TrendProblem className={props.className} state="not-found" message={t("trend.notFound", { code })} />
      );
    if (isApiError(error, "indicators.series") && error.status === 400)
      return <TrendProblem className={props.className} state="error" message={t("trend.invalidPeriod")} />;
    return (
      <TrendProblem
        className={props.className}
        state="error"
        message={t("trend.error")}
        onRetry={() => void series.refetch()}
        error={error}
      />
    );
  }
  const indicator = list.data?.items.find((item) => item.code === code);
  const title = props.title ?? indicator?.name ?? code;
  return <TrendBody {...props} series={{ ...data, direction: indicator?.direction }} title={title} />;
}

function IndicatorTrendInner(props: IndicatorTrendProps) {
  const t = useTranslator(indicatorTrendMessages);
  if (props.loading) return <TrendLoading className={props.className} />;
  if (props.error)
    return (
      <TrendProblem
        className={props.className}
        state="error"
        message={t("trend.error")}
        onRetry={props.onRetry}
        error={props.error}
      />
    );
  if (props.series) return <TrendBody {...props} series={props.series} title={props.title ?? ""} />;
  if (props.code) return <ConnectedTrend {...props} code={props.code} />;
  throw new Error("IndicatorTrend: pass `series` (controlled mode) or `code` (connected mode).");
}

/**
 * A time series with its target: a line chart whose points are reachable by keyboard (←/→, Home/End) and by
 * pointer, a text summary, and a data table as the equivalent view. Controlled (`series`) or connected (`code`).
 */
export function IndicatorTrend(props: IndicatorTrendProps) {
  const t = useTranslator(indicatorTrendMessages);
  return (
    <WidgetBoundary widget="IndicatorTrend" label={t("trend.name")}>
      <IndicatorTrendInner {...props} />
    </WidgetBoundary>
  );
}
