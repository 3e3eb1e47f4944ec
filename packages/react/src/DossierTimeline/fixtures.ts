import type { ClockPause, HistoryEntry, PaymentRequest, SupplementRequest } from "@chinhquyenso/client";
import { paymentRequest } from "../internal/payments/fixtures";

const officer = { id: "u_102", name: "Trần Thị Bình", position: "Chuyên viên" };
const desk = { id: "u_101", name: "Lê Văn Cường", position: "Cán bộ một cửa" };

/** A dossier that waited for documents, then for the fee, and was suspended while waiting (November 2026). */
export const TIMELINE_HISTORY: HistoryEntry[] = [
  {
    id: "h1",
    at: "2026-11-16T09:00:00+07:00",
    action: "accept",
    fromStatus: "registered",
    toStatus: "received",
    actor: desk,
  },
  {
    id: "h2",
    at: "2026-11-16T14:00:00+07:00",
    action: "start_processing",
    fromStatus: "received",
    toStatus: "processing",
    actor: officer,
  },
  {
    id: "h3",
    at: "2026-11-17T10:00:00+07:00",
    action: "request_supplement",
    fromStatus: "processing",
    toStatus: "awaiting_supplement",
    actor: officer,
    comment: "Bổ sung bản sao giấy chứng nhận quyền sử dụng đất <b>có chứng thực</b>.",
  },
  {
    id: "h4",
    at: "2026-11-20T08:30:00+07:00",
    action: "resume",
    fromStatus: "awaiting_supplement",
    toStatus: "processing",
    actor: desk,
    comment: "Công dân đã nộp bổ sung tại bộ phận một cửa.",
  },
  {
    id: "h5",
    at: "2026-11-24T14:00:00+07:00",
    action: "request_payment",
    fromStatus: "processing",
    toStatus: "awaiting_payment",
    actor: officer,
  },
  {
    id: "h6",
    at: "2026-11-25T09:00:00+07:00",
    action: "suspend",
    fromStatus: "awaiting_payment",
    toStatus: "suspended",
    actor: officer,
    comment: "Chờ kết quả xác minh của UBND phường.",
  },
];

export const TIMELINE_PAUSES: ClockPause[] = [
  { from: "2026-11-17T10:00:00+07:00", to: "2026-11-20T08:30:00+07:00", status: "awaiting_supplement" },
  { from: "2026-11-24T14:00:00+07:00", to: null, status: "awaiting_payment" },
];

export const TIMELINE_SUPPLEMENT: SupplementRequest = {
  requestedAt: "2026-11-17T10:00:00+07:00",
  reason: "Bổ sung bản sao giấy chứng nhận quyền sử dụng đất có chứng thực.",
  items: ["Giấy chứng nhận quyền sử dụng đất (bản sao chứng thực)"],
  deadline: "2026-11-24T17:00:00+07:00",
};

const system = { id: "system", name: "Hệ thống một cửa điện tử (tự động đối soát thanh toán)" };

/** A land transfer that waited for its obligations: one attempt failed, the second was paid and it resumed. */
export const PAYMENT_HISTORY: HistoryEntry[] = [
  TIMELINE_HISTORY[0] as HistoryEntry,
  TIMELINE_HISTORY[1] as HistoryEntry,
  {
    id: "h3",
    at: "2026-11-24T14:00:00+07:00",
    action: "request_payment",
    fromStatus: "processing",
    toStatus: "awaiting_payment",
    actor: officer,
    comment: "Chuyển thông tin để cơ quan thuế xác định nghĩa vụ tài chính.",
  },
  {
    id: "h4",
    at: "2026-11-26T08:40:00+07:00",
    action: "resume",
    fromStatus: "awaiting_payment",
    toStatus: "processing",
    actor: system,
    comment: "Đã hoàn thành nghĩa vụ tài chính; tiếp tục xử lý hồ sơ.",
  },
];

export const PAYMENT_PAUSES: ClockPause[] = [
  { from: "2026-11-24T14:00:00+07:00", to: "2026-11-26T08:40:00+07:00", status: "awaiting_payment" },
];

/** Newest first, as the contract lists them: the paid request, then the attempt the bank refused. */
export const PAYMENT_REQUESTS: PaymentRequest[] = [
  paymentRequest({
    id: "pay_00102",
    state: "paid",
    createdAt: "2026-11-25T10:00:00+07:00",
    paidAt: "2026-11-26T08:12:00+07:00",
    confirmedAt: "2026-11-26T08:40:00+07:00",
    receiptId: "rcp_00042",
    platform: { state: "paid", reportedAt: "2026-11-26T08:12:00+07:00", transactionId: "GD-20261126-0042" },
  }),
  paymentRequest({
    id: "pay_00101",
    state: "failed",
    createdAt: "2026-11-24T14:05:00+07:00",
    expiresAt: "2026-11-27T14:05:00+07:00",
    failureReason: "Ngân hàng từ chối giao dịch",
    platform: { state: "failed", reportedAt: "2026-11-24T15:00:00+07:00", transactionId: null },
  }),
];
