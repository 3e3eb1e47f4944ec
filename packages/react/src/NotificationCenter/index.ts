export {
  NotificationCenter,
  type NotificationCenterProps,
  type NotificationCenterStatus,
} from "./NotificationCenter";
export { type Announcement, useAnnouncer } from "./useAnnouncer";
export {
  type NotificationCenterState,
  type NotificationGroup,
  type NotificationGroupKey,
  notificationGroupOf,
  type UseNotificationCenterOptions,
  useNotificationCenter,
} from "./useNotificationCenter";
export { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from "./useNotifications";
