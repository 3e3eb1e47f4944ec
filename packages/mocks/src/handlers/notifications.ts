import { ownsNotification } from "../store/access";
import type { StreamEvent } from "../store/events";
import { recipientOf } from "../store/principals";
import { notFound } from "../store/problem";
import { notificationView } from "../store/views";
import type { Resolvers } from "./context";
import { paginate } from "./pagination";
import { json, noContent } from "./respond";

type NotificationOperations =
  | "notifications.list"
  | "notifications.markRead"
  | "notifications.markAllRead"
  | "notifications.stream";

/** One server-sent event: `event` is the payload's type, `id` resumes the stream (contract `x-streaming`). */
export function formatEvent(event: StreamEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

export const notificationResolvers: Pick<Resolvers, NotificationOperations> = {
  "notifications.list": ({ store, query, principal }) => {
    const all = [...store.notifications.values()]
      .filter((item) => ownsNotification(principal, item, store.currentUser.id))
      .sort((a, b) => b.createdAtMs - a.createdAtMs || (a.id < b.id ? 1 : -1));
    const unread = all.filter((item) => item.readAt === null).length;
    const filtered = query.unread === true ? all.filter((item) => item.readAt === null) : all;
    const { cursor, limit, ...filters } = query;
    const page = paginate(filtered, { cursor, limit, query: filters });
    return json("notifications.list", 200, {
      items: page.items.map(notificationView),
      nextCursor: page.nextCursor,
      unread,
    });
  },
  "notifications.markRead": ({ store, path, principal }) => {
    const item = store.notifications.get(path.notificationId);
    if (!item || !ownsNotification(principal, item, store.currentUser.id))
      throw notFound(`Notification ${path.notificationId}`);
    item.readAt ??= store.nowIso();
    return noContent();
  },
  "notifications.markAllRead": async (context) => {
    const { before } = await context.json();
    const limit = before === undefined ? Number.POSITIVE_INFINITY : Date.parse(before);
    let updated = 0;
    for (const item of context.store.notifications.values()) {
      if (
        !ownsNotification(context.principal, item, context.store.currentUser.id) ||
        item.readAt !== null ||
        item.createdAtMs >= limit
      )
        continue;
      item.readAt = context.store.nowIso();
      updated += 1;
    }
    return json("notifications.markAllRead", 200, { updated });
  },
  "notifications.stream": ({ store, request, principal }) => {
    const encoder = new TextEncoder();
    let stop = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        let open = true;
        const write = (text: string) => {
          if (open) controller.enqueue(encoder.encode(text));
        };
        const heartbeat = setInterval(() => write(`: heartbeat ${store.nowIso()}\n\n`), store.heartbeatMs);
        stop = () => {
          if (!open) return;
          open = false;
          clearInterval(heartbeat);
          unsubscribe();
          try {
            controller.close();
          } catch {
            // already closed by the reader
          }
        };
        write(": connected\nretry: 3000\n\n");
        const unsubscribe = store.events.subscribe(
          { send: (event) => write(formatEvent(event)), close: () => stop() },
          request.headers.get("last-event-id"),
          recipientOf(principal),
          () => store.nowIso(),
        );
        if (request.signal.aborted) stop();
        else request.signal.addEventListener("abort", () => stop());
      },
      cancel() {
        stop();
      },
    });
    return new Response(stream, {
      status: 200,
      headers: { "content-type": "text/event-stream", "cache-control": "no-cache" },
    });
  },
};
