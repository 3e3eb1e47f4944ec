import type { ProcedureCase } from "@chinhquyenso/client";
import type { Duration } from "@chinhquyenso/core";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { useTranslator } from "../i18n/useTranslator";
import { DueExplanationView } from "../internal/dossier/DueExplanationView";
import { type DueExplanationDossier, useDueDateExplanation } from "../internal/dossier/dueExplanation";
import { dossierMessages } from "../internal/dossier/messages";
import { useDossierQuery, useProcedureQuery } from "../internal/dossier/queries";
import type { HeadingLevel } from "../internal/headings";
import { useWidgetRoot } from "../theme/useWidgetRoot";

export interface DueDateExplanationProps {
  /** Connected mode: the dossier (`dossiers.get`) and its procedure's cases (`procedures.get`) are loaded. */
  code?: string;
  /** Controlled mode: the dossier (`receivedAt`, `dueAt`, `pauses`, `caseName`). */
  dossier?: DueExplanationDossier;
  /** Controlled mode: the procedure's cases; the dossier's `caseName` picks the processing time. */
  cases?: readonly ProcedureCase[];
  /** The processing time, when known better than the cases (wins over them). */
  duration?: Duration;
  headingLevel?: HeadingLevel;
  className?: string;
}

/**
 * Why the dossier is due when it is: core's steps (`explainDueDate`) in the provider's language — intake and the
 * start of counting, the processing time, each day off skipped and why, each pause of the clock, the due date —
 * with "dự kiến" when it depends on a year without an official holiday notice, and a note when the platform's
 * due date differs.
 */
export function DueDateExplanation(props: DueDateExplanationProps) {
  const t = useTranslator(dossierMessages);
  return (
    <WidgetBoundary widget="DueDateExplanation" label={t("dossier.due.widgetName")}>
      {props.dossier !== undefined ? (
        <ControlledExplanation {...props} />
      ) : (
        <ConnectedExplanation {...props} />
      )}
    </WidgetBoundary>
  );
}

function ControlledExplanation({
  dossier,
  cases,
  duration,
  headingLevel,
  className,
}: DueDateExplanationProps) {
  const result = useDueDateExplanation({ dossier: dossier as DueExplanationDossier, cases, duration });
  return (
    <div {...useWidgetRoot("cqs-due-explanation-root", className)}>
      <DueExplanationView result={result} status="success" headingLevel={headingLevel} />
    </div>
  );
}

const NOT_LOADED: DueExplanationDossier = { receivedAt: null, dueAt: null, pauses: [] };

function ConnectedExplanation({ code = "", duration, headingLevel, className }: DueDateExplanationProps) {
  const dossier = useDossierQuery(code, "DueDateExplanation");
  const procedure = useProcedureQuery(dossier.data?.procedureCode ?? "", "DueDateExplanation");
  const result = useDueDateExplanation({
    dossier: dossier.data ?? NOT_LOADED,
    cases: procedure.data?.cases,
    duration,
  });
  const needsProcedure = duration === undefined && Boolean(dossier.data?.receivedAt);
  const status =
    dossier.isError || (needsProcedure && procedure.isError)
      ? "error"
      : dossier.isPending || (needsProcedure && procedure.isPending)
        ? "loading"
        : "success";
  return (
    <div {...useWidgetRoot("cqs-due-explanation-root", className)}>
      <DueExplanationView
        result={status === "success" ? result : undefined}
        status={status}
        onRetry={() => void (dossier.isError ? dossier.refetch() : procedure.refetch())}
        headingLevel={headingLevel}
      />
    </div>
  );
}
