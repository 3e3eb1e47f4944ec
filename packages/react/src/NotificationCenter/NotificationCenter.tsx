import type { Notification } from "@chinhquyenso/client";
import { labelOf, STREAM_EVENT_LABELS } from "@chinhquyenso/core";
import { useEffect } from "react";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { useTranslator } from "../i18n/useTranslator";
import { newIdempotencyKey } from "../internal/idempotencyKey";
import { useConnection, useLiveState, useLocale } from "../provider/hooks";
import { notificationMessages } from "./messages";
import { NotificationCenterView } from "./NotificationCenterView";
import type { NotificationCenterProps } from "./types";
import { useNotificationCenter } from "./useNotificationCenter";
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from "./useNotifications";

export type { NotificationCenterProps, NotificationCenterStatus } from "./types";

/**
 * A bell with the unread count and a panel of notifications grouped by kind: mark one or all read, each item
 * deep-links through `onNavigate`; live over the provider's stream, saying so while it reconnects, with a
 * polite, rate-limited announcement of new notifications.
 */
export function NotificationCenter(props: NotificationCenterProps) {
  const t = useTranslator(notificationMessages);
  return (
    <WidgetBoundary widget="NotificationCenter" label={t("notifications.widgetName")}>
      {props.notifications !== undefined ? (
        <ControlledNotificationCenter {...props} notifications={props.notifications} />
      ) : (
        <ConnectedNotificationCenter {...props} />
      )}
    </WidgetBoundary>
  );
}

function ControlledNotificationCenter(
  props: NotificationCenterProps & { notifications: readonly Notification[] },
) {
  const center = useNotificationCenter({ ...props, announceNewItems: true });
  const { onMarkRead, onMarkAllRead } = props;
  return (
    <NotificationCenterView
      {...props}
      center={center}
      status={props.status ?? "success"}
      liveState={props.liveState ?? "idle"}
      markRead={onMarkRead ? async (item) => onMarkRead(item) : undefined}
      markAllRead={onMarkAllRead ? async () => onMarkAllRead() : undefined}
    />
  );
}

function ConnectedNotificationCenter(props: NotificationCenterProps) {
  const { live } = useConnection("NotificationCenter");
  const locale = useLocale();
  const query = useNotifications({ limit: props.limit ?? 30 });
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();
  const liveState = useLiveState();
  const items = query.data?.items ?? [];
  const center = useNotificationCenter({
    ...props,
    notifications: items,
    ...(typeof query.data?.unread === "number" ? { unreadCount: query.data.unread } : {}),
  });
  const { announce } = center;

  // Stream events are announced as they arrive; the list itself refreshes through the provider's invalidation.
  useEffect(
    () =>
      live.subscribe((event) => {
        const data = (event.data ?? {}) as Record<string, unknown>;
        const about = [data.title, data.subject, data.dossierCode].find((value) => typeof value === "string");
        const label = labelOf(STREAM_EVENT_LABELS, String(event.type), locale);
        announce([about ? `${label}: ${String(about)}` : label]);
      }),
    [live, locale, announce],
  );

  const newest = Math.max(...items.map((item) => Date.parse(item.createdAt)).filter(Number.isFinite));
  return (
    <NotificationCenterView
      {...props}
      center={center}
      status={query.isPending ? "loading" : query.isError && !query.data ? "error" : "success"}
      onRetry={() => void query.refetch()}
      error={query.error}
      liveState={liveState}
      markRead={async (item) => {
        await markRead.mutateAsync({ notificationId: item.id });
      }}
      markAllRead={async () => {
        // Only what the user has seen: one arriving meanwhile stays unread.
        const body = Number.isFinite(newest) ? { before: new Date(newest + 1).toISOString() } : undefined;
        await markAllRead.mutateAsync({ ...(body ? { body } : {}), idempotencyKey: newIdempotencyKey() });
      }}
    />
  );
}
