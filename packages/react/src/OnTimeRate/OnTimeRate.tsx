import { isApiError } from "@chinhquyenso/client";
import { toVietnamIso } from "@chinhquyenso/core";
import { type ReactNode, useId } from "react";
import { RetryAlert } from "../boundary/RetryAlert";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { useTranslator } from "../i18n/useTranslator";
import { PatternSwatch, StackedBar, useSvgId } from "../internal/charts";
import { safeDate } from "../internal/dates";
import type { HeadingLevel } from "../internal/headings";
import { useChinhQuyenSoSettings, useConnection } from "../provider/hooks";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { onTimeRateMessages } from "./messages";
import { type OnTimeRateRow, useOnTimeRate } from "./useOnTimeRate";
import { useTimelinessReport } from "./useTimelinessReport";

export interface OnTimeRateProps {
  /** Controlled mode: rows of the timeliness report (one per agency and period). */
  rows?: readonly OnTimeRateRow[] | undefined;
  loading?: boolean | undefined;
  /** Controlled mode: your data failed; a generic message shows (never the error's text) with `onRetry`. */
  error?: unknown;
  onRetry?: (() => void) | undefined;
  /**
   * The period (ISO dates, inclusive). Connected mode requests it (default: the first of this month to today,
   * in Vietnam time); both modes show it under the title.
   */
  from?: string | undefined;
  to?: string | undefined;
  /** Connected mode: one agency (and its children); default every agency the user may see. */
  agencyCode?: string | undefined;
  /** Connected mode: rows per month, quarter or year (default month). */
  granularity?: "month" | "quarter" | "year" | undefined;
  /** Heading text (default "Tỷ lệ giải quyết hồ sơ đúng hạn"). */
  title?: string | undefined;
  /** The per-agency/period table (a disclosure): open state, controlled or not. */
  detailsOpen?: boolean | undefined;
  defaultDetailsOpen?: boolean | undefined;
  onDetailsOpenChange?: ((open: boolean) => void) | undefined;
  headingLevel?: HeadingLevel | undefined;
  className?: string | undefined;
}

function Frame({ props, state, children }: { props: OnTimeRateProps; state: string; children: ReactNode }) {
  const t = useTranslator(onTimeRateMessages);
  const root = useWidgetRoot("cqs-on-time-rate", props.className);
  const titleId = useId();
  const Heading = `h${props.headingLevel ?? 3}` as const;
  return (
    <section
      {...root}
      aria-labelledby={titleId}
      data-state={state}
      aria-busy={state === "loading" || undefined}
    >
      <Heading id={titleId} className="cqs-on-time-rate__title">
        {props.title ?? t("onTime.title")}
      </Heading>
      {props.from && props.to ? (
        <p className="cqs-on-time-rate__range">
          {t("onTime.range", { from: safeDate(props.from), to: safeDate(props.to) })}
        </p>
      ) : null}
      {children}
    </section>
  );
}

