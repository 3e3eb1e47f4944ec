import type { DossierQueue as QueueName } from "@chinhquyenso/core";
import { DOSSIER_QUEUES } from "@chinhquyenso/core";
import { DossierQueue } from "@chinhquyenso/react";
import { useLocation, useSearch } from "wouter";
import { useMessages } from "../messages";
import { PATHS } from "../paths";
import { Page } from "../shell/Page";

function queueOf(search: string): QueueName {
  const wanted = new URLSearchParams(search).get("menu");
  return (DOSSIER_QUEUES as readonly string[]).includes(wanted ?? "") ? (wanted as QueueName) : "all";
}

export default function Queue() {
  const messages = useMessages();
  const [, navigate] = useLocation();
  // The menu is in the URL (?menu=due_or_overdue) so it survives a reload, a shared link and "back".
  const queue = queueOf(useSearch());
  return (
    <Page title={messages.queue}>
      <DossierQueue
        label={messages.queue}
        queue={queue}
        onQueueChange={(next) =>
          navigate(next === "all" ? PATHS.queue : `${PATHS.queue}?menu=${next}`, { replace: true })
        }
        onRowActivate={(dossier) => navigate(PATHS.dossier(dossier.code))}
      />
    </Page>
  );
}
