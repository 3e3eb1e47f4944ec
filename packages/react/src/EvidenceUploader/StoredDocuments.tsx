import { useId } from "react";
import { RetryAlert } from "../boundary/RetryAlert";
import { useTranslator } from "../i18n/useTranslator";
import { safeDate } from "../internal/dates";
import { classifyError } from "../internal/errors";
import { fileSize } from "../internal/fileSize";
import { useLocale } from "../provider/hooks";
import { evidenceMessages } from "./messages";
import { EVIDENCE_KINDS, type EvidenceKind, type StoredDocument } from "./types";
import type { ReuseState, StoredDocumentsState } from "./useStoredDocuments";

type Translate = ReturnType<typeof useTranslator<keyof (typeof evidenceMessages)["vi"]>>;

/** Why attaching failed, in words (never the error's own message). */
function reuseFailure(error: unknown, t: Translate): string {
  const { kind, requestId } = classifyError(error);
  const text =
    kind === "conflict"
      ? t("evidence.reuse.error.conflict")
      : kind === "not_found"
        ? t("evidence.reuse.error.not_found")
        : kind === "forbidden" || kind === "network"
          ? t(`evidence.error.${kind}`)
          : t("evidence.error.other");
  return requestId ? `${text} ${t("evidence.requestId", { id: requestId })}` : text;
}

function attachState(document: StoredDocument, state: ReuseState | undefined) {
  if (state) return state.status;
  return document.attachedAs ? "attached" : "idle";
}

function StoredDocumentRow(props: {
  document: StoredDocument;
  state: ReuseState | undefined;
  onAttach: () => void;
  t: Translate;
}) {
  const { document, t } = props;
  const locale = useLocale();
  const id = useId();
  const status = attachState(document, props.state);
  const busy = status === "attaching" || status === "attached";
  const size = fileSize(document.size, locale);
  return (
    <li className="cqs-evidence__stored" data-state={status}>
      <div className="cqs-evidence__stored-text">
        <span id={`${id}title`} className="cqs-evidence__stored-title">
          {document.title}
        </span>
        {document.digitised ? (
          <span className="cqs-evidence__badge">{t("evidence.reuse.digitised")}</span>
        ) : null}
        <span className="cqs-evidence__stored-meta">
          {t("evidence.reuse.meta", {
            name: size ? `${document.name} (${size})` : document.name,
            kind: t(
              `evidence.kind.${(EVIDENCE_KINDS as readonly string[]).includes(document.kind) ? (document.kind as EvidenceKind) : "other"}`,
            ),
            date: safeDate(document.storedAt),
          })}
        </span>
        {document.sourceDossierCode ? (
          <span className="cqs-evidence__stored-meta">
            {t("evidence.reuse.source", { code: document.sourceDossierCode })}
          </span>
        ) : null}
        {props.state?.status === "failed" ? (
          <span className="cqs-evidence__stored-error">{reuseFailure(props.state.error, t)}</span>
        ) : null}
      </div>
      <button
        type="button"
        className="cqs-button"
        aria-describedby={`${id}title`}
        aria-disabled={busy || undefined}
        onClick={() => {
          if (!busy) props.onAttach();
        }}
      >
        {status === "attaching"
          ? t("evidence.reuse.attaching")
          : status === "attached"
            ? t("evidence.reuse.attached")
            : status === "failed"
              ? t("evidence.reuse.retry")
              : t("evidence.reuse.attach")}
      </button>
    </li>
  );
}

/** "Dùng lại giấy tờ đã nộp": the applicant's stored documents, each attachable by reference. */
export function StoredDocuments(props: {
  state: StoredDocumentsState;
  kind: EvidenceKind;
  headingLevel: number;
}) {
  const t = useTranslator(evidenceMessages);
  const { state } = props;
  const id = useId();
  const Heading = `h${Math.min(props.headingLevel, 6)}` as "h4";
  const dataState = state.status === "ready" ? (state.items.length ? "ready" : "empty") : state.status;
  const latestTitle = state.items.find((item) => item.id === state.latest?.id)?.title ?? "";
  const announcement = state.latest
    ? t(`evidence.reuse.announce.${state.latest.outcome}`, { title: latestTitle })
    : "";
  return (
    <section
      className="cqs-evidence__reuse"
      aria-labelledby={`${id}title`}
      aria-busy={state.status === "loading" || undefined}
      data-state={dataState}
    >
      <Heading id={`${id}title`} className="cqs-evidence__reuse-title">
        {t("evidence.reuse.title")}
      </Heading>
      <p className="cqs-evidence__hint">{t("evidence.reuse.hint")}</p>
      {state.status === "loading" ? (
        <p role="status" className="cqs-evidence__hint">
          {t("evidence.reuse.loading")}
        </p>
      ) : state.status === "error" ? (
        <RetryAlert
          className="cqs-evidence__problem"
          message={t("evidence.reuse.failed")}
          onRetry={state.reload}
          error={state.error}
        />
      ) : state.items.length === 0 ? (
        <p className="cqs-evidence__empty">{t("evidence.reuse.empty")}</p>
      ) : (
        <>
          <p className="cqs-evidence__hint">
            {t("evidence.reuse.as", { kind: t(`evidence.kind.${props.kind}`) })}
          </p>
          <ul className="cqs-evidence__stored-list">
            {state.items.map((document) => (
              <StoredDocumentRow
                key={document.id}
                document={document}
                state={state.reuseStates[document.id]}
                onAttach={() => state.attach(document, props.kind)}
                t={t}
              />
            ))}
          </ul>
        </>
      )}
      <p className="cqs-visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
