import type { HistoryEntry } from "@chinhquyenso/client";
import { DOSSIER_ACTION_LABELS, DOSSIER_STATUS_LABELS, labelOf } from "@chinhquyenso/core";
import type { Locale } from "@chinhquyenso/react";
import { dateTimeText } from "../../format";
import { useMessages } from "../../messages";

export function HistoryList({ entries, locale }: { entries: readonly HistoryEntry[]; locale: Locale }) {
  const messages = useMessages();
  return (
    <section aria-labelledby="dossier-history" className="panel">
      <h2 id="dossier-history">{messages.history}</h2>
      <ol className="history">
        {entries.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.at}>{dateTimeText(entry.at)}</time>{" "}
            <strong>{labelOf(DOSSIER_ACTION_LABELS, entry.action, locale)}</strong> →{" "}
            {labelOf(DOSSIER_STATUS_LABELS, entry.toStatus, locale)} · {entry.actor.name}
            {entry.comment ? <p className="history__comment">{entry.comment}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
