import { type ReactNode, useId } from "react";
import { useTranslator } from "../../i18n/useTranslator";
import { useLocale } from "../../provider/hooks";
import { fileSize } from "../fileSize";
import { uploadMessages } from "./messages";
import { percentOf, type QueuedFile } from "./queue";
import type { FileQueue } from "./useFileQueue";

export interface FileQueueListProps {
  queue: FileQueue;
  /** The file whose text alternative is missing after a send was tried (its field is marked invalid). */
  invalidAltId?: string | undefined;
  /** Cancels the send of a file (shown while it uploads). */
  onCancel?: ((item: QueuedFile) => void) | undefined;
  /** Sends a failed file again (shown when it failed). */
  onRetry?: ((item: QueuedFile) => void) | undefined;
  /** Why a failed file failed, in words (never the error's own message). */
  describeError?: ((item: QueuedFile) => string) | undefined;
  /** More controls per file (EvidenceUploader's "số hóa" checkbox). */
  extra?: ((item: QueuedFile) => ReactNode) | undefined;
  /** Ready files cannot be changed (a send is on its way). */
  locked?: boolean | undefined;
}

function Row({ item, props }: { item: QueuedFile; props: FileQueueListProps }) {
  const t = useTranslator(uploadMessages);
  const locale = useLocale();
  const { queue, locked } = props;
  const id = useId();
  const name = item.file.name;
  const percent = percentOf(item);
  const preview = queue.previewOf(item);
  const invalidAlt = props.invalidAltId === item.id;
  const statusText =
    item.status === "uploading"
      ? t("upload.status.uploading", { percent })
      : t(`upload.status.${item.status}`);
  return (
    <li className="cqs-upload__item" data-status={item.status} data-file-id={item.id}>
      {preview ? (
        // The thumbnail's alternative is what the user writes; until then it is decorative next to the name.
        <img className="cqs-upload__thumb" src={preview} alt={item.alt.trim()} width={56} height={56} />
      ) : (
        <span className="cqs-upload__thumb" data-kind="file" aria-hidden="true" />
      )}
      <div className="cqs-upload__body">
        <p className="cqs-upload__name">
          <span>{name}</span> <span className="cqs-upload__size">{fileSize(item.file.size, locale)}</span>{" "}
          <span className="cqs-upload__status">{statusText}</span>
        </p>
        {item.status === "uploading" || item.status === "done" ? (
          <progress
            className="cqs-upload__progress"
            max={100}
            value={percent}
            aria-label={t("upload.progress", { name })}
          />
        ) : null}
        {item.status === "failed" && props.describeError ? (
          <p className="cqs-upload__error">{props.describeError(item)}</p>
        ) : null}
        {item.image ? (
          <div className="cqs-upload__alt">
            <label htmlFor={`${id}alt`}>{t("upload.alt", { name })}</label>
            <input
              id={`${id}alt`}
              type="text"
              className="cqs-upload__alt-input"
              value={item.alt}
              maxLength={500}
              required
              readOnly={locked || item.status === "uploading" || item.status === "done"}
              aria-invalid={invalidAlt || undefined}
              aria-describedby={invalidAlt ? `${id}alterror` : undefined}
              onChange={(event) => queue.setAlt(item.id, event.target.value)}
            />
            {invalidAlt ? (
              <p className="cqs-upload__error" id={`${id}alterror`}>
                {t("upload.altMissing", { name })}
              </p>
            ) : null}
          </div>
        ) : null}
        {props.extra?.(item)}
      </div>
      <div className="cqs-upload__actions">
        {item.status === "uploading" && props.onCancel ? (
          <button type="button" className="cqs-button" onClick={() => props.onCancel?.(item)}>
            {t("upload.cancel", { name })}
          </button>
        ) : null}
        {item.status === "failed" && props.onRetry ? (
          <button type="button" className="cqs-button" onClick={() => props.onRetry?.(item)}>
            {t("upload.retry", { name })}
          </button>
        ) : null}
        {item.status === "ready" || item.status === "failed" ? (
          <button
            type="button"
            className="cqs-button"
            data-variant="quiet"
            disabled={locked}
            onClick={() => queue.remove(item.id)}
          >
            {t("upload.remove", { name })}
          </button>
        ) : null}
      </div>
    </li>
  );
}

/** The queued files: thumbnail and required description of images, size, status, progress, per-file actions. */
export function FileQueueList(props: FileQueueListProps) {
  const t = useTranslator(uploadMessages);
  if (props.queue.items.length === 0) return null;
  return (
    <ul className="cqs-upload__list" aria-label={t("upload.list")}>
      {props.queue.items.map((item) => (
        <Row key={item.id} item={item} props={props} />
      ))}
    </ul>
  );
}
