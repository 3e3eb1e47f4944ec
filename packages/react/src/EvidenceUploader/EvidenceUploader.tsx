import { useCallback, useId } from "react";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { useTranslator } from "../i18n/useTranslator";
import { classifyError } from "../internal/errors";
import type { HeadingLevel } from "../internal/headings";
import { FilePicker } from "../internal/upload/FilePicker";
import { FileQueueList } from "../internal/upload/FileQueueList";
import type { QueuedFile } from "../internal/upload/queue";
import { useConnection } from "../provider/hooks";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { evidenceMessages } from "./messages";
import { StoredDocuments } from "./StoredDocuments";
import {
  EVIDENCE_KINDS,
  type EvidenceKind,
  type EvidenceUploadHandler,
  type StoredDocument,
  type StoredDocumentReuseHandler,
  type StoredDocumentsLoader,
} from "./types";
import { useEvidenceUploader } from "./useEvidenceUploader";
import { useStoredDocuments } from "./useStoredDocuments";

export interface EvidenceUploaderProps {
  /** The dossier the files go to (shown in the title; connected mode uploads there). */
  dossierCode: string;
  /** Controlled mode: uploads one file (your data layer). Without it the provider's client is used. */
  onUpload?: EvidenceUploadHandler | undefined;
  /** Called with the platform's `Attachment` for each stored file. */
  onUploaded?: ((attachment: unknown, file: File) => void) | undefined;
  /**
   * Controlled mode: lists the applicant's stored documents for "Dùng lại giấy tờ đã nộp" (your data layer).
   * Connected mode uses `dossiers.listReusableDocuments`. Without it (controlled) the section is not shown.
   */
  loadStoredDocuments?: StoredDocumentsLoader | undefined;
  /** Controlled mode: attaches one stored document by reference. Connected: `dossiers.reuseDocument`. */
  onReuse?: StoredDocumentReuseHandler | undefined;
  /** Called with the platform's `Attachment` for each stored document attached. */
  onReused?: ((attachment: unknown, document: StoredDocument) => void) | undefined;
  /** `false` hides "Dùng lại giấy tờ đã nộp" (default: shown when the stored documents can be listed). */
  reuse?: boolean | undefined;
  /** The kind files are uploaded as at first (default `supplement`); the officer can change it. */
  defaultKind?: EvidenceKind | undefined;
  title?: string | undefined;
  headingLevel?: HeadingLevel | undefined;
  className?: string | undefined;
}

/** The reason a file failed, in words (never the error's own message). */
function failureText(
  item: QueuedFile,
  t: ReturnType<typeof useTranslator<keyof (typeof evidenceMessages)["vi"]>>,
) {
  const { kind, requestId } = classifyError(item.error);
  const code = (item.error as { problem?: { code?: unknown } } | undefined)?.problem?.code;
  const status = (item.error as { status?: unknown } | undefined)?.status;
  const text =
    code === "hash_mismatch"
      ? t("evidence.error.hash_mismatch")
      : status === 413
        ? t("evidence.error.too_large")
        : kind === "invalid" || kind === "forbidden" || kind === "not_found" || kind === "network"
          ? t(`evidence.error.${kind}`)
          : t("evidence.error.other");
  return requestId ? `${text} ${t("evidence.requestId", { id: requestId })}` : text;
}

