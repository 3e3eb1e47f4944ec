import type { DossierAction } from "@chinhquyenso/client";
import { DOSSIER_ACTION_LABELS, type Locale, labelOf, transitionInputs } from "@chinhquyenso/core";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { Translate } from "../i18n/translator";
import { LazyDeadlineField, preloadDeadlineField } from "../internal/deadlinePicker/LazyDeadlineField";
import { deadlineInstant } from "../internal/deadlinePicker/model";
import type { DossierTransitionOutcome } from "../internal/dossierTransition/outcome";
import type { QueueMessageKey } from "./messages";
import type { DossierQueueModel } from "./model";
import { selectionText } from "./selectionText";
import type { DossierBulkInput } from "./types";

/** Actions the platform refuses without a reason (core's rule; request_supplement: the reason of the request). */
const needsReason = (action: string) => transitionInputs(action).reason;

type Step =
  | { step: "choose" }
  | { step: "form"; action: DossierAction; error?: string }
  | { step: "running"; action: DossierAction; done: number; total: number }
  | {
      step: "result";
      action: DossierAction;
      ok: number;
      total: number;
      failures: DossierTransitionOutcome[];
    };

interface BulkBarProps {
  model: DossierQueueModel;
  t: Translate<QueueMessageKey>;
  locale: Locale;
  announce(text: string): void;
}

/**
 * Selection summary and the actions allowed for every selected dossier; an action opens an inline form
 * (reason, deadline, comment) to confirm, then shows progress and what could not be done.
 */
