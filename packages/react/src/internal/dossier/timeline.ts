// The dossier's timeline as data: every status change in time order, with the clock's pauses placed among them,
// supplement requests and their answers named. Pure, so the headless hook, the view and tests share it.
import type { ClockPause, HistoryEntry, PaymentRequest, SupplementRequest } from "@chinhquyenso/client";
import { instantMs } from "../dates";

/** What a history entry is, beyond its action. */
export type TimelineEntryRole = "supplement_request" | "supplement_answer" | "status_change";

export type TimelineItem =
  | {
      readonly kind: "entry";
      readonly key: string;
      readonly entry: HistoryEntry;
      readonly role: TimelineEntryRole;
      /** The change happened while the clock was stopped (after a pause began, before it ended). */
      readonly duringPause: boolean;
      /** A supplement request's deadline for the applicant, when known. */
      readonly deadline: string | null;
    }
  | {
      readonly kind: "pause";
      readonly key: string;
      readonly pause: ClockPause;
      /** Still stopped (`to` is null). */
      readonly open: boolean;
      /** A pause for payment (status 6): the payment requests issued for it, oldest first (empty if unknown). */
      readonly payments: readonly PaymentRequest[];
    };

function roleOf(entry: HistoryEntry): TimelineEntryRole {
  if (entry.action === "request_supplement") return "supplement_request";
  if (entry.fromStatus === "awaiting_supplement" && entry.toStatus !== "awaiting_supplement")
    return "supplement_answer";
  return "status_change";
}

/** Entries without a readable time sort last, in their given order, rather than being dropped. */
const sortKey = (ms: number | null) => ms ?? Number.POSITIVE_INFINITY;

/**
 * The history (any order; malformed rows skipped) and the pauses, oldest first. A pause is listed right after the
 * change that stopped the clock (same instant: the change first).
 */
export function timelineOf(
  history: readonly HistoryEntry[] | null | undefined,
  pauses: readonly ClockPause[] | null | undefined,
  /** The dossier's latest supplement request: gives its entry a deadline when the entry has no `stepDueAt`. */
  supplementRequest?: SupplementRequest | null,
  /** The dossier's payment requests (any order): each is shown on the payment pause it was issued for. */
  paymentRequests?: readonly PaymentRequest[] | null,
): TimelineItem[] {
  const requestedAt = instantMs(supplementRequest?.requestedAt ?? null);
  const spans = (Array.isArray(pauses) ? pauses : [])
    .filter((pause) => pause && instantMs(pause.from) !== null)
    .map((pause) => ({ pause, from: instantMs(pause.from) as number, to: instantMs(pause.to ?? null) }));
  const rows: { at: number; order: number; item: TimelineItem }[] = [];
  (Array.isArray(history) ? history : []).forEach((entry, index) => {
    if (!entry || typeof entry !== "object" || typeof entry.id !== "string") return;
    const at = instantMs(entry.at);
    const duringPause =
      at !== null && spans.some((span) => at > span.from && (span.to === null || at < span.to));
    const role = roleOf(entry);
    const deadline =
      role !== "supplement_request"
        ? null
        : (entry.stepDueAt ??
          (at !== null && at === requestedAt ? (supplementRequest?.deadline ?? null) : null));
    rows.push({
      at: sortKey(at),
      order: index * 2,
      item: { kind: "entry", key: `entry-${entry.id}`, entry, role, duringPause, deadline },
    });
  });
  const payments = paymentsByPause(spans, paymentRequests);
  spans.forEach((span, index) => {
    rows.push({
      at: span.from,
      order: Number.MAX_SAFE_INTEGER - spans.length + index,
      item: {
        kind: "pause",
        key: `pause-${index}`,
        pause: span.pause,
        open: span.to === null,
        payments: payments.get(span) ?? [],
      },
    });
  });
  return rows.sort((a, b) => a.at - b.at || a.order - b.order).map((row) => row.item);
}

/**
 * Which payment pause each request belongs to: the latest one that began at or before it was issued, or — issued
 * just before the dossier was set to await payment — the first one. Requests without a readable time are left out.
 */
function paymentsByPause<Span extends { pause: ClockPause; from: number }>(
  spans: readonly Span[],
  requests: readonly PaymentRequest[] | null | undefined,
): Map<Span, PaymentRequest[]> {
  const paymentSpans = spans.filter((span) => span.pause.status === "awaiting_payment");
  const byPause = new Map<Span, PaymentRequest[]>();
  if (paymentSpans.length === 0 || !Array.isArray(requests)) return byPause;
  const dated = requests
    .filter((request) => request && typeof request.id === "string")
    .map((request) => ({ request, at: instantMs(request.createdAt) }))
    .filter((row): row is { request: PaymentRequest; at: number } => row.at !== null)
    .sort((a, b) => a.at - b.at);
  for (const { request, at } of dated) {
    const span = paymentSpans.findLast((item) => item.from <= at) ?? paymentSpans[0];
    if (!span) continue;
    byPause.set(span, [...(byPause.get(span) ?? []), request]);
  }
  return byPause;
}
