// Queue menus over the store, with core's queue definitions (DOSSIER_QUEUE_FILTERS) and the per-minute cached
// timeliness of each dossier. A test checks that the result equals core's own `filterQueue`.
import { DOSSIER_QUEUE_FILTERS, DOSSIER_QUEUES, type DossierQueue } from "@chinhquyenso/core";
import type { DossierRecord } from "../dataset/types";
import type { MockStore } from "./store";
import { dossierClock } from "./views";

export function inQueue(store: MockStore, record: DossierRecord, queue: DossierQueue): boolean {
  const filter = DOSSIER_QUEUE_FILTERS[queue];
  if (filter.statuses !== "any" && !filter.statuses.includes(record.status)) return false;
  if (filter.channel !== undefined && record.channel !== filter.channel) return false;
  if (filter.returnByPost && !record.returnByPost) return false;
  if (filter.timeliness !== undefined) {
    const clock = dossierClock(store, record);
    if (clock.timeliness === null || !filter.timeliness.includes(clock.timeliness)) return false;
  }
  return true;
}

export interface QueueCount {
  queue: DossierQueue;
  count: number;
  dueSoon: number;
  overdue: number;
}

export function queueCounts(store: MockStore, records: Iterable<DossierRecord>): QueueCount[] {
  const counts = DOSSIER_QUEUES.map((queue) => ({ queue, count: 0, dueSoon: 0, overdue: 0 }));
  for (const record of records) {
    const clock = dossierClock(store, record);
    for (const count of counts) {
      if (!inQueue(store, record, count.queue)) continue;
      count.count += 1;
      if (clock.dueMs !== null && clock.timeliness === "due_soon") count.dueSoon += 1;
      if (clock.dueMs !== null && clock.timeliness === "overdue") count.overdue += 1;
    }
  }
  return counts;
}
