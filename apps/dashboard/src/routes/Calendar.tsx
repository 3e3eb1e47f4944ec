import { MeetingNotice, WorkCalendar } from "@chinhquyenso/react";
import { useState } from "react";
import { useMessages } from "../messages";
import { Page } from "../shell/Page";

const SEEN_KEY = "cqs-dashboard:calendar-seen";

function readSeen(): string | null {
  try {
    return window.localStorage.getItem(SEEN_KEY);
  } catch {
    return null;
  }
}

export default function Calendar() {
  const messages = useMessages();
  // "Changes since last seen" survive reloads; the widget reports the moment the user marks them seen.
  const [lastSeenAt, setLastSeenAt] = useState<string | null>(readSeen);
  const markSeen = (seen: string | null) => {
    setLastSeenAt(seen);
    try {
      if (seen) window.localStorage.setItem(SEEN_KEY, seen);
    } catch {
      // Storage unavailable: remembered for this page only.
    }
  };
  return (
    <Page title={messages.calendar}>
      <div className="calendar-layout">
        {/* Both widgets bring their own h2 (they have no headingLevel prop), which fits under this page's h1. */}
        <MeetingNotice limit={3} days={14} />
        <WorkCalendar lastSeenAt={lastSeenAt} onLastSeenAtChange={markSeen} />
      </div>
    </Page>
  );
}
