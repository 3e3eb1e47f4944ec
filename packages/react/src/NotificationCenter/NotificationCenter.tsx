import type { Notification } from "@chinhquyenso/client";
import { labelOf, STREAM_EVENT_LABELS } from "@chinhquyenso/core";
import { type ReactNode, useEffect, useId, useState } from "react";
import { RetryAlert } from "../boundary/RetryAlert";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { commonMessages } from "../i18n/common";
import { useTranslator } from "../i18n/useTranslator";
import { safeDateTime } from "../internal/dates";
import { newIdempotencyKey } from "../internal/idempotencyKey";
import { useConnection, useLiveState, useLocale } from "../provider/hooks";
import type { LiveState } from "../provider/live";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { notificationMessages } from "./messages";
import {
  type NotificationCenterState,
  type UseNotificationCenterOptions,
  useNotificationCenter,
} from "./useNotificationCenter";
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from "./useNotifications";
import { usePopoverPanel } from "./usePopoverPanel";

export type NotificationCenterStatus = "loading" | "error" | "success";

export interface NotificationCenterProps
  extends Omit<UseNotificationCenterOptions, "notifications" | "announceNewItems"> {
  /** Controlled mode: the notifications, newest first or not (the widget groups and sorts them). */
  notifications?: readonly Notification[];
  status?: NotificationCenterStatus;
  onRetry?: () => void;
  /** Controlled mode: mark one read (a rejected promise shows the error). */
  onMarkRead?: (notification: Notification) => void | Promise<void>;
  /** Controlled mode: mark all read. */
  onMarkAllRead?: () => void | Promise<void>;
  /** A notification was activated: go to what it is about (dossier code, document id… in `resourceId`). */
  onNavigate?: (notification: Notification) => void;
  /** Controlled mode: the state of your own live connection (connected mode reads the provider's stream). */
  liveState?: LiveState;
  /** Shows "Xem tất cả thông báo" at the bottom of the panel. */
  onViewAll?: () => void;
  /** Connected mode: how many notifications to load (default 30). */
  limit?: number;
  className?: string;
}

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

interface ViewProps extends NotificationCenterProps {
  center: NotificationCenterState;
  status: NotificationCenterStatus;
  liveState: LiveState;
  markRead: ((notification: Notification) => Promise<void>) | undefined;
  markAllRead: (() => Promise<void>) | undefined;
}

function BellIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
      <path
        d="M12 2a6 6 0 0 0-6 6v3.6l-1.7 3.4A1 1 0 0 0 5.2 16.5h13.6a1 1 0 0 0 .9-1.5L18 11.6V8a6 6 0 0 0-6-6Zm0 20a3 3 0 0 0 2.8-2H9.2A3 3 0 0 0 12 22Z"
        fill="currentColor"
      />
    </svg>
  );
}

const LIVE_MESSAGES = {
  connecting: "notifications.live.connecting",
  reconnecting: "notifications.live.reconnecting",
  stopped: "notifications.live.stopped",
} as const;

