import type { LabelTable } from "../labels";

// Citizen feedback, hotline 1022 (glossary "Citizen feedback").

export const FEEDBACK_STATUSES = [
  "pending_assignment",
  "in_progress",
  "resolved",
  "rejected",
  "closed",
] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export const FEEDBACK_STATUS_LABELS: LabelTable<FeedbackStatus> = {
  pending_assignment: { vi: "Chờ phân công", en: "Pending assignment" },
  in_progress: { vi: "Đang xử lý", en: "In progress" },
  resolved: { vi: "Đã giải quyết", en: "Resolved" },
  rejected: { vi: "Không thuộc thẩm quyền / từ chối", en: "Not within remit / rejected" },
  closed: { vi: "Đã đóng", en: "Closed" },
};

/** Open311 GeoReport v2 status of each feedback status. */
export const FEEDBACK_OPEN311_STATUS: Readonly<Record<FeedbackStatus, "open" | "closed">> = {
  pending_assignment: "open",
  in_progress: "open",
  resolved: "closed",
  rejected: "closed",
  closed: "closed",
};

export const FEEDBACK_CHANNELS = ["phone", "zalo", "app", "facebook", "email", "web", "open311"] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];
export const FEEDBACK_CHANNEL_LABELS: LabelTable<FeedbackChannel> = {
  phone: { vi: "Điện thoại 1022", en: "Phone (1022)" },
  zalo: { vi: "Zalo", en: "Zalo" },
  app: { vi: "Ứng dụng di động", en: "Mobile app" },
  facebook: { vi: "Fanpage Facebook", en: "Facebook page" },
  email: { vi: "Thư điện tử", en: "Email" },
  web: { vi: "Cổng thông tin", en: "Web portal" },
  open311: { vi: "Ứng dụng kết nối Open311", en: "Open311 app" },
};

export const FEEDBACK_ENTRY_TYPES = ["public_reply", "internal_note", "activity"] as const;
export type FeedbackEntryType = (typeof FEEDBACK_ENTRY_TYPES)[number];
export const FEEDBACK_ENTRY_TYPE_LABELS: LabelTable<FeedbackEntryType> = {
  public_reply: { vi: "Trả lời công khai", en: "Public reply" },
  internal_note: { vi: "Ghi chú nội bộ", en: "Internal note" },
  activity: { vi: "Sự kiện", en: "Activity" },
};

export const FEEDBACK_ACTIVITIES = [
  "created",
  "assigned",
  "status_changed",
  "reopened",
  "rated",
  "category_changed",
] as const;
export type FeedbackActivity = (typeof FEEDBACK_ACTIVITIES)[number];
export const FEEDBACK_ACTIVITY_LABELS: LabelTable<FeedbackActivity> = {
  created: { vi: "Tạo phản ánh", en: "Created" },
  assigned: { vi: "Phân công xử lý", en: "Assigned" },
  status_changed: { vi: "Đổi trạng thái", en: "Status changed" },
  reopened: { vi: "Mở lại", en: "Reopened" },
  rated: { vi: "Đánh giá", en: "Rated" },
  category_changed: { vi: "Đổi lĩnh vực", en: "Category changed" },
};
