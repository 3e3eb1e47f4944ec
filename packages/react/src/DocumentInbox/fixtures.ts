import type { Document } from "@chinhquyenso/client";

/** A Decree 30 document for tests and stories; override what the case needs. */
export function documentFixture(overrides: Partial<Document> & { id: string }): Document {
  return {
    direction: "incoming",
    number: "142",
    notation: "UBND-VX",
    issuedAt: "2026-11-20",
    issuer: "Ủy ban nhân dân Thành phố Hồ Chí Minh",
    type: "Công văn",
    subject: "V/v triển khai kế hoạch chuyển đổi số năm 2027",
    pages: 3,
    urgency: "normal",
    secrecy: "normal",
    arrivalNumber: 315,
    arrivalDate: "2026-11-21",
    dueAt: null,
    state: "assigned",
    exchangeStatus: "processing",
    assignments: [],
    etag: '"v-1"',
    updatedAt: "2026-11-21T14:00:00+07:00",
    ...overrides,
  };
}

export const ME = { id: "u_me", name: "Nguyễn Văn An", position: "Chuyên viên" };

/** A small inbox: every urgency, secrecy, deadline and assignment case the widget shows. */
export const INBOX: Document[] = [
  documentFixture({
    id: "d_normal",
    subject: "V/v báo cáo tình hình thực hiện dịch vụ công trực tuyến",
    dueAt: "2026-12-04T17:00:00+07:00",
    assignments: [
      {
        role: "lead",
        assignee: ME,
        instruction: "Chủ trì tổng hợp, dự thảo văn bản trả lời.",
        assignedAt: "2026-11-21T15:00:00+07:00",
      },
      {
        role: "support",
        assignee: { id: "u_2", name: "Trần Thị Bình" },
        instruction: "Phối hợp cung cấp số liệu.",
        assignedAt: "2026-11-21T15:00:00+07:00",
      },
    ],
  }),
  documentFixture({
    id: "d_flash",
    number: "88",
    notation: "UBND-KT",
    urgency: "flash",
    secrecy: "confidential",
    subject: "V/v ứng phó khẩn cấp mưa lớn, ngập úng",
    dueAt: "2026-11-26T17:00:00+07:00",
    state: "received",
    exchangeStatus: "inbox",
  }),
  documentFixture({
    id: "d_overdue",
    number: "15",
    notation: "SXD-QLN",
    urgency: "urgent",
    issuer: "Sở Xây dựng",
    subject: "V/v rà soát hồ sơ cấp phép xây dựng quá hạn",
    dueAt: "2026-11-23T17:00:00+07:00",
    state: "in_progress",
    exchangeStatus: "fail",
    assignments: [
      {
        role: "lead",
        assignee: ME,
        instruction: "Kiểm tra, báo cáo.",
        assignedAt: "2026-11-20T09:00:00+07:00",
      },
    ],
  }),
  documentFixture({
    id: "d_sign_1",
    direction: "outgoing",
    number: "",
    notation: "UBND-VP",
    issuer: "Ủy ban nhân dân phường Thủ Dầu Một",
    type: "Quyết định",
    subject: "Quyết định ban hành quy chế làm việc",
    arrivalNumber: null,
    arrivalDate: null,
    issuedAt: null,
    state: "awaiting_signature",
    exchangeStatus: null,
    assignments: [
      {
        role: "lead",
        assignee: ME,
        instruction: "Ký số văn bản trước khi ban hành.",
        assignedAt: "2026-11-26T08:00:00+07:00",
      },
    ],
  }),
  documentFixture({
    id: "d_sign_2",
    direction: "outgoing",
    number: "",
    notation: "UBND-VP",
    issuer: "Ủy ban nhân dân phường Thủ Dầu Một",
    subject: "Công văn đôn đốc thực hiện chỉ tiêu số hóa hồ sơ",
    urgency: "very_urgent",
    arrivalNumber: null,
    arrivalDate: null,
    issuedAt: null,
    state: "awaiting_signature",
    exchangeStatus: null,
    assignments: [
      {
        role: "lead",
        assignee: ME,
        instruction: "Ký số văn bản trước khi ban hành.",
        assignedAt: "2026-11-26T08:00:00+07:00",
      },
    ],
  }),
  documentFixture({
    id: "d_issued",
    direction: "outgoing",
    number: "1203",
    notation: "UBND-VP",
    subject: "Thông báo lịch tiếp công dân tháng 12",
    arrivalNumber: null,
    arrivalDate: null,
    state: "issued",
    exchangeStatus: "done",
  }),
];

/** `count` incoming documents numbered 1 to `count`, arrival order (for paging tests and stories). */
export function manyDocuments(count: number): Document[] {
  return Array.from({ length: count }, (_, index) =>
    documentFixture({
      id: `doc_many_${index + 1}`,
      number: String(index + 1),
      arrivalNumber: index + 1,
      subject: `Văn bản số ${index + 1}`,
    }),
  );
}
