import { useEffect, useId, useRef } from "react";
import type { Translate } from "../i18n/translator";
import { useTranslator } from "../i18n/useTranslator";
import { type ThreadMessageKey, threadMessages } from "./messages";
import { actionErrorText } from "./ThreadComposer";
import type { ComplaintThreadState } from "./useComplaintThread";
import type { ActionProblem } from "./useThreadActions";

type T = Translate<ThreadMessageKey>;

function problemText(problem: ActionProblem, missing: ThreadMessageKey, t: T, max = 0): string {
  if (problem.kind === "missing") return t(missing);
  if (problem.kind === "too_long") return t("thread.reopen.tooLong", { count: problem.length, max });
  return actionErrorText(problem.error, t);
}

function AssignForm({ thread, t }: { thread: ComplaintThreadState; t: T }) {
  const { assign } = thread;
  const id = useId();
  const select = useRef<HTMLSelectElement | null>(null);
  const { problem } = assign;
  useEffect(() => {
    if (problem?.kind === "missing") select.current?.focus();
  }, [problem]);
  const sending = assign.phase === "sending";
  return (
    <form
      className="cqs-complaint-thread__assign"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!sending) assign.submit();
      }}
    >
      <label className="cqs-complaint-thread__field-label" htmlFor={`${id}assignee`}>
        {t("thread.assign.label")}
      </label>
      <select
        ref={select}
        id={`${id}assignee`}
        className="cqs-complaint-thread__select"
        value={assign.selectedId}
        onChange={(event) => assign.select(event.target.value)}
        aria-invalid={problem?.kind === "missing" ? true : undefined}
        aria-describedby={problem === undefined ? undefined : `${id}error`}
      >
        <option value="">{t("thread.assign.placeholder")}</option>
        {assign.options.map((person) => (
          <option key={person.id} value={person.id}>
            {person.id === assign.currentId ? t("thread.assign.current", { name: person.name }) : person.name}
            {person.position ? ` — ${person.position}` : ""}
          </option>
        ))}
      </select>
      <button type="submit" className="cqs-button" aria-disabled={sending ? true : undefined}>
        {sending ? t("thread.composer.sending") : t("thread.assign.submit")}
      </button>
      {problem === undefined ? null : (
        <p className="cqs-complaint-thread__error" role="alert" id={`${id}error`}>
          {problemText(problem, "thread.assign.missing", t)}
        </p>
      )}
    </form>
  );
}

function ReopenForm({ thread, t }: { thread: ComplaintThreadState; t: T }) {
  const { reopen } = thread;
  const id = useId();
  const field = useRef<HTMLTextAreaElement | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const wasOpen = useRef(reopen.open);
  const { problem } = reopen;
  // Opening moves focus to the reason; closing (cancel or done) brings it back to the button.
  useEffect(() => {
    if (reopen.open && !wasOpen.current) field.current?.focus();
    if (!reopen.open && wasOpen.current) opener.current?.focus();
    wasOpen.current = reopen.open;
  }, [reopen.open]);
  useEffect(() => {
    if (problem?.kind === "missing" || problem?.kind === "too_long") field.current?.focus();
  }, [problem]);

  if (!reopen.open) {
    return (
      <button ref={opener} type="button" className="cqs-button" onClick={() => reopen.setOpen(true)}>
        {t("thread.reopen.open")}
      </button>
    );
  }
  const sending = reopen.phase === "sending";
  return (
    <form
      className="cqs-complaint-thread__reopen"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!sending) reopen.submit();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape" && !sending) reopen.setOpen(false);
      }}
    >
      <label className="cqs-complaint-thread__field-label" htmlFor={`${id}reason`}>
        {t("thread.reopen.reason")}
      </label>
      <textarea
        ref={field}
        id={`${id}reason`}
        className="cqs-complaint-thread__textarea"
        rows={2}
        value={reopen.reason}
        readOnly={sending}
        onChange={(event) => reopen.setReason(event.target.value)}
        aria-invalid={problem?.kind === "missing" || problem?.kind === "too_long" ? true : undefined}
        aria-describedby={problem === undefined ? undefined : `${id}error`}
      />
      {problem === undefined ? null : (
        <p className="cqs-complaint-thread__error" role="alert" id={`${id}error`}>
          {problemText(problem, "thread.reopen.emptyReason", t, reopen.maxLength)}
        </p>
      )}
      <div className="cqs-complaint-thread__submit-row">
        <button
          type="submit"
          className="cqs-button"
          data-variant="primary"
          aria-disabled={sending ? true : undefined}
        >
          {sending ? t("thread.composer.sending") : t("thread.reopen.submit")}
        </button>
        <button type="button" className="cqs-button" onClick={() => reopen.setOpen(false)} disabled={sending}>
          {t("thread.reopen.cancel")}
        </button>
      </div>
    </form>
  );
}

export interface ComplaintThreadActionsProps {
  thread: ComplaintThreadState;
}

/** Assign (staff, open feedback) and reopen (resolved, rejected or closed feedback); nothing when neither applies. */
export function ComplaintThreadActions({ thread }: ComplaintThreadActionsProps) {
  const t = useTranslator(threadMessages);
  if (!thread.assign.available && !thread.reopen.available) return null;
  return (
    <section className="cqs-complaint-thread__actions" aria-label={t("thread.actions.label")}>
      {thread.assign.available ? <AssignForm thread={thread} t={t} /> : null}
      {thread.reopen.available ? <ReopenForm thread={thread} t={t} /> : null}
    </section>
  );
}
