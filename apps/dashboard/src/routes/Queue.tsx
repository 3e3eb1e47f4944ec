import type { DossierQueue as QueueName } from "@chinhquyenso/core";
import { DOSSIER_QUEUES } from "@chinhquyenso/core";
import { DossierQueue } from "@chinhquyenso/react";
import { useEffect, useRef, useState } from "react";
import { useLocation, useSearch } from "wouter";
import { useMessages } from "../messages";
import { PATHS } from "../paths";
import { Page } from "../shell/Page";
import { useGridFillsWindow } from "./queue/useGridFillsWindow";

function queueOf(search: string): QueueName {
  const wanted = new URLSearchParams(search).get("menu");
  return (DOSSIER_QUEUES as readonly string[]).includes(wanted ?? "") ? (wanted as QueueName) : "all";
}

// The dossier opened from the queue, so that coming back puts the user on its row rather than on row 1.
const RETURN_KEY = "cqs-dashboard:queue-return";

function readReturn(): string | undefined {
  try {
    return window.sessionStorage.getItem(RETURN_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeReturn(code: string | null): void {
  try {
    if (code === null) window.sessionStorage.removeItem(RETURN_KEY);
    else window.sessionStorage.setItem(RETURN_KEY, code);
  } catch {
    // Storage unavailable: coming back starts at the top.
  }
}

export default function Queue() {
  const messages = useMessages();
  const [, navigate] = useLocation();
  // The menu is in the URL (?menu=due_or_overdue) so it survives a reload, a shared link and "back".
  const queue = queueOf(useSearch());
  const [returnTo] = useState(readReturn);
  useEffect(() => writeReturn(null), []);
  const container = useRef<HTMLDivElement>(null);
  useGridFillsWindow(container);
  return (
    <Page title={messages.queue} focusHeading={returnTo === undefined}>
      <div ref={container} className="queue-page">
        <DossierQueue
          label={messages.queue}
          queue={queue}
          returnTo={returnTo}
          onQueueChange={(next) =>
            navigate(next === "all" ? PATHS.queue : `${PATHS.queue}?menu=${next}`, { replace: true })
          }
          onRowActivate={(dossier) => {
            writeReturn(dossier.code);
            navigate(PATHS.dossier(dossier.code));
          }}
        />
      </div>
    </Page>
  );
}
