import type { LabelTable } from "../labels";

/** Event types of the notification stream (glossary "Notifications and webhooks"). */
export const STREAM_EVENT_TYPES = [
  "dossier.due_soon",
  "dossier.overdue",
  "dossier.assigned",
  "dossier.status_changed",
  "document.awaiting_signature",
  "document.due_soon",
  "meeting.scheduled",
  "meeting.changed",
  "calendar.changed",
  "feedback.assigned",
  "signing.status_changed",
  "payment.status_changed",
  "stream.reset",
] as const;
export type StreamEventType = (typeof STREAM_EVENT_TYPES)[number];
export const STREAM_EVENT_LABELS: LabelTable<StreamEventType> = {
  "dossier.due_soon": { vi: "Hồ sơ sắp tới hạn", en: "Dossier due soon" },
  "dossier.overdue": { vi: "Hồ sơ quá hạn", en: "Dossier overdue" },
  "dossier.assigned": { vi: "Hồ sơ được chuyển đến bạn", en: "Dossier assigned to you" },
  "dossier.status_changed": { vi: "Hồ sơ đổi trạng thái", en: "Dossier status changed" },
  "document.awaiting_signature": { vi: "Văn bản chờ ký số", en: "Document awaiting signature" },
  "document.due_soon": { vi: "Văn bản sắp đến hạn xử lý", en: "Document due soon" },
  "meeting.scheduled": { vi: "Lịch họp mới", en: "Meeting scheduled" },
  "meeting.changed": { vi: "Lịch họp thay đổi", en: "Meeting changed" },
  "calendar.changed": { vi: "Lịch công tác thay đổi", en: "Work calendar changed" },
  "feedback.assigned": { vi: "Phản ánh được giao cho bạn", en: "Feedback assigned to you" },
  "signing.status_changed": { vi: "Trạng thái ký số thay đổi", en: "Signing status changed" },
  "payment.status_changed": { vi: "Trạng thái thanh toán thay đổi", en: "Payment status changed" },
  "stream.reset": {
    vi: "Đã khôi phục luồng thông báo — đang tải lại dữ liệu",
    en: "Notifications reconnected — reloading data",
  },
};

export const WEBHOOK_EVENT_TYPES = [
  "dossier.status_changed",
  "signing.completed",
  "feedback.created",
  "payment.status_changed",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
export const WEBHOOK_EVENT_LABELS: LabelTable<WebhookEventType> = {
  "dossier.status_changed": { vi: "Hồ sơ đổi trạng thái", en: "Dossier status changed" },
  "signing.completed": { vi: "Ký số hoàn tất", en: "Signing completed" },
  "feedback.created": { vi: "Phản ánh mới", en: "Feedback created" },
  "payment.status_changed": { vi: "Trạng thái thanh toán thay đổi", en: "Payment status changed" },
};