export function BulkBar({ model, t, locale, announce }: BulkBarProps) {
  const { selectedRows, bulkActions, bulk, view } = model;
  const [state, setState] = useState<Step>({ step: "choose" });
  const [input, setInput] = useState({ reason: "", comment: "", deadline: "" });
  const [invalid, setInvalid] = useState<"reason" | "deadline" | null>(null);
  const id = useId();
  const firstField = useRef<HTMLTextAreaElement | null>(null);
  const openers = useRef(new Map<string, HTMLButtonElement | null>());
  const section = useRef<HTMLElement | null>(null);
  const label = (action: string) => labelOf(DOSSIER_ACTION_LABELS, action, locale);

  const formAction = state.step === "form" ? state.action : undefined;
  // The deadline picker's code is fetched once a selection offers an action that asks for a deadline, so that
  // it is there before the form opens (the form shows a labelled placeholder if it is not).
  const offersDeadline = bulkActions.some((action) => transitionInputs(action).deadline);
  useEffect(() => {
    if (offersDeadline) preloadDeadlineField().catch(() => {});
  }, [offersDeadline]);
  useEffect(() => {
    if (formAction) firstField.current?.focus();
  }, [formAction]);

  if (selectedRows.length === 0 && state.step !== "result") return null;

  // Every step that removes the focused control puts focus on a named target, never on <body>: the action's
  // button when the form is cancelled, this section (named "Thao tác với hồ sơ đã chọn") while the action runs
  // and shows its result, the grid's current cell when the bar goes away.
  const close = (action?: DossierAction) => {
    setState({ step: "choose" });
    setInvalid(null);
    const opener = action ? openers.current.get(action) : undefined;
    if (opener?.isConnected) opener.focus();
    else model.grid.focusCurrent();
  };

  const submit = async (event: FormEvent, action: DossierAction) => {
    event.preventDefault();
    const withReason = needsReason(action);
    if (withReason && input.reason.trim() === "") return setInvalid("reason");
    if (transitionInputs(action).deadline && input.deadline === "") return setInvalid("deadline");
    setInvalid(null);
    const dossiers = selectedRows;
    const payload: DossierBulkInput = {
      ...(input.comment.trim() ? { comment: input.comment.trim() } : {}),
      ...(withReason ? { reason: input.reason.trim() } : {}),
      ...(transitionInputs(action).deadline ? { supplementDeadline: deadlineInstant(input.deadline) } : {}),
    };
    setState({ step: "running", action, done: 0, total: dossiers.length });
    section.current?.focus();
    try {
      const outcomes = await bulk?.run(action, dossiers, payload, (done, total) =>
        setState({ step: "running", action, done, total }),
      );
      const failures = (outcomes ?? []).filter((outcome) => !outcome.ok);
      const ok = dossiers.length - failures.length;
      const failed = new Set(failures.map((outcome) => outcome.code));
      // Done dossiers leave the selection; the failed ones stay selected for a second look.
      const remaining = new Set([...view.selected].filter((code) => failed.has(code)));
      view.setSelected(remaining);
      setInput({ reason: "", comment: "", deadline: "" });
      setState({ step: "result", action, ok, total: dossiers.length, failures });
      announce(
        failures.length === 0
          ? t("queue.bulk.done", { action: label(action), count: ok })
          : t("queue.bulk.partial", { action: label(action), ok, count: dossiers.length }),
      );
    } catch {
      // The host's handler failed: back to the form, with what the user typed.
      setState({ step: "form", action, error: t("queue.bulk.failed", { action: label(action) }) });
    }
  };

  return (
    <section className="cqs-queue__bulk" aria-label={t("queue.bulk")} ref={section} tabIndex={-1}>
      {selectedRows.length > 0 ? (
        <div className="cqs-queue__bulk-bar">
          <span className="cqs-queue__bulk-count">
            {selectionText(t, selectedRows.length, model.rows.length, model.total)}
          </span>
          {bulkActions.length === 0 ? (
            <span className="cqs-queue__muted">{t("queue.bulk.none")}</span>
          ) : bulk ? (
            bulkActions.map((action) => (
              <button
                key={action}
                ref={(element) => {
                  openers.current.set(action, element);
                }}
                type="button"
                className="cqs-button"
                data-action={action}
                data-variant={needsReason(action) && action !== "request_supplement" ? "danger" : undefined}
                aria-pressed={formAction === action}
                disabled={state.step === "running"}
                onClick={() => setState({ step: "form", action })}
              >
                {label(action)}
              </button>
            ))
          ) : null}
          <button
            type="button"
            className="cqs-button"
            disabled={state.step === "running"}
            onClick={() => {
              view.setSelected(new Set());
              setState({ step: "choose" });
              model.grid.focusCurrent();
            }}
          >
            {t("queue.selection.clear")}
          </button>
        </div>
      ) : null}
      {state.step === "form" ? (
        <form
          className="cqs-queue__bulk-form"
          onSubmit={(event) => void submit(event, state.action)}
          noValidate
        >
          <p className="cqs-queue__bulk-title" id={`${id}-title`}>
            {t("queue.bulk.title", { action: label(state.action), count: selectedRows.length })}
          </p>
          {needsReason(state.action) ? (
            <div className="cqs-queue__field">
              <label htmlFor={`${id}-reason`} className="cqs-queue__label">
                {t("queue.bulk.reason")}
              </label>
              <textarea
                id={`${id}-reason`}
                ref={firstField}
                className="cqs-queue__input"
                rows={2}
                required
                aria-invalid={invalid === "reason" || undefined}
                aria-describedby={invalid === "reason" ? `${id}-reason-error` : undefined}
                value={input.reason}
                onChange={(event) => setInput({ ...input, reason: event.target.value })}
              />
              {invalid === "reason" ? (
                <span id={`${id}-reason-error`} className="cqs-queue__error-text">
                  {t("queue.bulk.reasonRequired")}
                </span>
              ) : null}
            </div>
          ) : (
            <div className="cqs-queue__field">
              <label htmlFor={`${id}-comment`} className="cqs-queue__label">
                {t("queue.bulk.comment")}
              </label>
              <textarea
                id={`${id}-comment`}
                ref={firstField}
                className="cqs-queue__input"
                rows={2}
                value={input.comment}
                onChange={(event) => setInput({ ...input, comment: event.target.value })}
              />
            </div>
          )}
          {transitionInputs(state.action).deadline ? (
            <div className="cqs-queue__field">
              <LazyDeadlineField
                label={t("queue.bulk.deadline")}
                required
                minWorkingDays={1}
                value={input.deadline === "" ? null : input.deadline}
                onChange={(deadline) => setInput((current) => ({ ...current, deadline: deadline ?? "" }))}
                hostError={invalid === "deadline" ? t("queue.bulk.deadlineRequired") : null}
              />
            </div>
          ) : null}
          {state.error ? (
            <p className="cqs-queue__error-text" role="alert">
              {state.error}
            </p>
          ) : null}
          <div className="cqs-queue__bulk-buttons">
            <button type="submit" className="cqs-button" data-variant="primary">
              {t("queue.bulk.confirm")}
            </button>
            <button type="button" className="cqs-button" onClick={() => close(state.action)}>
              {t("queue.bulk.cancel")}
            </button>
          </div>
        </form>
      ) : null}
      {state.step === "running" ? (
        <p className="cqs-queue__bulk-progress">
          {t("queue.bulk.running", { done: state.done, count: state.total })}
        </p>
      ) : null}
      {state.step === "result" ? (
        <div className="cqs-queue__bulk-result">
          <p>
            {state.failures.length === 0
              ? t("queue.bulk.done", { action: label(state.action), count: state.ok })
              : t("queue.bulk.partial", { action: label(state.action), ok: state.ok, count: state.total })}
          </p>
          {state.failures.length > 0 ? (
            <ul className="cqs-queue__bulk-failures">
              {state.failures.map((outcome) => (
                <li key={outcome.code} data-reason={outcome.ok ? undefined : outcome.reason}>
                  {outcome.ok ? null : outcome.message}
                </li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="cqs-button" onClick={() => close()}>
            {t("queue.bulk.close")}
          </button>
        </div>
      ) : null}
    </section>
  );
}
