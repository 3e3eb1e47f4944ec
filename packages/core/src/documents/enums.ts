import type { LabelTable } from "../labels";

// Official documents, Decree 30/2020/NĐ-CP (glossary "Official documents").

export const DOCUMENT_DIRECTIONS = ["incoming", "outgoing"] as const;
export type DocumentDirection = (typeof DOCUMENT_DIRECTIONS)[number];
export const DOCUMENT_DIRECTION_LABELS: LabelTable<DocumentDirection> = {
  incoming: { vi: "Văn bản đến", en: "Incoming" },
  outgoing: { vi: "Văn bản đi", en: "Outgoing" },
};

/** Least to most urgent: the order is the sort order. */
export const DOCUMENT_URGENCIES = ["normal", "urgent", "very_urgent", "flash"] as const;
export type DocumentUrgency = (typeof DOCUMENT_URGENCIES)[number];
export const DOCUMENT_URGENCY_LABELS: LabelTable<DocumentUrgency> = {
  normal: { vi: "Thường", en: "Normal" },
  urgent: { vi: "Khẩn", en: "Urgent" },
  very_urgent: { vi: "Thượng khẩn", en: "Very urgent" },
  flash: { vi: "Hỏa tốc", en: "Flash" },
};

/** Least to most secret: the order is the sort order. */
export const DOCUMENT_SECRECY_LEVELS = ["normal", "confidential", "secret", "top_secret"] as const;
export type DocumentSecrecy = (typeof DOCUMENT_SECRECY_LEVELS)[number];
export const DOCUMENT_SECRECY_LABELS: LabelTable<DocumentSecrecy> = {
  normal: { vi: "Thường", en: "Normal" },
  confidential: { vi: "Mật", en: "Confidential" },
  secret: { vi: "Tối mật", en: "Secret" },
  top_secret: { vi: "Tuyệt mật", en: "Top secret" },
};

export const DOCUMENT_STATES = [
  "received",
  "registered",
  "assigned",
  "in_progress",
  "awaiting_signature",
  "signed",
  "issued",
  "completed",
  "recalled",
] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];
export const DOCUMENT_STATE_LABELS: LabelTable<DocumentState> = {
  received: { vi: "Đã nhận", en: "Received" },
  registered: { vi: "Đã vào sổ", en: "Registered" },
  assigned: { vi: "Đã phân công", en: "Assigned" },
  in_progress: { vi: "Đang xử lý", en: "In progress" },
  awaiting_signature: { vi: "Chờ ký số", en: "Awaiting signature" },
  signed: { vi: "Đã ký", en: "Signed" },
  issued: { vi: "Đã ban hành", en: "Issued" },
  completed: { vi: "Hoàn thành", en: "Completed" },
  recalled: { vi: "Đã thu hồi", en: "Recalled" },
};

export const ASSIGNMENT_ROLES = ["lead", "support"] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];
export const ASSIGNMENT_ROLE_LABELS: LabelTable<AssignmentRole> = {
  lead: { vi: "Chủ trì", en: "Lead" },
  support: { vi: "Phối hợp", en: "Support" },
};

/** National document exchange (VXP, edXML) statuses. */
export const EXCHANGE_STATUSES = ["inbox", "acceptance", "rejection", "processing", "done", "fail"] as const;
export type ExchangeStatus = (typeof EXCHANGE_STATUSES)[number];
export const EXCHANGE_STATUS_LABELS: LabelTable<ExchangeStatus> = {
  inbox: { vi: "Đã đến", en: "Delivered" },
  acceptance: { vi: "Đã tiếp nhận", en: "Accepted" },
  rejection: { vi: "Bị từ chối", en: "Rejected" },
  processing: { vi: "Đang xử lý", en: "Processing" },
  done: { vi: "Hoàn thành", en: "Done" },
  fail: { vi: "Lỗi gửi nhận", en: "Failed" },
};

export const EXCHANGE_MESSAGE_TYPES = ["edoc", "replacement", "revocation", "update"] as const;
export type ExchangeMessageType = (typeof EXCHANGE_MESSAGE_TYPES)[number];
export const EXCHANGE_MESSAGE_TYPE_LABELS: LabelTable<ExchangeMessageType> = {
  edoc: { vi: "Văn bản điện tử", en: "Electronic document" },
  replacement: { vi: "Văn bản thay thế", en: "Replacement" },
  revocation: { vi: "Thu hồi văn bản", en: "Revocation" },
  update: { vi: "Cập nhật thông tin", en: "Update" },
};

function rank(values: readonly string[], value: string): number {
  return values.indexOf(value);
}

/** Sorts most urgent first (hỏa tốc … thường); unknown values last. Use with `Array.prototype.sort`. */
export function compareUrgency(
  a: DocumentUrgency | (string & {}),
  b: DocumentUrgency | (string & {}),
): number {
  return rank(DOCUMENT_URGENCIES, b) - rank(DOCUMENT_URGENCIES, a);
}

/** Sorts most secret first (tuyệt mật … thường); unknown values last. */
export function compareSecrecy(
  a: DocumentSecrecy | (string & {}),
  b: DocumentSecrecy | (string & {}),
): number {
  return rank(DOCUMENT_SECRECY_LEVELS, b) - rank(DOCUMENT_SECRECY_LEVELS, a);
}
