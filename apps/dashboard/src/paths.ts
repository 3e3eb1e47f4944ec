import type { Notification } from "@chinhquyenso/client";

/** Real URLs of every screen (Vietnamese slugs, as a department's own app would have). */
export const PATHS = {
  home: "/",
  queue: "/ho-so",
  dossier: (code: string) => `/ho-so/${encodeURIComponent(code)}`,
  documents: "/van-ban",
  feedback: "/phan-anh",
  feedbackThread: (id: string) => `/phan-anh/${encodeURIComponent(id)}`,
  calendar: "/lich",
  household: "/tra-cuu-ho",
  ioc: "/ioc",
} as const;

/** Where a notification leads: the screen of the resource it is about, or the closest list. */
export function pathOfNotification(notification: Pick<Notification, "type" | "resourceId">): string {
  const { type, resourceId } = notification;
  if (type.startsWith("dossier.")) return resourceId ? PATHS.dossier(resourceId) : PATHS.queue;
  if (type.startsWith("feedback.")) return resourceId ? PATHS.feedbackThread(resourceId) : PATHS.feedback;
  if (type.startsWith("document.") || type.startsWith("signing.")) return PATHS.documents;
  if (type.startsWith("meeting.") || type.startsWith("calendar.")) return PATHS.calendar;
  return PATHS.home;
}
