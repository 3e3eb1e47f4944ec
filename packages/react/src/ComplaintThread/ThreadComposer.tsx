import { FEEDBACK_STATUS_LABELS, type FeedbackStatus, labelOf } from "@chinhquyenso/core";
import { type RefObject, useEffect, useId, useRef } from "react";
import type { Translate } from "../i18n/translator";
import { useTranslator } from "../i18n/useTranslator";
import { FilePicker } from "../internal/upload/FilePicker";
import { FileQueueList } from "../internal/upload/FileQueueList";
import { useLocale } from "../provider/hooks";
import type { ThreadError } from "./errors";
import { type ThreadMessageKey, threadMessages } from "./messages";
import type { ComposerEntryType } from "./types";
import type { ComplaintThreadState } from "./useComplaintThread";

type T = Translate<ThreadMessageKey>;

const ACTION_KINDS = /* @__PURE__ */ new Set([
  "not_found",
  "unauthorized",
  "forbidden",
  "conflict",
  "stale",
  "invalid",
  "network",
  "timeout",
  "rate_limited",
]);

/** The sentence for a failed write (never the error's own message, which may carry personal data). */
export function actionErrorText(error: ThreadError, t: T): string {
  const key = (
    ACTION_KINDS.has(error.kind) ? `thread.error.action.${error.kind}` : "thread.error.action.other"
  ) as ThreadMessageKey;
  return error.requestId ? `${t(key)} ${t("thread.error.requestId", { id: error.requestId })}` : t(key);
}

export interface ComplaintThreadComposerProps {
  thread: ComplaintThreadState;
  /** The message field, for the timeline's skip link. */
  bodyRef?: RefObject<HTMLTextAreaElement | null> | undefined;
  headingLevel?: 3 | 4 | 5 | 6 | undefined;
}

/**
 * The composer. Staff must choose "public reply" or "internal note" each time (no default that could leak a
 * note to the citizen; after each post the choice is cleared again); the form takes the internal colours and
 * label once "internal note" is chosen. Optional status change; Ctrl+Enter sends; on failure the draft stays.
 */
