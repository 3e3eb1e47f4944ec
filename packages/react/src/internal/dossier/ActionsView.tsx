import { DOSSIER_ACTION_LABELS, type DossierAction, labelOf } from "@chinhquyenso/core";
import { type FormEvent, type RefObject, useEffect, useId, useRef } from "react";
import { useTranslator } from "../../i18n/useTranslator";
import { useLocale } from "../../provider/hooks";
import { LazyDeadlineField, preloadDeadlineField } from "../deadlinePicker/LazyDeadlineField";
import type { HeadingLevel } from "../headings";
import { dossierMessages } from "./messages";
import type { DossierActionsState } from "./useDossierActions";

export interface ActionsViewProps {
  state: DossierActionsState;
  headingLevel?: HeadingLevel | undefined;
  /**
   * Where the focus goes once a transition is answered (done, stale, failed). Default: the outcome message
   * (`[data-cqs-focus-target="dossier-actions-outcome"]`), which names what happened — never the page body,
   * even though the button pressed may be gone with the old status.
   */
  focusTarget?: RefObject<HTMLElement | null> | undefined;
}

/** One button per allowed action; a form for those that need a reason or a deadline; the outcome, focused. */
export function ActionsView({ state, headingLevel = 2, focusTarget }: ActionsViewProps) {
  const t = useTranslator(dossierMessages);
  const locale = useLocale();
  const headingId = useId();
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const rowRef = useRef<HTMLDivElement>(null);
  const Heading = `h${headingLevel}` as const;
  const { outcome, asking, pending } = state;

  useEffect(() => {
    if (outcome) (focusTarget?.current ?? outcomeRef.current)?.focus();
  }, [outcome, focusTarget]);

  const label = (action: DossierAction) => labelOf(DOSSIER_ACTION_LABELS, action, locale);
  const cancel = () => {
    const opener = asking;
    state.ask(null);
    // Back to the button that opened the form.
    rowRef.current?.querySelector<HTMLButtonElement>(`[data-action="${opener}"]`)?.focus();
  };

  return (
    <section
      className="cqs-dossier-actions"
      aria-labelledby={headingId}
      aria-busy={pending ? true : undefined}
      data-pending={pending ?? undefined}
    >
      <Heading id={headingId} className="cqs-dossier__title">
        {t("dossier.actions.title")}
      </Heading>
      {state.actions.length === 0 ? (
        <p className="cqs-dossier__muted">{t("dossier.actions.none")}</p>
      ) : (
        <div ref={rowRef} className="cqs-dossier-actions__row">
          {state.actions.map((action) => {
            const needs = state.needs(action);
            const withForm = needs.reason || needs.deadline;
            return (
              <button
                key={action}
                type="button"
                className="cqs-button"
                data-action={action}
                data-variant={action === "refuse" || action === "withdraw" ? "danger" : undefined}
                aria-disabled={pending !== null || undefined}
                aria-expanded={withForm ? asking === action : undefined}
                // The deadline field's code is fetched as soon as the officer heads for the button.
                onPointerEnter={
                  needs.deadline ? () => void preloadDeadlineField().catch(() => {}) : undefined
                }
                onFocus={needs.deadline ? () => void preloadDeadlineField().catch(() => {}) : undefined}
                onClick={() => {
                  if (pending) return;
                  if (withForm) state.ask(asking === action ? null : action);
                  else void state.run(action);
                }}
              >
                {pending === action ? t("dossier.actions.running", { action: label(action) }) : label(action)}
              </button>
            );
          })}
        </div>
      )}
      {asking ? (
        <ActionForm key={asking} state={state} action={asking} label={label(asking)} onCancel={cancel} />
      ) : null}
      <div role="status" className="cqs-dossier-actions__outcome" data-tone={outcome?.tone}>
        {outcome ? (
          <p ref={outcomeRef} tabIndex={-1} data-cqs-focus-target="dossier-actions-outcome">
            {outcome.text}
          </p>
        ) : null}
        {outcome?.tone === "stale" && outcome.retry ? (
          <button
            type="button"
            className="cqs-button"
            data-variant="primary"
            aria-disabled={pending !== null || undefined}
            onClick={() => void state.run(outcome.retry ?? undefined)}
          >
            {t("dossier.actions.retry", { action: label(outcome.retry) })}
          </button>
        ) : null}
      </div>
    </section>
  );
}

function ActionForm({
  state,
  action,
  label,
  onCancel,
}: {
  state: DossierActionsState;
  action: DossierAction;
  label: string;
  onCancel: () => void;
}) {
  const t = useTranslator(dossierMessages);
  const id = useId();
  const needs = state.needs(action);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const deadlineRef = useRef<HTMLInputElement>(null);

  // The form opens on its first field.
  useEffect(() => {
    (reasonRef.current ?? deadlineRef.current)?.focus();
  }, []);
  useEffect(() => {
    if (state.invalid === "reason") reasonRef.current?.focus();
    else if (state.invalid === "deadline") deadlineRef.current?.focus();
  }, [state.invalid]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void state.run(action);
  };

  return (
    <form className="cqs-dossier-actions__form" onSubmit={submit} noValidate aria-label={label}>
      {needs.reason ? (
        <div className="cqs-dossier-actions__field">
          <label htmlFor={`${id}-reason`}>{t("dossier.actions.reasonFor", { action: label })}</label>
          <textarea
            ref={reasonRef}
            id={`${id}-reason`}
            required
            maxLength={2000}
            rows={3}
            aria-invalid={state.invalid === "reason" || undefined}
            aria-describedby={state.invalid === "reason" ? `${id}-reason-error` : undefined}
            value={state.reason}
            onChange={(event) => state.setReason(event.target.value)}
          />
          {state.invalid === "reason" ? (
            <p id={`${id}-reason-error`} className="cqs-dossier-actions__error">
              {t("dossier.actions.reasonRequired")}
            </p>
          ) : null}
        </div>
      ) : null}
      {needs.deadline ? (
        <LazyDeadlineField
          value={state.deadline}
          onChange={state.setDeadline}
          minWorkingDays={1}
          label={t("dossier.actions.deadline")}
          required
          inputRef={deadlineRef}
          hostError={state.invalid === "deadline" ? t("dossier.actions.deadlineRequired") : null}
        />
      ) : null}
      <div className="cqs-dossier-actions__row">
        <button
          type="submit"
          className="cqs-button"
          data-variant="primary"
          aria-disabled={state.pending !== null || undefined}
        >
          {t("dossier.actions.confirm")}
        </button>
        <button type="button" className="cqs-button" onClick={onCancel}>
          {t("dossier.actions.cancel")}
        </button>
      </div>
    </form>
  );
}
