import { dateTimeText } from "../../format";
import { useMessages } from "../../messages";
import type { DueExplanationResult } from "./dueExplanation";

export function DueExplanation({ result }: { result: DueExplanationResult }) {
  const messages = useMessages();
  return (
    <section aria-labelledby="dossier-due" className="panel">
      <h2 id="dossier-due">{messages.dueExplanation}</h2>
      {result.kind === "not_received" && <p>{messages.notReceived}</p>}
      {result.kind === "no_duration" && <p>{messages.noDuration}</p>}
      {result.kind === "failed" && (
        <p role="alert">
          {messages.explainFailed} {result.reason}
        </p>
      )}
      {result.kind === "explained" && (
        <>
          <ol className="due-steps">
            {result.explanation.steps.map((step, index) => (
              // Steps have no id; their order is their identity.
              <li key={index}>{step.text}</li>
            ))}
          </ol>
          {result.platformDueAt &&
            Date.parse(result.platformDueAt) !== Date.parse(result.explanation.dueAt) && (
              <p className="note">
                {messages.dueDiffers} {dateTimeText(result.platformDueAt)} ≠{" "}
                {dateTimeText(result.explanation.dueAt)}
              </p>
            )}
        </>
      )}
    </section>
  );
}
