import type { components } from "@chinhquyenso/spec";
import type { DossierRecord } from "../dataset/types";
import { isoOf } from "../util";
import { canSeeDossier } from "./access";
import type { StreamEvent } from "./events";
import { recipientOf } from "./principals";
import type { MockStore } from "./store";

/** Publishes a stream event to `recipientId` (a principal's `recipientOf`) and records their notification. */
export function publishNotification(
  store: MockStore,
  recipientId: string,
  type: components["schemas"]["NotificationType"],
  title: string,
  resourceId: string,
  data: Record<string, unknown>,
): void {
  const now = store.now();
  const occurredAt = isoOf(now);
  store.events.publish({ type, occurredAt, data } as Omit<StreamEvent, "id">, now, recipientId);
  const id = store.nextId("nt");
  store.notifications.set(id, {
    id,
    type,
    title,
    resourceId,
    createdAt: occurredAt,
    createdAtMs: now,
    readAt: null,
    recipientId,
  });
}

/** Everyone who may see the dossier hears about it: its agency's staff, its applicant. */
export function dossierRecipients(store: MockStore, record: DossierRecord): string[] {
  const ids = new Set<string>([store.world.currentUser.id]);
  for (const principal of store.principals)
    if (canSeeDossier(principal, record)) ids.add(recipientOf(principal));
  return [...ids];
}
