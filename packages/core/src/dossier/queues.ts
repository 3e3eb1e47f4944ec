import type { WorkingCalendar } from "../calendar/calendar";
import type { Duration } from "../deadline/duration";
import { type DossierTimelinessInput, type Timeliness, timeliness } from "../deadline/timeliness";
import type { LabelTable } from "../labels";
import type { InstantInput } from "../time/instant";
import type { Channel } from "./channels";
import type { DossierStatus } from "./status";

/** The queue menus of the one-stop app (glossary), each a named filter. */
export const DOSSIER_QUEUES = [
  "awaiting_online_intake",
  "in_progress",
  "awaiting_supplement",
  "due_or_overdue",
  "awaiting_fee",
  "awaiting_postal_return",
  "withdrawal",
  "all",
] as const;
export type DossierQueue = (typeof DOSSIER_QUEUES)[number];

export const DOSSIER_QUEUE_LABELS: LabelTable<DossierQueue> = {
  awaiting_online_intake: { vi: "Chờ tiếp nhận trực tuyến", en: "Awaiting online intake" },
  in_progress: { vi: "Đang xử lý", en: "In progress" },
  awaiting_supplement: { vi: "Chờ bổ sung", en: "Awaiting supplement" },
  due_or_overdue: { vi: "Hồ sơ tới hạn / quá hạn", en: "Due soon or overdue" },
  awaiting_fee: { vi: "Chờ thu phí", en: "Awaiting fee" },
  awaiting_postal_return: { vi: "Chờ trả qua bưu chính (BCCI)", en: "Awaiting return by post" },
  withdrawal: { vi: "Xin rút", en: "Withdrawal requests" },
  all: { vi: "Tất cả hồ sơ", en: "All dossiers" },
};

/** A queue as data: every given criterion must hold. `statuses: "any"` also matches unknown statuses. */
export interface QueueFilter {
  readonly statuses: readonly DossierStatus[] | "any";
  readonly channel?: Channel;
  /** The applicant asked for the result by post (BCCI). */
  readonly returnByPost?: true;
  readonly timeliness?: readonly Timeliness[];
}

export const DOSSIER_QUEUE_FILTERS: Readonly<Record<DossierQueue, QueueFilter>> = {
  awaiting_online_intake: { statuses: ["registered"], channel: "online" },
  in_progress: { statuses: ["received", "processing"] },
  awaiting_supplement: { statuses: ["awaiting_supplement"] },
  due_or_overdue: {
    statuses: ["received", "processing", "awaiting_supplement", "awaiting_payment", "suspended"],
    timeliness: ["due_soon", "overdue"],
  },
  awaiting_fee: { statuses: ["awaiting_payment"] },
  awaiting_postal_return: { statuses: ["finished"], returnByPost: true },
  withdrawal: { statuses: ["withdrawn"] },
  all: { statuses: "any" },
};

/** The dossier fields queues read; the API's dossier type satisfies it structurally. */
export interface QueueDossierInput extends DossierTimelinessInput {
  readonly channel?: string | null | undefined;
  readonly returnByPost?: boolean | null | undefined;
}

export interface QueueOptions {
  /** Needed by queues that filter on timeliness (`due_or_overdue`). */
  readonly now?: InstantInput | undefined;
  readonly dueSoonWithin?: Duration | undefined;
  readonly calendar?: WorkingCalendar | undefined;
}

/** Whether a dossier belongs in a queue. An unknown queue name matches nothing. */
export function matchesQueue(
  queue: DossierQueue | (string & {}),
  dossier: QueueDossierInput,
  options: QueueOptions = {},
): boolean {
  const filter = Object.hasOwn(DOSSIER_QUEUE_FILTERS, queue)
    ? DOSSIER_QUEUE_FILTERS[queue as DossierQueue]
    : undefined;
  if (filter === undefined) return false;
  if (filter.statuses !== "any" && !(filter.statuses as readonly string[]).includes(dossier.status))
    return false;
  if (filter.channel !== undefined && dossier.channel !== filter.channel) return false;
  if (filter.returnByPost && dossier.returnByPost !== true) return false;
  if (filter.timeliness !== undefined) {
    const value = timeliness(dossier, options.now ?? new Date(), {
      dueSoonWithin: options.dueSoonWithin,
      calendar: options.calendar,
    });
    if (value === null || !filter.timeliness.includes(value)) return false;
  }
  return true;
}

/** The dossiers of a queue, in their original order. */
export function filterQueue<Dossier extends QueueDossierInput>(
  queue: DossierQueue | (string & {}),
  dossiers: readonly Dossier[],
  options: QueueOptions = {},
): Dossier[] {
  const fixed = { ...options, now: options.now ?? new Date() };
  return dossiers.filter((dossier) => matchesQueue(queue, dossier, fixed));
}