function NotificationCenterView(props: ViewProps) {
  const { center, status } = props;
  const t = useTranslator(notificationMessages);
  const common = useTranslator(commonMessages);
  const root = useWidgetRoot("cqs-notifications", props.className);
  const titleId = useId();
  const panelId = useId();
  const popover = usePopoverPanel(center.open, center.setOpen);
  const [failure, setFailure] = useState<{ retry: () => void } | null>(null);
  const liveKey =
    props.liveState === "connecting" || props.liveState === "reconnecting" || props.liveState === "stopped"
      ? LIVE_MESSAGES[props.liveState]
      : null;

  const attempt = async (action: () => Promise<void>) => {
    setFailure(null);
    try {
      await action();
    } catch {
      setFailure({ retry: () => void attempt(action) });
    }
  };

  const activate = (item: Notification) => {
    if (center.isUnread(item) && props.markRead)
      void attempt(() => props.markRead?.(item) ?? Promise.resolve());
    center.setOpen(false);
    props.onNavigate?.(item);
  };

  const count = center.unreadCount;
  // The name says what the badge shows (WCAG 2.5.3, label in name).
  const shown = count > 99 ? "99+" : String(count);
  let body: ReactNode;
  if (status === "loading") {
    body = (
      <div className="cqs-notifications__loading" aria-busy="true">
        <p className="cqs-visually-hidden">{common("common.loading")}</p>
        <span className="cqs-skeleton" style={{ width: "80%" }} />
        <span className="cqs-skeleton" style={{ width: "65%" }} />
        <span className="cqs-skeleton" style={{ width: "70%" }} />
      </div>
    );
  } else if (status === "error") {
    body = (
      <RetryAlert
        className="cqs-notifications__error"
        message={t("notifications.error")}
        onRetry={props.onRetry}
      />
    );
  } else if (center.groups.length === 0) {
    body = <p className="cqs-notifications__empty">{t("notifications.empty")}</p>;
  } else {
    body = center.groups.map((group) => (
      <section
        key={group.key}
        className="cqs-notifications__group"
        aria-labelledby={`${titleId}-${group.key}`}
      >
        <h3 id={`${titleId}-${group.key}`} className="cqs-notifications__group-title">
          {t(`notifications.group.${group.key}`)}
          {group.unread > 0 ? " " : null}
          {group.unread > 0 ? (
            <span className="cqs-notifications__group-count">{`(${group.unread} ${t("notifications.unread")})`}</span>
          ) : null}
        </h3>
        <ul className="cqs-notifications__items">
          {group.items.map((item) => (
            <NotificationItem
              key={item.id}
              item={item}
              unread={center.isUnread(item)}
              onActivate={() => activate(item)}
              onMarkRead={
                props.markRead && center.isUnread(item)
                  ? () => void attempt(() => props.markRead?.(item) ?? Promise.resolve())
                  : undefined
              }
            />
          ))}
        </ul>
      </section>
    ));
  }

  return (
    <div {...root} data-live={props.liveState} data-state={center.open ? "open" : "closed"}>
      <button
        ref={popover.bellRef}
        type="button"
        className="cqs-notifications__bell"
        aria-label={count > 0 ? t("notifications.bellUnread", { count: shown }) : t("notifications.bell")}
        aria-expanded={center.open}
        aria-controls={panelId}
        data-unread={count > 0 ? "" : undefined}
        onClick={popover.onBellClick}
      >
        <BellIcon />
        {count > 0 ? (
          <span className="cqs-notifications__count" aria-hidden="true">
            {shown}
          </span>
        ) : null}
      </button>
      <div
        ref={popover.panelRef}
        id={panelId}
        className="cqs-notifications__panel"
        popover="auto"
        role="dialog"
        aria-labelledby={titleId}
        tabIndex={-1}
        hidden={!popover.native && !center.open}
        data-native-popover={popover.native ? "" : undefined}
        onKeyDown={popover.onPanelKeyDown}
      >
        {center.open ? (
          <>
            <div className="cqs-notifications__header">
              <h2 id={titleId} className="cqs-notifications__title">
                {t("notifications.label")}
              </h2>
              {props.markAllRead && count > 0 && status === "success" ? (
                <button
                  type="button"
                  className="cqs-button"
                  onClick={() => void attempt(() => props.markAllRead?.() ?? Promise.resolve())}
                >
                  {t("notifications.markAll")}
                </button>
              ) : null}
            </div>
            {liveKey ? (
              <p className="cqs-notifications__live" data-live={props.liveState}>
                {t(liveKey)}
              </p>
            ) : null}
            {failure ? (
              <div className="cqs-notifications__error" role="alert">
                <p>{t("notifications.failed.read")}</p>
                <button type="button" className="cqs-button" onClick={failure.retry}>
                  {common("common.retry")}
                </button>
              </div>
            ) : null}
            <div className="cqs-notifications__body">{body}</div>
            {props.onViewAll ? (
              <button
                type="button"
                className="cqs-button cqs-notifications__all"
                onClick={() => {
                  center.setOpen(false);
                  props.onViewAll?.();
                }}
              >
                {t("notifications.viewAll")}
              </button>
            ) : null}
          </>
        ) : null}
      </div>
      <p className="cqs-visually-hidden" role="status">
        {liveKey ? t(liveKey) : ""}
      </p>
      <p className="cqs-visually-hidden" aria-live="polite">
        <span key={center.announcement.id}>{center.announcement.text}</span>
      </p>
    </div>
  );
}

function NotificationItem(props: {
  item: Notification;
  unread: boolean;
  onActivate: () => void;
  onMarkRead: (() => void) | undefined;
}) {
  const { item, unread } = props;
  const t = useTranslator(notificationMessages);
  const locale = useLocale();
  const title =
    typeof item.title === "string" && item.title.trim() ? item.title : t("notifications.untitled");
  return (
    <li className="cqs-notifications__item" data-unread={unread ? "" : undefined} data-type={item.type}>
      <button type="button" className="cqs-notifications__open" onClick={props.onActivate}>
        <span className="cqs-notifications__item-title">
          {unread ? <span className="cqs-notifications__dot" aria-hidden="true" /> : null}
          {title}
          {unread ? <span className="cqs-visually-hidden">{`, ${t("notifications.unread")}`}</span> : null}
        </span>
        {item.body ? <span className="cqs-notifications__item-body">{item.body}</span> : null}
        <span className="cqs-notifications__item-meta">
          {`${labelOf(STREAM_EVENT_LABELS, String(item.type), locale)} · ${safeDateTime(String(item.createdAt))}`}
        </span>
      </button>
      {props.onMarkRead ? (
        <button
          type="button"
          className="cqs-notifications__mark"
          aria-label={t("notifications.markRead", { title })}
          onClick={props.onMarkRead}
        >
          <span aria-hidden="true">✓</span>
        </button>
      ) : null}
    </li>
  );
}
