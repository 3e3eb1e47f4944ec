import { type DragEvent, useId, useRef, useState } from "react";
import { useTranslator } from "../../i18n/useTranslator";
import { useLocale } from "../../provider/hooks";
import { fileSize } from "../fileSize";
import { uploadMessages } from "./messages";
import { acceptOf } from "./rules";
import type { FileQueue } from "./useFileQueue";

const TYPE_NAMES: Record<string, string> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "image/webp": "WebP",
};

export interface FilePickerProps {
  queue: FileQueue;
  disabled?: boolean | undefined;
  /** The visible label of the button (default "Chọn tệp"). */
  label?: string | undefined;
}

/**
 * The file picker: a real button opening the system's file dialog (keyboard and screen readers need nothing
 * else) and a drop zone around it for a mouse; the contract's rules written under it; what a choice refused
 * listed as errors, each file with its reason.
 */
export function FilePicker({ queue, disabled, label }: FilePickerProps) {
  const t = useTranslator(uploadMessages);
  const locale = useLocale();
  const input = useRef<HTMLInputElement | null>(null);
  const [over, setOver] = useState(false);
  const id = useId();
  const { rules } = queue;
  const size = fileSize(rules.maxFileBytes, locale) ?? "";
  const types = rules.contentTypes.map((type) => TYPE_NAMES[type] ?? type).join(", ");
  const rulesText =
    rules.maxFiles > 1
      ? t("upload.rules", { count: rules.maxFiles, size, types })
      : t("upload.rulesOne", { size, types });
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) queue.add(event.dataTransfer.files);
  };
  return (
    <div className="cqs-upload__picker">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the button inside is the way for keyboards and screen readers */}
      <div
        className="cqs-upload__drop"
        data-over={over || undefined}
        data-disabled={disabled || undefined}
        onDragOver={(event) => {
          event.preventDefault();
          if (!disabled) setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <button
          type="button"
          className="cqs-button"
          aria-describedby={`${id}rules`}
          disabled={disabled}
          onClick={() => input.current?.click()}
        >
          {label ?? t("upload.choose")}
        </button>
        <span className="cqs-upload__drop-hint">{t("upload.drop")}</span>
        <input
          ref={input}
          type="file"
          multiple={rules.maxFiles > 1}
          accept={acceptOf(rules)}
          className="cqs-visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            queue.add(event.target.files ?? []);
            // The same file can be chosen again after it was removed.
            event.target.value = "";
          }}
        />
      </div>
      <p className="cqs-upload__rules" id={`${id}rules`}>
        {rulesText}
      </p>
      {queue.rejected.length > 0 ? (
        <div className="cqs-upload__rejected" role="alert">
          <ul>
            {queue.rejected.map((rejection, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a refused file has no identity but its place
              <li key={index}>
                {t(`upload.rejected.${rejection.reason}`, {
                  name: rejection.name,
                  size,
                  count: rules.maxFiles,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
