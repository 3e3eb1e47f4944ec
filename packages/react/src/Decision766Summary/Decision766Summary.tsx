import { isApiError } from "@chinhquyenso/client";
import { toVietnamIso } from "@chinhquyenso/core";
import { type ReactNode, useId } from "react";
import { RetryAlert } from "../boundary/RetryAlert";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { useTranslator } from "../i18n/useTranslator";
import type { HeadingLevel } from "../internal/headings";
import { useChinhQuyenSoSettings, useConnection } from "../provider/hooks";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { decision766Messages } from "./messages";
import { useDecision766Report } from "./useDecision766Report";
import { type Decision766Data, useDecision766Summary } from "./useDecision766Summary";

export interface Decision766SummaryProps {
  /** Controlled mode: the report (groups with score and maximum, totals). */
  report?: Decision766Data | undefined;
  loading?: boolean | undefined;
  /** Controlled mode: your data failed; a generic message shows (never the error's text) with `onRetry`. */
  error?: unknown;
  onRetry?: (() => void) | undefined;
  /** Connected mode: the agency whose scores to load. */
  agencyCode?: string | undefined;
  /** Connected mode: the year (default: this year in Vietnam) and optionally a quarter (1–4). */
  year?: number | undefined;
  quarter?: number | undefined;
  /** Shown under the title, e.g. the agency's name. */
  subtitle?: string | undefined;
  title?: string | undefined;
  headingLevel?: HeadingLevel | undefined;
  className?: string | undefined;
}

function Frame({
  props,
  state,
  children,
}: {
  props: Decision766SummaryProps;
  state: string;
  children: ReactNode;
}) {
  const t = useTranslator(decision766Messages);
  const root = useWidgetRoot("cqs-decision-766", props.className);
  const titleId = useId();
  const Heading = `h${props.headingLevel ?? 3}` as const;
  return (
    <section
      {...root}
      aria-labelledby={titleId}
      data-state={state}
      aria-busy={state === "loading" || undefined}
    >
      <Heading id={titleId} className="cqs-decision-766__title">
        {props.title ?? t("d766.title")}
      </Heading>
      {props.subtitle ? <p className="cqs-decision-766__subtitle">{props.subtitle}</p> : null}
      {children}
    </section>
  );
}

function Bar({ ratio }: { ratio: number | null }) {
  return (
    <svg className="cqs-decision-766__bar" width="100%" height={8} aria-hidden="true" focusable="false">
      <rect className="cqs-chart__track" width="100%" height={8} rx={4} />
      {ratio !== null && ratio > 0 ? (
        <rect className="cqs-chart__fill--bar" width={`${ratio * 100}%`} height={8} rx={4} />
      ) : null}
    </svg>
  );
}

function SummaryBody(props: Decision766SummaryProps & { report: Decision766Data }) {
  const t = useTranslator(decision766Messages);
  const view = useDecision766Summary(props.report);
  if (view.isEmpty) {
    return (
      <Frame props={props} state="empty">
        {view.periodText ? <p className="cqs-decision-766__period">{view.periodText}</p> : null}
        <p className="cqs-decision-766__empty">{t("d766.empty")}</p>
      </Frame>
    );
  }
  return (
    <Frame props={props} state="ready">
      {view.periodText ? <p className="cqs-decision-766__period">{view.periodText}</p> : null}
      <p className="cqs-decision-766__total">{view.totalText}</p>
      <Bar ratio={view.totalRatio} />
      {/* A data table may scroll in its own box when a narrow card (320 px, 200 % text) cannot hold it (WCAG
          1.4.10 allows it); focusable and named so that keyboard users can scroll it too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll container must be reachable by keyboard */}
      <section className="cqs-decision-766__scroll" aria-label={t("d766.caption")} tabIndex={0}>
        <table className="cqs-data-table cqs-decision-766__table">
          <caption className="cqs-visually-hidden">{t("d766.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("d766.group")}</th>
              <th scope="col">{t("d766.score")}</th>
              <th scope="col">{t("d766.max")}</th>
              <th scope="col">{t("d766.share")}</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr
                key={row.group}
                data-group={row.known ? row.group : "unknown"}
                data-missing={row.score === null || undefined}
              >
                <th scope="row">
                  <span className="cqs-decision-766__label">{row.label}</span>
                  <Bar ratio={row.ratio} />
                </th>
                <td>{row.scoreText}</td>
                <td>{row.maxText}</td>
                <td>{row.shareText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Frame>
  );
}

function SummaryLoading(props: Decision766SummaryProps) {
  const t = useTranslator(decision766Messages);
  return (
    <Frame props={props} state="loading">
      <span className="cqs-visually-hidden" role="status">
        {t("d766.loading")}
      </span>
      {[0, 1, 2, 3, 4, 5].map((line) => (
        <span key={line} className="cqs-skeleton cqs-decision-766__skeleton" />
      ))}
    </Frame>
  );
}

function SummaryProblem({ message, onRetry, ...props }: Decision766SummaryProps & { message: string }) {
  return (
    <Frame props={props} state="error">
      <RetryAlert
        className="cqs-decision-766__problem"
        message={message}
        onRetry={onRetry}
        error={props.error}
      />
    </Frame>
  );
}

function ConnectedSummary(props: Decision766SummaryProps & { agencyCode: string }) {
  useConnection("Decision766Summary");
  const { now } = useChinhQuyenSoSettings();
  const t = useTranslator(decision766Messages);
  const year = props.year ?? Number(toVietnamIso(now()).slice(0, 4));
  const report = useDecision766Report({
    agencyCode: props.agencyCode,
    year,
    ...(props.quarter ? { quarter: props.quarter } : {}),
  });
  const data = report.data;
  if (data === undefined && !report.isError) return <SummaryLoading {...props} />;
  if (data === undefined) {
    const error = report.error;
    const status = isApiError(error, "reports.decision766") ? error.status : undefined;
    // 404: the platform has no scores for this agency and period (e.g. a quarter that has not begun).
    if (status === 404)
      return <SummaryBody {...props} report={{ year, quarter: props.quarter ?? null, groups: [] }} />;
    if (status === 403) return <SummaryProblem {...props} message={t("d766.forbidden")} />;
    if (status === 400) return <SummaryProblem {...props} message={t("d766.invalid")} />;
    return <SummaryProblem {...props} message={t("d766.error")} onRetry={() => void report.refetch()} />;
  }
  return <SummaryBody {...props} report={data} />;
}

function Decision766SummaryInner(props: Decision766SummaryProps) {
  const t = useTranslator(decision766Messages);
  if (props.loading) return <SummaryLoading {...props} />;
  if (props.error) return <SummaryProblem {...props} message={t("d766.error")} onRetry={props.onRetry} />;
  if (props.report) return <SummaryBody {...props} report={props.report} />;
  if (props.agencyCode) return <ConnectedSummary {...props} agencyCode={props.agencyCode} />;
  throw new Error("Decision766Summary: pass `report` (controlled mode) or `agencyCode` (connected mode).");
}

/**
 * The five groups of Decision 766/QĐ-TTg for an agency and period: score against maximum per group (compact
 * bars inside a table), total, labels from core. Controlled (`report`) or connected (`agencyCode`, `year`).
 */
export function Decision766Summary(props: Decision766SummaryProps) {
  const t = useTranslator(decision766Messages);
  return (
    <WidgetBoundary widget="Decision766Summary" label={t("d766.name")}>
      <Decision766SummaryInner {...props} />
    </WidgetBoundary>
  );
}
