import type { Notification } from "@chinhquyenso/client";
import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { useEffect, useMemo, useRef } from "react";
import { useTranslator } from "../i18n/useTranslator";
import { instantMs } from "../internal/dates";
import { notificationMessages } from "./messages";
import { type NotificationAnnouncement, useNotificationAnnouncer } from "./useNotificationAnnouncer";

export type NotificationGroupKey = "dossier" | "document" | "meeting" | "feedback" | "signing" | "other";

const GROUP_ORDER: readonly NotificationGroupKey[] = [
  "dossier",
  "document",
  "signing",
  "meeting",
  "feedback",
  "other",
];

/** The group of a notification or stream event type (`dossier.overdue` → dossier; unknown → other). */
export function notificationGroupOf(type: string): NotificationGroupKey {
  const prefix = String(type).split(".")[0];
  if (prefix === "calendar") return "meeting";
  return (GROUP_ORDER as readonly string[]).includes(prefix ?? "")
    ? (prefix as NotificationGroupKey)
    : "other";
}

export interface NotificationGroup {
  key: NotificationGroupKey;
  /** Newest first. */
  items: Notification[];
  unread: number;
}

export interface UseNotificationCenterOptions {
  notifications: readonly Notification[];
  /** The server's unread count (may exceed the loaded items); default: the unread items given. */
  unreadCount?: number;
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Announce notifications that appear in `notifications` after the first list (controlled mode). */
  announceNewItems?: boolean;
  /** At most one announcement per this many ms (default 5000). */
  announceInterval?: number;
}

export interface NotificationCenterState {
  open: boolean;
  setOpen: (open: boolean) => void;
  groups: NotificationGroup[];
  unreadCount: number;
  isUnread: (notification: Notification) => boolean;
  /** The polite announcement of new notifications (rate-limited). */
  announcement: NotificationAnnouncement;
  /** Announce notifications by title (e.g. from stream events). */
  announce: (titles: readonly string[]) => void;
}

const isUnread = (notification: Notification) => !notification.readAt;

/** Headless notification centre: open state, groups by kind, unread count and rate-limited announcements. */
export function useNotificationCenter(options: UseNotificationCenterOptions): NotificationCenterState {
  const t = useTranslator(notificationMessages);
  const [open, setOpen] = useControllableState({
    prop: options.open,
    defaultProp: options.defaultOpen ?? false,
    onChange: options.onOpenChange,
    caller: "NotificationCenter",
  });
  const { announcement, announce } = useNotificationAnnouncer(
    options.announceInterval ?? 5000,
    (count, title) =>
      count === 1 ? t("notifications.announce.one", { title }) : t("notifications.announce.many", { count }),
  );
  const notifications = useMemo(
    () =>
      (Array.isArray(options.notifications) ? options.notifications : []).filter(
        (item): item is Notification =>
          item !== null && typeof item === "object" && typeof item.id === "string",
      ),
    [options.notifications],
  );

  const groups = useMemo(() => {
    const byKey = new Map<NotificationGroupKey, Notification[]>();
    for (const item of notifications) {
      const key = notificationGroupOf(item.type);
      byKey.set(key, [...(byKey.get(key) ?? []), item]);
    }
    return GROUP_ORDER.filter((key) => byKey.has(key)).map((key) => {
      const items = (byKey.get(key) ?? []).sort(
        (a, b) => (instantMs(b.createdAt) ?? 0) - (instantMs(a.createdAt) ?? 0),
      );
      return { key, items, unread: items.filter(isUnread).length };
    });
  }, [notifications]);

  // Controlled mode: what appears after the first list is new; the first list itself is not announced.
  const known = useRef<Set<string> | null>(null);
  const announceNew = options.announceNewItems ?? false;
  useEffect(() => {
    if (!announceNew) return;
    if (known.current === null) {
      known.current = new Set(notifications.map((item) => item.id));
      return;
    }
    const fresh = notifications.filter((item) => !known.current?.has(item.id) && isUnread(item));
    for (const item of notifications) known.current.add(item.id);
    announce(fresh.map((item) => item.title));
  }, [notifications, announceNew, announce]);

  const counted = notifications.filter(isUnread).length;
  const unreadCount =
    typeof options.unreadCount === "number" && Number.isFinite(options.unreadCount)
      ? Math.max(0, options.unreadCount)
      : counted;

  return { open, setOpen, groups, unreadCount, isUnread, announcement, announce };
}