export function ComplaintThreadComposer({ thread, bodyRef, headingLevel = 3 }: ComplaintThreadComposerProps) {
  const t = useTranslator(threadMessages);
  const locale = useLocale();
  const { composer, ids, feedback } = thread;
  const ownBodyRef = useRef<HTMLTextAreaElement | null>(null);
  const form = useRef<HTMLFormElement | null>(null);
  const textarea = bodyRef ?? ownBodyRef;
  const firstChoice = useRef<HTMLInputElement | null>(null);
  const local = useId();
  const Heading = `h${headingLevel}` as const;
  const { problem } = composer;

  // Focus where the problem is, each time a submit finds one.
  useEffect(() => {
    if (problem?.kind === "missing_type") firstChoice.current?.focus();
    else if (problem?.kind === "empty_body" || problem?.kind === "too_long") textarea.current?.focus();
    else if (problem?.kind === "missing_alt")
      form.current
        ?.querySelector<HTMLInputElement>(`[data-file-id="${problem.id}"] input[type="text"]`)
        ?.focus();
  }, [problem, textarea]);

  if (!composer.available) return null;
  const sending = composer.phase === "sending";
  const disabled = composer.closed;
  const errorId = `${local}error`;
  const hintId = `${local}hint`;
  const length = composer.body.trim().length;
  const problemText =
    problem === undefined
      ? undefined
      : problem.kind === "missing_type"
        ? t("thread.composer.missingType")
        : problem.kind === "empty_body"
          ? t("thread.composer.emptyBody")
          : problem.kind === "too_long"
            ? t("thread.composer.tooLong", { count: problem.length, max: composer.maxLength })
            : problem.kind === "missing_alt"
              ? t("thread.composer.missingAlt", { name: problem.name })
              : `${actionErrorText(problem.error, t)} ${t("thread.error.keptDraft")}`;
  const submitLabel = sending
    ? t("thread.composer.sending")
    : !composer.choosesType
      ? t("thread.composer.submitCitizen")
      : composer.entryType === "public_reply"
        ? t("thread.composer.submitPublic")
        : composer.entryType === "internal_note"
          ? t("thread.composer.submitInternal")
          : t("thread.composer.submitChoose");
  const choice = (value: ComposerEntryType, label: ThreadMessageKey, hint: ThreadMessageKey) => (
    <label className="cqs-complaint-thread__choice" data-entry-type={value}>
      <input
        ref={value === "public_reply" ? firstChoice : undefined}
        type="radio"
        name={`${local}type`}
        value={value}
        checked={composer.entryType === value}
        onChange={() => composer.setEntryType(value)}
        disabled={disabled}
        aria-describedby={`${local}${value}`}
      />
      <span className="cqs-complaint-thread__choice-label">{t(label)}</span>
      <span className="cqs-complaint-thread__choice-hint" id={`${local}${value}`}>
        {t(hint)}
      </span>
    </label>
  );

  return (
    <form
      ref={form}
      className="cqs-complaint-thread__composer"
      aria-labelledby={ids.composer}
      data-entry-type={composer.entryType ?? "none"}
      data-state={composer.phase}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        composer.submit();
      }}
    >
      <Heading id={ids.composer} className="cqs-complaint-thread__section-title">
        {t("thread.composer.label")}
      </Heading>
      {disabled ? <p className="cqs-complaint-thread__notice">{t("thread.composer.closed")}</p> : null}
      {composer.choosesType ? (
        <fieldset
          className="cqs-complaint-thread__choices"
          aria-describedby={problem?.kind === "missing_type" ? errorId : undefined}
        >
          <legend>{t("thread.composer.typeLegend")}</legend>
          {choice("public_reply", "thread.composer.typePublic", "thread.composer.typePublicHint")}
          {choice("internal_note", "thread.composer.typeInternal", "thread.composer.typeInternalHint")}
        </fieldset>
      ) : (
        <p className="cqs-complaint-thread__notice">{t("thread.composer.citizenHint")}</p>
      )}
      <label className="cqs-complaint-thread__field-label" htmlFor={ids.body}>
        {composer.choosesType ? t("thread.composer.body") : t("thread.composer.bodyCitizen")}
      </label>
      <textarea
        ref={textarea}
        id={ids.body}
        className="cqs-complaint-thread__textarea"
        rows={4}
        value={composer.body}
        onChange={(event) => composer.setBody(event.target.value)}
        onKeyDown={composer.onKeyDown}
        disabled={disabled}
        readOnly={sending}
        aria-invalid={problem?.kind === "empty_body" || problem?.kind === "too_long" ? true : undefined}
        aria-describedby={problem === undefined ? hintId : `${errorId} ${hintId}`}
      />
      <p className="cqs-complaint-thread__hint" id={hintId}>
        {t("thread.composer.shortcut")}{" "}
        <span data-over={length > composer.maxLength ? true : undefined}>
          {t("thread.composer.length", { count: length, max: composer.maxLength })}
        </span>
      </p>
      <fieldset className="cqs-complaint-thread__files" disabled={disabled}>
        <legend>{t("thread.composer.files")}</legend>
        <FilePicker queue={composer.files} disabled={disabled || sending} />
        <FileQueueList
          queue={composer.files}
          locked={sending}
          invalidAltId={problem?.kind === "missing_alt" ? problem.id : undefined}
          onCancel={composer.cancelFile}
          onRetry={composer.retryFile}
          describeError={() =>
            problem?.kind === "request" ? actionErrorText(problem.error, t) : t("thread.error.action.other")
          }
        />
        <p className="cqs-visually-hidden" aria-live="polite">
          {composer.files.announcement}
        </p>
      </fieldset>
      {composer.statusOptions.length > 0 ? (
        <div className="cqs-complaint-thread__status-field">
          <label className="cqs-complaint-thread__field-label" htmlFor={`${local}status`}>
            {t("thread.composer.status")}
          </label>
          <select
            id={`${local}status`}
            className="cqs-complaint-thread__select"
            value={composer.status}
            onChange={(event) => composer.setStatus(event.target.value as FeedbackStatus | "")}
            disabled={disabled || sending}
          >
            <option value="">
              {t("thread.composer.statusKeep", {
                status: labelOf(FEEDBACK_STATUS_LABELS, String(feedback?.status ?? ""), locale),
              })}
            </option>
            {composer.statusOptions.map((status) => (
              <option key={status} value={status}>
                {labelOf(FEEDBACK_STATUS_LABELS, status, locale)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {problemText === undefined ? null : (
        <p className="cqs-complaint-thread__error" role="alert" id={errorId}>
          {problemText}
        </p>
      )}
      <div className="cqs-complaint-thread__submit-row">
        <button
          type="submit"
          className="cqs-button"
          data-variant="primary"
          aria-disabled={sending || disabled ? true : undefined}
        >
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
