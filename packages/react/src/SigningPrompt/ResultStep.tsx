// How a signing ended: success (download / next), each failure with the action that fixes it, cancelled.
import { AccessProblem } from "../boundary/AccessProblem";
import type { Translate } from "../i18n/translator";
import { safeDateTime } from "../internal/dates";
import type { Locale } from "../provider/context";
import { DocumentList } from "./DocumentList";
import { needsAnotherMethod, type SigningFailureKind } from "./failures";
import { failureSentence } from "./labels";
import { canRetry } from "./machine";
import type { SigningMessageKey } from "./messages";
import { Actions } from "./steps";
import type { SigningDocument, SigningRequest } from "./types";
import type { SigningFlow } from "./useSigningFlow";
import { itemStatuses } from "./WaitingStep";

interface ResultStepProps {
  flow: SigningFlow;
  t: Translate<SigningMessageKey>;
  locale: Locale;
  documents: readonly SigningDocument[];
  kind: string;
  pluginInstallUrl: string;
  onClose: () => void;
  onDownload: ((request: SigningRequest) => void) | undefined;
  onNext: ((request: SigningRequest) => void) | undefined;
}

/** Failures that a new intent (a new request) can fix: the signer or the provider decided on the old one. */
const NEW_INTENT: ReadonlySet<SigningFailureKind> = new Set([
  "user_rejected",
  "transaction_expired",
  "otp_attempts_exceeded",
  "provider_unavailable",
  "request_not_pending",
  "failed",
]);

/** The one way on from a final state that offers nothing else. */
function CloseOnly({ t, onClose }: { t: Translate<SigningMessageKey>; onClose: () => void }) {
  return (
    <Actions>
      <button type="button" className="cqs-button" data-variant="primary" onClick={onClose}>
        {t("signing.close")}
      </button>
    </Actions>
  );
}

export function ResultStep(props: ResultStepProps) {
  const { flow, t, locale, documents, kind, onClose } = props;
  const { state } = flow;
  const statuses = itemStatuses(state, documents.length);

  if (state.step === "success") {
    const { request } = state;
    const time = request.completedAt ? safeDateTime(request.completedAt) : "—";
    return (
      <>
        <p className="cqs-signing-prompt__notice" data-tone="success" role="status">
          {t("signing.success.body", { count: documents.length, time })}
        </p>
        <DocumentList documents={documents} kind={kind} t={t} detail="progress" statuses={statuses} />
        <Actions>
          {props.onDownload ? (
            <button type="button" className="cqs-button" onClick={() => props.onDownload?.(request)}>
              {t("signing.success.download")}
            </button>
          ) : null}
          {props.onNext ? (
            <button type="button" className="cqs-button" onClick={() => props.onNext?.(request)}>
              {t("signing.success.next")}
            </button>
          ) : null}
          <button type="button" className="cqs-button" data-variant="primary" onClick={onClose}>
            {t("signing.success.done")}
          </button>
        </Actions>
      </>
    );
  }

  if (state.step === "cancelled") {
    return (
      <>
        <p className="cqs-signing-prompt__notice" role="status">
          {t("signing.cancelled.body")}
        </p>
        <CloseOnly t={t} onClose={onClose} />
      </>
    );
  }

  if (state.step !== "failure") return null;
  const { failure } = state;
  if (failure.kind === "forbidden" || failure.kind === "not_found")
    return (
      <>
        <AccessProblem className="cqs-signing-prompt__notice" kind={failure.kind} />
        <CloseOnly t={t} onClose={onClose} />
      </>
    );
  const sentence =
    failureSentence(failure, locale) ??
    (failure.kind === "network_lost"
      ? t("signing.failure.network_lost")
      : t("signing.failure.failed", { code: failure.code ?? "unknown" }));
  const retryable = canRetry(state);
  const certificate = failure.kind === "certificate_expired" || failure.kind === "certificate_revoked";
  return (
    <>
      <div className="cqs-signing-prompt__notice" data-tone="danger" data-failure={failure.kind} role="alert">
        <p className="cqs-signing-prompt__failure">{sentence}</p>
        <p>{t(`signing.failureHint.${failure.kind}`)}</p>
        {failure.kind === "plugin_missing" ? (
          <a href={props.pluginInstallUrl} target="_blank" rel="noopener noreferrer">
            {t("signing.method.pluginInstall")}
          </a>
        ) : null}
      </div>
      {documents.length > 1 ? (
        <DocumentList documents={documents} kind={kind} t={t} detail="progress" statuses={statuses} />
      ) : null}
      <Actions>
        <button type="button" className="cqs-button" onClick={onClose}>
          {t("signing.close")}
        </button>
        {needsAnotherMethod(failure.kind) ? (
          <button
            type="button"
            className="cqs-button"
            data-variant={retryable || NEW_INTENT.has(failure.kind) ? undefined : "primary"}
            onClick={flow.chooseAnother}
          >
            {certificate ? t("signing.action.chooseCertificate") : t("signing.action.chooseAnother")}
          </button>
        ) : null}
        {retryable ? (
          <button type="button" className="cqs-button" data-variant="primary" onClick={flow.retry}>
            {t("signing.action.retry")}
          </button>
        ) : NEW_INTENT.has(failure.kind) && state.intent ? (
          <button type="button" className="cqs-button" data-variant="primary" onClick={flow.reauthorise}>
            {failure.kind === "transaction_expired"
              ? t("signing.action.reauthorise")
              : t("signing.action.signAgain")}
          </button>
        ) : null}
      </Actions>
    </>
  );
}
