import type { Dossier, HistoryEntry, ProcedureCase } from "@chinhquyenso/client";
import { DOSSIER_STATUS_LABELS, type DossierAction, labelOf } from "@chinhquyenso/core";
import { type RefObject, useId } from "react";
import { RetryAlert } from "../boundary/RetryAlert";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { useTranslator } from "../i18n/useTranslator";
import { safeDateTime } from "../internal/dates";
import { ActionsView } from "../internal/dossier/ActionsView";
import { DueExplanationView } from "../internal/dossier/DueExplanationView";
import { useDueDateExplanation } from "../internal/dossier/dueExplanation";
import { dossierMessages } from "../internal/dossier/messages";
import { TimelineView } from "../internal/dossier/TimelineView";
import { useDossierActions } from "../internal/dossier/useDossierActions";
import type { HeadingLevel } from "../internal/headings";
import { TimelinessBadge } from "../internal/TimelinessBadge";
import { useLocale } from "../provider/hooks";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { useDossierDetail } from "./useDossierDetail";

type Part = "loading" | "error" | "success";

export interface DossierDetailProps {
  /** Connected mode: the dossier's code; it, its history and its procedure are loaded and kept fresh. */
  code?: string;
  /** Controlled mode: the dossier; with `history` and `cases` (each optional: a part without data says so). */
  dossier?: Dossier;
  history?: readonly HistoryEntry[];
  cases?: readonly ProcedureCase[];
  /** Reads the dossier again after a 412 (controlled mode; connected reloads through the client). */
  reload?: (code: string) => Promise<Dossier>;
  onTransitioned?: (dossier: Dossier, action: DossierAction) => void;
  /** Where the focus goes after a transition (default: the actions' outcome message). */
  focusTarget?: RefObject<HTMLElement | null>;
  /** Level of the dossier's title; the parts' headings are one level below. */
  headingLevel?: 2 | 3 | 4 | 5;
  className?: string;
}

/**
 * A dossier page in one widget: the facts (procedure, applicant, status and timeliness, intake, due date), the
 * actions, the due-date explanation and the timeline — DossierActions, DueDateExplanation and DossierTimeline
 * composed, sharing one load of the dossier.
 */
export function DossierDetail(props: DossierDetailProps) {
  const t = useTranslator(dossierMessages);
  return (
    <WidgetBoundary widget="DossierDetail" label={t("dossier.detail.widgetName")}>
      {props.dossier !== undefined ? (
        <DetailLayout {...props} dossier={props.dossier} parts={{ history: "success", cases: "success" }} />
      ) : (
        <ConnectedDetail {...props} />
      )}
    </WidgetBoundary>
  );
}

function ConnectedDetail(props: DossierDetailProps) {
  const code = props.code ?? "";
  const t = useTranslator(dossierMessages);
  const root = useWidgetRoot("cqs-dossier-detail", props.className);
  const { dossier, history, procedure, notFound } = useDossierDetail(code);
  const Heading = `h${props.headingLevel ?? 2}` as const;
  if (!dossier.data) {
    return (
      <div {...root}>
        <Heading className="cqs-dossier__title">{t("dossier.detail.title", { code })}</Heading>
        {dossier.isError ? (
          <RetryAlert
            className="cqs-dossier__problem"
            message={t(notFound ? "dossier.detail.notFound" : "dossier.detail.error", { code })}
            onRetry={notFound ? undefined : () => void dossier.refetch()}
          />
        ) : (
          <p aria-busy="true" className="cqs-dossier__muted">
            <span className="cqs-skeleton" aria-hidden="true" />
            {t("dossier.detail.title", { code })}…
          </p>
        )}
      </div>
    );
  }
  const part = (query: { isPending: boolean; isError: boolean }): Part =>
    query.isError ? "error" : query.isPending ? "loading" : "success";
  return (
    <DetailLayout
      {...props}
      dossier={dossier.data}
      history={history.data?.items}
      cases={procedure.data?.cases}
      parts={{ history: part(history), cases: part(procedure) }}
      retry={{ history: () => void history.refetch(), cases: () => void procedure.refetch() }}
    />
  );
}

interface LayoutProps extends Omit<DossierDetailProps, "history" | "cases"> {
  dossier: Dossier;
  history?: readonly HistoryEntry[] | undefined;
  cases?: readonly ProcedureCase[] | undefined;
  parts: { history: Part; cases: Part };
  retry?: { history: () => void; cases: () => void };
}

function DetailLayout({
  dossier,
  history,
  cases,
  parts,
  retry,
  reload,
  onTransitioned,
  focusTarget,
  headingLevel = 2,
  className,
}: LayoutProps) {
  const t = useTranslator(dossierMessages);
  const locale = useLocale();
  const titleId = useId();
  const root = useWidgetRoot("cqs-dossier-detail", className);
  const actions = useDossierActions({ dossier, reload, onTransitioned });
  // The freshest copy: the one a transition or a 412 reload returned, else the given one.
  const current = actions.dossier;
  const due = useDueDateExplanation({ dossier: current, cases });
  const Heading = `h${headingLevel}` as const;
  const sub = (headingLevel + 1) as HeadingLevel;
  const dueStatus: Part = current.receivedAt ? parts.cases : "success";
  return (
    <article {...root} aria-labelledby={titleId} data-status={current.status}>
      <Heading id={titleId} className="cqs-dossier__title">
        {t("dossier.detail.title", { code: current.code })}
      </Heading>
      <dl className="cqs-dossier-detail__facts">
        <div>
          <dt>{t("dossier.detail.procedure")}</dt>
          <dd>{current.procedureName}</dd>
        </div>
        <div>
          <dt>{t("dossier.detail.applicant")}</dt>
          <dd>{current.applicant?.fullName ?? t("dossier.detail.none")}</dd>
        </div>
        <div>
          <dt>{t("dossier.detail.status")}</dt>
          <dd>
            <span data-testid="dossier-status">{labelOf(DOSSIER_STATUS_LABELS, current.status, locale)}</span>{" "}
            <TimelinessBadge timeliness={current.timeliness} />
          </dd>
        </div>
        <div>
          <dt>{t("dossier.detail.received")}</dt>
          <dd>{current.receivedAt ? safeDateTime(current.receivedAt) : t("dossier.detail.none")}</dd>
        </div>
        <div>
          <dt>{t("dossier.detail.due")}</dt>
          <dd>{current.dueAt ? safeDateTime(current.dueAt) : t("dossier.detail.none")}</dd>
        </div>
      </dl>
      <div className="cqs-dossier-detail__columns">
        <ActionsView state={actions} headingLevel={sub} focusTarget={focusTarget} />
        <DueExplanationView
          result={dueStatus === "success" ? due : undefined}
          status={dueStatus}
          onRetry={retry?.cases}
          headingLevel={sub}
        />
      </div>
      <TimelineView
        history={history}
        pauses={current.pauses}
        supplementRequest={current.supplementRequest}
        status={history === undefined && parts.history === "success" ? "success" : parts.history}
        onRetry={retry?.history}
        headingLevel={sub}
      />
    </article>
  );
}
