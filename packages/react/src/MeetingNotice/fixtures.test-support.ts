import type { Meeting } from "@chinhquyenso/client";

export function meetingFixture(overrides: Partial<Meeting> & { id: string }): Meeting {
  return {
    title: "Họp thẩm định dự án chuyển đổi số",
    startsAt: "2026-11-27T14:00:00+07:00",
    endsAt: "2026-11-27T16:30:00+07:00",
    room: "Phòng họp trực tuyến A",
    chairperson: "Phó Chủ tịch UBND thành phố",
    state: "scheduled",
    agenda: [
      { order: 1, title: "Khai mạc, giới thiệu thành phần", startsAt: "2026-11-27T14:00:00+07:00" },
      {
        order: 2,
        title: "Báo cáo tiến độ dự án",
        presenter: "Sở Khoa học và Công nghệ",
        startsAt: "2026-11-27T14:15:00+07:00",
        documentIds: ["md_1"],
      },
    ],
    documents: [
      { id: "md_1", name: "bao-cao-tien-do.pdf", contentType: "application/pdf", size: 402112 },
      { id: "md_2", name: "du-thao-ke-hoach.docx", contentType: "application/msword", size: 2_621_440 },
    ],
    attendance: { response: "pending", delegateName: null, respondedAt: null },
    ...overrides,
  };
}

/** Today is Thursday 26/11/2026 09:00 in the tests and stories. */
export const MEETINGS: Meeting[] = [
  meetingFixture({
    id: "later",
    title: "Họp giao ban tháng 12",
    startsAt: "2026-12-01T08:00:00+07:00",
    endsAt: "2026-12-01T10:00:00+07:00",
  }),
  meetingFixture({
    id: "ended",
    title: "Họp đã xong",
    startsAt: "2026-11-25T08:00:00+07:00",
    endsAt: "2026-11-25T10:00:00+07:00",
    state: "ended",
  }),
  meetingFixture({ id: "next" }),
  meetingFixture({
    id: "cancelled",
    title: "Hội nghị sơ kết quý IV",
    startsAt: "2026-11-30T14:00:00+07:00",
    endsAt: "2026-11-30T16:00:00+07:00",
    state: "cancelled",
    agenda: [],
    documents: [],
  }),
  meetingFixture({
    id: "now",
    title: "Họp trực tuyến với các phường",
    startsAt: "2026-11-26T08:30:00+07:00",
    endsAt: "2026-11-26T10:00:00+07:00",
    state: "in_progress",
    attendance: { response: "attending", delegateName: null, respondedAt: "2026-11-25T08:00:00+07:00" },
    agenda: [],
    documents: [],
  }),
];
