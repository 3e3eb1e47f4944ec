// The props of the notification center, apart from its components (the view and both wrappers read them).
import type { Notification } from "@chinhquyenso/client";
import type { LiveState } from "../provider/live";
import type { UseNotificationCenterOptions } from "./useNotificationCenter";

export type NotificationCenterStatus = "loading" | "error" | "success";

export interface NotificationCenterProps
  extends Omit<UseNotificationCenterOptions, "notifications" | "announceNewItems"> {
  /** Controlled mode: the notifications, newest first or not (the widget groups and sorts them). */
  notifications?: readonly Notification[];
  status?: NotificationCenterStatus;
  onRetry?: () => void;
  /** Controlled mode: what failed (never shown); a 403 or 404 shows its designed state instead of a retry. */
  error?: unknown;
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
