import type { AttendanceInput, Meeting } from "@chinhquyenso/client";
import { useCallback, useMemo, useRef, useState } from "react";
import { instantMs } from "../internal/dates";
import { useChinhQuyenSoSettings } from "../provider/hooks";

export interface UseMeetingNoticeOptions {
  meetings: readonly Meeting[];
  /** How many upcoming meetings to show (default 3). */
  limit?: number;
  /** Sends an answer; a rejection rolls the optimistic answer back. */
  confirm: (meeting: Meeting, input: AttendanceInput) => Promise<unknown>;
}

export type AttendanceOutcome =
  | { meetingId: string; ok: true }
  | { meetingId: string; ok: false; error: unknown; meeting: Meeting; input: AttendanceInput };

export interface MeetingNoticeState {
  /** The next meetings (not ended), soonest first, with answers being sent already applied. */
  upcoming: Meeting[];
  /** Ids of meetings whose answer is being sent. */
  sending: ReadonlySet<string>;
  /** The last answer's outcome (for the live region), cleared by `dismiss`. */
  outcome: AttendanceOutcome | null;
  dismiss: () => void;
  /** Sends the failed answer again. */
  retry: () => Promise<boolean>;
  respond: (meeting: Meeting, input: AttendanceInput) => Promise<boolean>;
}

interface Override {
  attendance: Meeting["attendance"];
  settled: boolean;
}

/**
 * Headless meeting notice: picks the next meetings and answers invitations optimistically — the answer shows at
 * once, stays while the data catches up, and is rolled back if sending fails.
 */
export function useMeetingNotice({
  meetings,
  limit = 3,
  confirm,
}: UseMeetingNoticeOptions): MeetingNoticeState {
  const { now } = useChinhQuyenSoSettings();
  const [overrides, setOverrides] = useState<Record<string, Override>>({});
  const [sending, setSending] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<AttendanceOutcome | null>(null);
  const confirmRef = useRef(confirm);
  confirmRef.current = confirm;

  // Fresh data replaces the answers already accepted by the platform (pending ones stay until they settle).
  // Adjusted during render, React's pattern for state that follows a prop.
  const [seenMeetings, setSeenMeetings] = useState(meetings);
  if (seenMeetings !== meetings) {
    setSeenMeetings(meetings);
    const kept = Object.entries(overrides).filter(([, override]) => !override.settled);
    if (kept.length !== Object.keys(overrides).length) setOverrides(Object.fromEntries(kept));
  }

  const nowMs = now().getTime();
  const upcoming = useMemo(() => {
    const list = (Array.isArray(meetings) ? meetings : []).filter(
      (meeting): meeting is Meeting => meeting !== null && typeof meeting === "object",
    );
    return list
      .filter((meeting) => meeting.state !== "ended" && (instantMs(meeting.endsAt) ?? nowMs) >= nowMs)
      .sort((a, b) => (instantMs(a.startsAt) ?? 0) - (instantMs(b.startsAt) ?? 0))
      .slice(0, limit)
      .map((meeting) => {
        const override = overrides[meeting.id];
        return override ? { ...meeting, attendance: override.attendance } : meeting;
      });
  }, [meetings, overrides, limit, nowMs]);

  const respond = useCallback(
    async (meeting: Meeting, input: AttendanceInput) => {
      const id = meeting.id;
      setOutcome(null);
      setSending((current) => new Set(current).add(id));
      setOverrides((current) => ({
        ...current,
        [id]: {
          attendance: {
            response: input.response,
            delegateName: input.response === "delegated" ? (input.delegateName ?? null) : null,
            respondedAt: now().toISOString(),
          },
          settled: false,
        },
      }));
      try {
        await confirmRef.current(meeting, input);
        setOverrides((current) => {
          const override = current[id];
          return override ? { ...current, [id]: { ...override, settled: true } } : current;
        });
        setOutcome({ meetingId: id, ok: true });
        return true;
      } catch (error) {
        setOverrides(({ [id]: _rolledBack, ...rest }) => rest);
        setOutcome({ meetingId: id, ok: false, error, meeting, input });
        return false;
      } finally {
        setSending((current) => {
          const next = new Set(current);
          next.delete(id);
          return next;
        });
      }
    },
    [now],
  );

  const retry = async () =>
    outcome && !outcome.ok ? respond(outcome.meeting, outcome.input) : Promise.resolve(false);

  return { upcoming, sending, outcome, dismiss: () => setOutcome(null), retry, respond };
}
