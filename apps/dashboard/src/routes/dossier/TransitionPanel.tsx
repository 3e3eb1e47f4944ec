import type { Dossier } from "@chinhquyenso/client";
import {
  allowedActions,
  DOSSIER_ACTION_LABELS,
  DOSSIER_STATUS_LABELS,
  type DossierAction,
  labelOf,
} from "@chinhquyenso/core";
import { type Locale, useDossierTransition } from "@chinhquyenso/react";
import { type FormEvent, useState } from "react";
import { useMessages } from "../../messages";

// What the platform refuses without (422): a reason, and for a supplement request its deadline.
const NEEDS_REASON: readonly string[] = ["refuse", "suspend", "withdraw", "request_supplement"];

type Outcome = { tone: "success" | "error"; text: string } | null;

function tomorrow(): string {
  return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

/** The actions the platform allows now (core's state machine when it does not say), one button each. */
export function TransitionPanel({ dossier, locale }: { dossier: Dossier; locale: Locale }) {
  const messages = useMessages();
  const { transition } = useDossierTransition();
  const [pending, setPending] = useState<DossierAction | null>(null);
  const [asking, setAsking] = useState<DossierAction | null>(null);
  const [reason, setReason] = useState("");
  const [deadline, setDeadline] = useState(tomorrow);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const actions = (dossier.allowedActions ?? allowedActions(dossier.status)) as readonly DossierAction[];

  async function run(action: DossierAction) {
    setPending(action);
    setOutcome(null);
    const input =
      action === "request_supplement"
        ? { supplement: { reason, deadline: `${deadline}T17:00:00+07:00` } }
        : NEEDS_REASON.includes(action)
          ? { reason }
          : {};
    const result = await transition(dossier, action, input);
    setPending(null);
    if (result.ok) {
      setAsking(null);
      setReason("");
      setOutcome({
        tone: "success",
        text: `${messages.done} “${labelOf(DOSSIER_STATUS_LABELS, result.dossier.status, locale)}”.`,
      });
    } else {
      setOutcome({ tone: "error", text: result.message });
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (asking) void run(asking);
  }

  return (
    <section aria-labelledby="dossier-actions" className="panel">
      <h2 id="dossier-actions">{messages.actions}</h2>
      {actions.length === 0 ? (
        <p>{messages.noActions}</p>
      ) : (
        <div className="action-row">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              data-action={action}
              aria-disabled={pending !== null || undefined}
              aria-expanded={NEEDS_REASON.includes(action) ? asking === action : undefined}
              onClick={() => {
                if (pending) return;
                if (NEEDS_REASON.includes(action)) setAsking(asking === action ? null : action);
                else void run(action);
              }}
            >
              {labelOf(DOSSIER_ACTION_LABELS, action, locale)}
            </button>
          ))}
        </div>
      )}
      {asking && (
        <form className="reason-form" onSubmit={submit}>
          <label>
            {messages.reason} — {labelOf(DOSSIER_ACTION_LABELS, asking, locale)}
            <textarea required maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          {asking === "request_supplement" && (
            <label>
              {messages.deadline}
              <input
                type="date"
                required
                min={tomorrow()}
                value={deadline}
                onChange={(e) => setDeadline(e.target.value)}
              />
            </label>
          )}
          <div className="action-row">
            <button type="submit" aria-disabled={pending !== null || undefined}>
              {messages.confirm}
            </button>
            <button type="button" onClick={() => setAsking(null)}>
              {messages.cancel}
            </button>
          </div>
        </form>
      )}
      <div role="status" className={outcome?.tone === "success" ? "outcome" : undefined}>
        {outcome?.tone === "success" ? outcome.text : null}
      </div>
      <div role="alert" className={outcome?.tone === "error" ? "outcome outcome--error" : undefined}>
        {outcome?.tone === "error" ? outcome.text : null}
      </div>
    </section>
  );
}
