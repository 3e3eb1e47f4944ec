import type { ClockPause, HistoryEntry, SupplementRequest } from "@chinhquyenso/client";

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
