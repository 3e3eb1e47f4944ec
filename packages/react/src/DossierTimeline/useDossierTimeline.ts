import type { ClockPause, HistoryEntry, PaymentRequest, SupplementRequest } from "@chinhquyenso/client";
import { useMemo } from "react";
import { type TimelineEntryRole, type TimelineItem, timelineOf } from "../internal/dossier/timeline";

export type DossierTimelineEntryRole = TimelineEntryRole;
export type DossierTimelineItem = TimelineItem;
/** The timeline as data (pure): what `useDossierTimeline` memoises. */
export const dossierTimelineOf = timelineOf;

/**
 * Headless timeline: the history oldest first with the clock's pauses among it (`kind: "pause"`), each change
 * marked when it happened while the clock was stopped, supplement requests (with their deadline) and their
 * answers named.
 */
export function useDossierTimeline(
  history: readonly HistoryEntry[] | null | undefined,
  pauses: readonly ClockPause[] | null | undefined,
  supplementRequest?: SupplementRequest | null,
  paymentRequests?: readonly PaymentRequest[] | null,
): DossierTimelineItem[] {
  return useMemo(
    () => timelineOf(history, pauses, supplementRequest, paymentRequests),
    [history, pauses, supplementRequest, paymentRequests],
  );
}
