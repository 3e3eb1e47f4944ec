import type { components } from "@chinhquyenso/spec";
import { isoOf } from "../util";
import type { StreamEvent } from "./events";
import type { MockStore } from "./store";

/** Publishes a stream event and records the matching notification for the current user. */
export function publishNotification(
  store: MockStore,
  type: components["schemas"]["NotificationType"],
  title: string,
  resourceId: string,
  data: Record<string, unknown>,
): void {
  const now = store.now();
  const occurredAt = isoOf(now);
  store.events.publish({ type, occurredAt, data } as Omit<StreamEvent, "id">, now);
  const id = store.nextId("nt");
  store.notifications.set(id, {
    id,
    type,
    title,
    resourceId,
    createdAt: occurredAt,
    createdAtMs: now,
    readAt: null,
  });
}
