// While a remote signing request awaits the user, the notifications stream says when it changed, so the
// prompt asks for it at once instead of at the next poll. No change may slip through the gaps: an event that
// arrives before the prompt knows the request's id (or before its effects ran) is remembered; a stream that
// (re)connects while we wait, or says it missed events (`stream.reset`), makes us ask anyway.
import { useEffect, useRef } from "react";
import type { LiveChannel, LiveState } from "../provider/live";

/** How many request ids of recent `signing.status_changed` events are remembered for a request not yet known. */
const REMEMBERED_EVENTS = 20;

export function useLiveRefresh(
  live: LiveChannel,
  liveState: LiveState,
  requestId: string | undefined,
  refresh: () => void,
): void {
  // Read by the stream listener, which outlives renders: set during render so no commit-to-effect gap exists.
  const currentRef = useRef({ requestId, refresh });
  currentRef.current = { requestId, refresh };
  const heardRef = useRef<string[]>([]);

  useEffect(
    () =>
      live.subscribe((event) => {
        const { requestId: current, refresh: refreshNow } = currentRef.current;
        if (event.type === "stream.reset") {
          if (current) refreshNow();
        } else if (event.type === "signing.status_changed") {
          if (event.data.requestId === current) refreshNow();
          else heardRef.current = [...heardRef.current, event.data.requestId].slice(-REMEMBERED_EVENTS);
        }
      }),
    [live],
  );

  // Waiting starts for a request the stream already spoke about: its news came first.
  useEffect(() => {
    if (requestId && heardRef.current.includes(requestId)) refresh();
  }, [requestId, refresh]);

  // The stream (re)opened while we wait: anything sent while it was down may not be replayed.
  const previousStateRef = useRef(liveState);
  useEffect(() => {
    const previous = previousStateRef.current;
    previousStateRef.current = liveState;
    if (requestId && liveState === "open" && previous !== "open") refresh();
  }, [liveState, requestId, refresh]);
}
