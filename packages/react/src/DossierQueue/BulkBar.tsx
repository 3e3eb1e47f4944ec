import type { DossierAction } from "@chinhquyenso/client";
import { DOSSIER_ACTION_LABELS, type Locale, labelOf, toVietnamIso } from "@chinhquyenso/core";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { Translate } from "../i18n/translator";
import type { QueueMessageKey } from "./messages";
import type { DossierQueueModel } from "./model";
import type { DossierTransitionOutcome } from "../internal/dossierTransition/outcome";
import type { DossierBulkInput } from "./types";

/** Actions the platform refuses without a reason (request_supplement: the reason of the request). */
const NEEDS_REASON: readonly string[] = ["refuse", "suspend", "withdraw", "request_supplement"];

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
  now: Date;
  announce(text: string): void;
}

/** The next Vietnam calendar day after `now`, as yyyy-MM-dd (the earliest supplement deadline). */
function tomorrowOf(now: Date): string {
  const [year, month, day] = toVietnamIso(now).slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + 1)).toISOString().slice(0, 10);
}

/**
 * Selection summary and the actions allowed for every selected dossier; an action opens an inline form
 * (reason, deadline, comment) to confirm, then shows progress and what could not be done.
 */
export function BulkBar({ model, t, locale, now, announce }: BulkBarProps) {
  const { selectedRows, bulkActions, bulk, view } = model;
  const [state, setState] = useState<Step>({ step: "choose" });
  const [input, setInput] = useState({ reason: "", comment: "", deadline: "" });
  const [invalid, setInvalid] = useState<"reason" | "deadline" | null>(null);
  const id = useId();
  const firstField = useRef<HTMLTextAreaElement | null>(null);
  const openers = useRef(new Map<string, HTMLButtonElement | null>());
  const label = (action: string) => labelOf(DOSSIER_ACTION_LABELS, action, locale);

  const formAction = state.step === "form" ? state.action : undefined;
  useEffect(() => {
    if (formAction) firstField.current?.focus();
  }, [formAction]);

  if (selectedRows.length === 0 && state.step !== "result") return null;

  const close = (action?: DossierAction) => {
    setState({ step: "choose" });
    setInvalid(null);
    const opener = action ? openers.current.get(action) : undefined;
    if (opener?.isConnected) opener.focus();
  };

  const submit = async (event: FormEvent, action: DossierAction) => {
    event.preventDefault();
    const needsReason = NEEDS_REASON.includes(action);
    if (needsReason && input.reason.trim() === "") return setInvalid("reason");
    const tomorrow = tomorrowOf(now);
    if (action === "request_supplement" && !(input.deadline >= tomorrow)) return setInvalid("deadline");
    setInvalid(null);
    const dossiers = selectedRows;
    const payload: DossierBulkInput = {
      ...(input.comment.trim() ? { comment: input.comment.trim() } : {}),
      ...(needsReason ? { reason: input.reason.trim() } : {}),
      ...(action === "request_supplement" ? { supplementDeadline: `${input.deadline}T17:00:00+07:00` } : {}),
    };
    setState({ step: "running", action, done: 0, total: dossiers.length });
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
    <section className="cqs-queue__bulk" aria-label={t("queue.bulk")}>
      {selectedRows.length > 0 ? (
        <div className="cqs-queue__bulk-bar">
          <span className="cqs-queue__bulk-count">
            {t("queue.selection", { count: selectedRows.length })}
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
                data-variant={
                  NEEDS_REASON.includes(action) && action !== "request_supplement" ? "danger" : undefined
                }
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
          {NEEDS_REASON.includes(state.action) ? (
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
          {state.action === "request_supplement" ? (
            <div className="cqs-queue__field">
              <label htmlFor={`${id}-deadline`} className="cqs-queue__label">
                {t("queue.bulk.deadline")}
              </label>
              <input
                id={`${id}-deadline`}
                type="date"
                className="cqs-queue__input"
                required
                min={tomorrowOf(now)}
                aria-invalid={invalid === "deadline" || undefined}
                aria-describedby={invalid === "deadline" ? `${id}-deadline-error` : undefined}
                value={input.deadline}
                onChange={(event) => setInput({ ...input, deadline: event.target.value })}
              />
              {invalid === "deadline" ? (
                <span id={`${id}-deadline-error`} className="cqs-queue__error-text">
                  {t("queue.bulk.deadlineRequired")}
                </span>
              ) : null}
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
