import { useId } from "react";
import { RetryAlert } from "../../boundary/RetryAlert";
import { useTranslator } from "../../i18n/useTranslator";
import { safeDateTime } from "../dates";
import type { HeadingLevel } from "../headings";
import { ProvisionalNote } from "../ProvisionalNote";
import type { DueExplanationResult } from "./dueExplanation";
import { dossierMessages } from "./messages";

export interface DueExplanationViewProps {
  /** `undefined` while what it is computed from loads or failed (`status`). */
  result: DueExplanationResult | undefined;
  status: "loading" | "error" | "success";
  onRetry?: (() => void) | undefined;
  headingLevel?: HeadingLevel | undefined;
}

/**
 * Core's steps as an ordered list in the provider's language (intake, start of counting, processing time, days off
 * skipped, pauses, the due date). A due date that depends on a year without an official holiday notice carries
 * the "dự kiến" note with its reason.
 */
export function DueExplanationView({ result, status, onRetry, headingLevel = 2 }: DueExplanationViewProps) {
  const t = useTranslator(dossierMessages);
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const kind = status === "success" ? result?.kind : status;
  return (
    <section className="cqs-due-explanation" aria-labelledby={headingId} data-state={kind}>
      <Heading id={headingId} className="cqs-dossier__title">
        {t("dossier.due.title")}
      </Heading>
      {status === "error" ? (
        <RetryAlert className="cqs-dossier__problem" message={t("dossier.due.error")} onRetry={onRetry} />
      ) : status === "loading" || !result ? (
        <p aria-busy="true" className="cqs-dossier__muted">
          <span className="cqs-skeleton" aria-hidden="true" />
          {t("dossier.due.title")}…
        </p>
      ) : result.kind === "not_received" ? (
        <p className="cqs-dossier__muted">{t("dossier.due.notReceived")}</p>
      ) : result.kind === "no_duration" ? (
        <p className="cqs-dossier__muted">{t("dossier.due.noDuration")}</p>
      ) : result.kind === "failed" ? (
        <p role="alert" className="cqs-dossier__problem">
          {t("dossier.due.failed")}
        </p>
      ) : (
        <>
          <ol className="cqs-due-explanation__steps">
            {result.explanation.steps.map((step, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id; their order is their identity
              <li key={index} data-kind={step.kind}>
                {step.text}
                {step.kind === "due" && result.explanation.provisional ? (
                  <>
                    {" "}
                    <ProvisionalNote years={result.explanation.provisionalYears} />
                  </>
                ) : null}
              </li>
            ))}
          </ol>
          {result.platformDueAt ? (
            <p className="cqs-due-explanation__differs">
              {t("dossier.due.differs", {
                platform: safeDateTime(result.platformDueAt),
                computed: safeDateTime(result.explanation.dueAt),
              })}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
