import type { MarkAllRead, NotificationPage, NotificationsListParams } from "@chinhquyenso/client";
import { type QueryClient, useMutation, useQuery } from "@tanstack/react-query";
import { useConnection } from "../provider/hooks";

/** The user's notifications and unread count (`notifications.list`), refreshed by every stream event. */
export function useNotifications(params: NotificationsListParams = { limit: 30 }) {
  const { queries, queryClient } = useConnection("NotificationCenter");
  return useQuery(queries.notifications.list(params), queryClient);
}

type Snapshot = [readonly unknown[], NotificationPage | undefined][];

/** Applies `change` to every cached notifications page; returns what to restore on failure. */
function updatePages(
  queryClient: QueryClient,
  change: (page: NotificationPage) => NotificationPage,
): Snapshot {
  const filters = { queryKey: ["cqs", "notifications", "list"] };
  const snapshot = queryClient.getQueriesData<NotificationPage>(filters);
  queryClient.setQueriesData<NotificationPage>(filters, (page) =>
    page && Array.isArray(page.items) ? change(page) : page,
  );
  return snapshot;
}

function restore(queryClient: QueryClient, snapshot: Snapshot | undefined) {
  for (const [key, page] of snapshot ?? []) queryClient.setQueryData(key, page);
}

/** Marks one notification read (`notifications.markRead`): optimistic in the cache, rolled back on failure. */
export function useMarkNotificationRead() {
  const { queries, queryClient } = useConnection("NotificationCenter");
  return useMutation(
    {
      ...queries.notifications.markRead(),
      onMutate: async ({ notificationId }: { notificationId: string }) => {
        await queryClient.cancelQueries({ queryKey: queries.notifications.key });
        const readAt = new Date().toISOString();
        return updatePages(queryClient, (page) => {
          const target = page.items.find((item) => item.id === notificationId);
          if (!target || target.readAt) return page;
          return {
            ...page,
            unread: Math.max(0, page.unread - 1),
            items: page.items.map((item) => (item.id === notificationId ? { ...item, readAt } : item)),
          };
        });
      },
      onError: (_error, _variables, snapshot) => restore(queryClient, snapshot),
    },
    queryClient,
  );
}

/**
 * Marks every notification read (`notifications.markAllRead`, with `before` so that one arriving meanwhile
 * stays unread): optimistic in the cache, rolled back on failure. Pass one `idempotencyKey` per click.
 */
export function useMarkAllNotificationsRead() {
  const { queries, queryClient } = useConnection("NotificationCenter");
  return useMutation(
    {
      ...queries.notifications.markAllRead(),
      onMutate: async ({ body }: { body?: MarkAllRead; idempotencyKey?: string }) => {
        await queryClient.cancelQueries({ queryKey: queries.notifications.key });
        const readAt = new Date().toISOString();
        const before = body?.before ? Date.parse(body.before) : Number.POSITIVE_INFINITY;
        return updatePages(queryClient, (page) => {
          let marked = 0;
          const items = page.items.map((item) => {
            if (item.readAt || !(Date.parse(item.createdAt) < before)) return item;
            marked += 1;
            return { ...item, readAt };
          });
          return { ...page, items, unread: Math.max(0, page.unread - marked) };
        });
      },
      onError: (_error, _variables, snapshot) => restore(queryClient, snapshot),
    },
    queryClient,
  );
}
