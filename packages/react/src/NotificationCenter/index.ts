export {
  NotificationCenter,
  type NotificationCenterProps,
  type NotificationCenterStatus,
} from "./NotificationCenter";
export type { NotificationAnnouncement } from "./useNotificationAnnouncer";
export {
  type NotificationCenterState,
  type NotificationGroup,
  type NotificationGroupKey,
  notificationGroupOf,
  type UseNotificationCenterOptions,
  useNotificationCenter,
} from "./useNotificationCenter";
export { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from "./useNotifications";