function UploaderBody(props: EvidenceUploaderProps & { onUpload: EvidenceUploadHandler }) {
  const reuseOn = props.reuse !== false && props.loadStoredDocuments !== undefined;
  const stored = useStoredDocuments({
    load: reuseOn ? props.loadStoredDocuments : undefined,
    reuse: props.onReuse,
    onReused: props.onReused,
  });
  const t = useTranslator(evidenceMessages);
  const root = useWidgetRoot("cqs-evidence", props.className);
  const state = useEvidenceUploader({
    onUpload: props.onUpload,
    kind: props.defaultKind,
    onUploaded: props.onUploaded,
  });
  const { files } = state;
  const id = useId();
  const Heading = `h${props.headingLevel ?? 3}` as const;
  const ready = files.items.filter((item) => item.status === "ready").length;
  const busy = files.items.some((item) => item.status === "uploading");
  return (
    <section
      {...root}
      aria-labelledby={`${id}title`}
      data-state={busy ? "uploading" : files.items.length ? "ready" : "empty"}
    >
      <Heading id={`${id}title`} className="cqs-evidence__title">
        {props.title ?? t("evidence.title", { code: props.dossierCode })}
      </Heading>
      <div className="cqs-evidence__kind">
        <label htmlFor={`${id}kind`}>{t("evidence.kind")}</label>
        <select
          id={`${id}kind`}
          className="cqs-evidence__select"
          value={state.kind}
          disabled={busy}
          onChange={(event) => state.setKind(event.target.value as EvidenceKind)}
        >
          {EVIDENCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`evidence.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <FilePicker queue={files} />
      {files.items.length === 0 ? <p className="cqs-evidence__empty">{t("evidence.empty")}</p> : null}
      <FileQueueList
        queue={files}
        onCancel={state.cancel}
        onRetry={state.retry}
        describeError={(item) => failureText(item, t)}
        extra={(item) => {
          const hash = state.hashes[item.id];
          return (
            <>
              <label className="cqs-evidence__digitised">
                <input
                  type="checkbox"
                  checked={state.digitised.has(item.id)}
                  disabled={item.status !== "ready"}
                  onChange={(event) => state.setDigitised(item.id, event.target.checked)}
                />
                {t("evidence.digitised")}
              </label>
              {hash ? (
                <p className="cqs-evidence__hash">
                  <code>{t("evidence.hash", { hash: `${hash.slice(0, 16)}…` })}</code>
                </p>
              ) : null}
            </>
          );
        }}
      />
      {state.hashUnavailable ? (
        <p className="cqs-evidence__notice" role="note">
          {t("evidence.noHash")}
        </p>
      ) : null}
      <div className="cqs-evidence__actions">
        <button
          type="button"
          className="cqs-button"
          data-variant="primary"
          aria-disabled={ready === 0 || undefined}
          onClick={() => {
            if (ready > 0) state.uploadAll();
          }}
        >
          {ready === 0 ? t("evidence.uploadNone") : t("evidence.upload", { count: ready })}
        </button>
      </div>
      <p className="cqs-visually-hidden" aria-live="polite">
        {files.announcement}
      </p>
      {reuseOn ? (
        <StoredDocuments state={stored} kind={state.kind} headingLevel={(props.headingLevel ?? 3) + 1} />
      ) : null}
    </section>
  );
}

function ConnectedUploader(props: EvidenceUploaderProps) {
  const { client, queries, queryClient } = useConnection("EvidenceUploader");
  const { dossierCode, onUploaded, onReused } = props;
  const onUpload = useCallback<EvidenceUploadHandler>(
    (input, meta) =>
      client.dossiers.uploadAttachment(dossierCode, input, {
        idempotencyKey: meta.idempotencyKey,
        signal: meta.signal,
        onUploadProgress: meta.onUploadProgress,
      }),
    [client, dossierCode],
  );
  const uploaded = useCallback(
    (attachment: unknown, file: File) => {
      void queryClient.invalidateQueries({ queryKey: queries.dossiers.key });
      onUploaded?.(attachment, file);
    },
    [queryClient, queries, onUploaded],
  );
  const loadStoredDocuments = useCallback<StoredDocumentsLoader>(
    (signal) => client.dossiers.listReusableDocuments(dossierCode, { signal }).then((list) => list.items),
    [client, dossierCode],
  );
  const onReuse = useCallback<StoredDocumentReuseHandler>(
    (input, meta) =>
      client.dossiers.reuseDocument(dossierCode, input, { idempotencyKey: meta.idempotencyKey }),
    [client, dossierCode],
  );
  const reused = useCallback(
    (attachment: unknown, document: StoredDocument) => {
      void queryClient.invalidateQueries({ queryKey: queries.dossiers.key });
      onReused?.(attachment, document);
    },
    [queryClient, queries, onReused],
  );
  return (
    <UploaderBody
      {...props}
      onUpload={onUpload}
      onUploaded={uploaded}
      loadStoredDocuments={props.loadStoredDocuments ?? loadStoredDocuments}
      onReuse={props.onReuse ?? onReuse}
      onReused={reused}
    />
  );
}

/**
 * Uploads documents to a dossier (`dossiers.uploadAttachment`): several files by the picker or by dropping them,
 * the contract's type and size limits, the SHA-256 of each file computed in the browser and checked by the
 * platform, the "số hóa" flag per file, progress, cancel and retry per file; and "Dùng lại giấy tờ đã nộp": the
 * applicant's stored documents attached by reference (`dossiers.listReusableDocuments`, `dossiers.reuseDocument`,
 * once-only). Connected with the provider's client, or controlled with `onUpload` (and `loadStoredDocuments`,
 * `onReuse`).
 */
export function EvidenceUploader(props: EvidenceUploaderProps) {
  const t = useTranslator(evidenceMessages);
  return (
    <WidgetBoundary widget="EvidenceUploader" label={t("evidence.name")}>
      {props.onUpload ? (
        <UploaderBody {...props} onUpload={props.onUpload} />
      ) : (
        <ConnectedUploader {...props} />
      )}
    </WidgetBoundary>
  );
}