function RateBody(props: OnTimeRateProps & { rows: readonly OnTimeRateRow[] }) {
  const t = useTranslator(onTimeRateMessages);
  const view = useOnTimeRate(props);
  const ids = useSvgId("cqs-on-time");
  return (
    <Frame props={props} state={view.isEmpty ? "empty" : "ready"}>
      {view.rateText ? <p className="cqs-on-time-rate__rate">{view.rateText}</p> : null}
      <p className="cqs-on-time-rate__of">{view.ofText}</p>
      {view.isEmpty ? null : (
        <>
          <StackedBar idPrefix={ids} segments={view.segments} height={18} />
          <ul className="cqs-chart-legend cqs-on-time-rate__legend" aria-label={t("onTime.breakdown")}>
            {view.segments.map((segment) => (
              <li key={segment.key} data-timeliness={segment.timeliness}>
                <PatternSwatch prefix={`${ids}-${segment.key}`} kind={segment.kind} tone={segment.tone} />
                {segment.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {view.details.length > 0 ? (
        <details
          className="cqs-on-time-rate__details"
          open={view.detailsOpen}
          onToggle={(event) => {
            const open = event.currentTarget.open;
            if (open !== view.detailsOpen) view.setDetailsOpen(open);
          }}
        >
          <summary>{t("onTime.details", { count: view.details.length })}</summary>
          <div className="cqs-on-time-rate__scroll">
            <table className="cqs-data-table">
              <caption className="cqs-visually-hidden">{t("onTime.tableCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("onTime.agency")}</th>
                  <th scope="col">{t("onTime.period")}</th>
                  <th scope="col">{t("onTime.finished")}</th>
                  <th scope="col">{view.labels.early}</th>
                  <th scope="col">{view.labels.onTime}</th>
                  <th scope="col">{view.labels.late}</th>
                  <th scope="col">{t("onTime.rate")}</th>
                </tr>
              </thead>
              <tbody>
                {view.details.map((row, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional; agency + period may repeat in bad data
                  <tr key={index}>
                    <th scope="row">{row.agency}</th>
                    <td>{row.period}</td>
                    <td>{row.finished}</td>
                    <td>{row.early}</td>
                    <td>{row.onTime}</td>
                    <td>{row.late}</td>
                    <td>{row.rate}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </Frame>
  );
}

function RateLoading(props: OnTimeRateProps) {
  const t = useTranslator(onTimeRateMessages);
  return (
    <Frame props={props} state="loading">
      <span className="cqs-visually-hidden" role="status">
        {t("onTime.loading")}
      </span>
      <span className="cqs-skeleton cqs-on-time-rate__skeleton-rate" />
      <span className="cqs-skeleton cqs-on-time-rate__skeleton-bar" />
    </Frame>
  );
}

function RateProblem({ message, onRetry, ...props }: OnTimeRateProps & { message: string }) {
  return (
    <Frame props={props} state="error">
      <RetryAlert
        className="cqs-on-time-rate__problem"
        message={message}
        onRetry={onRetry}
        error={props.error}
      />
    </Frame>
  );
}

function ConnectedRate(props: OnTimeRateProps) {
  useConnection("OnTimeRate");
  const { now } = useChinhQuyenSoSettings();
  const t = useTranslator(onTimeRateMessages);
  const today = toVietnamIso(now()).slice(0, 10);
  const from = props.from ?? `${today.slice(0, 8)}01`;
  const to = props.to ?? today;
  const report = useTimelinessReport({
    from,
    to,
    ...(props.granularity ? { granularity: props.granularity } : {}),
    ...(props.agencyCode ? { agencyCode: props.agencyCode } : {}),
  });
  const shown = { ...props, from, to };
  const data = report.data;
  if (data === undefined && !report.isError) return <RateLoading {...shown} />;
  if (data === undefined) {
    const error = report.error;
    if (isApiError(error, "reports.timeliness") && error.status === 403)
      return <RateProblem {...shown} message={t("onTime.forbidden")} />;
    if (isApiError(error, "reports.timeliness") && error.status === 400)
      return <RateProblem {...shown} message={t("onTime.invalid")} />;
    return <RateProblem {...shown} message={t("onTime.error")} onRetry={() => void report.refetch()} />;
  }
  return <RateBody {...shown} rows={data.rows} />;
}

function OnTimeRateInner(props: OnTimeRateProps) {
  const t = useTranslator(onTimeRateMessages);
  if (props.loading) return <RateLoading {...props} />;
  if (props.error) return <RateProblem {...props} message={t("onTime.error")} onRetry={props.onRetry} />;
  if (props.rows) return <RateBody {...props} rows={props.rows} />;
  return <ConnectedRate {...props} />;
}

/**
 * The on-time rate — (early + on time) / finished — with the early / on time / late breakdown (patterned bar
 * and counts) and a per-agency, per-period table. Controlled (`rows`) or connected (the reports endpoint).
 */
export function OnTimeRate(props: OnTimeRateProps) {
  const t = useTranslator(onTimeRateMessages);
  return (
    <WidgetBoundary widget="OnTimeRate" label={t("onTime.name")}>
      <OnTimeRateInner {...props} />
    </WidgetBoundary>
  );
}
