import type { Notification } from "@chinhquyenso/client";

export function notificationFixture(overrides: Partial<Notification> & { id: string }): Notification {
  return {
    type: "dossier.due_soon",
    title: "Hồ sơ 000.00.00.X74-261120-0007 tới hạn",
    createdAt: "2026-11-26T07:00:00+07:00",
    readAt: null,
    resourceId: "000.00.00.X74-261120-0007",
    ...overrides,
  };
}

export const NOTIFICATIONS: Notification[] = [
  notificationFixture({ id: "n1" }),
  notificationFixture({
    id: "n2",
    type: "document.awaiting_signature",
    title: "Văn bản chờ ký số: Quyết định ban hành quy chế làm việc",
    createdAt: "2026-11-26T08:10:00+07:00",
    resourceId: "doc_0001",
  }),
  notificationFixture({
    id: "n3",
    type: "meeting.changed",
    title: "Họp thẩm định dự án chuyển đổi số dời sang 14:00",
    body: "Phòng họp trực tuyến A",
    createdAt: "2026-11-25T16:30:00+07:00",
    resourceId: "mt_0001",
  }),
  notificationFixture({
    id: "n4",
    type: "dossier.overdue",
    title: "Hồ sơ 000.00.00.X74-261101-0002 quá hạn",
    createdAt: "2026-11-24T07:00:00+07:00",
    readAt: "2026-11-24T08:00:00+07:00",
  }),
  notificationFixture({
    id: "n5",
    type: "calendar.changed",
    title: "Lịch công tác tuần 48 thay đổi",
    createdAt: "2026-11-23T10:00:00+07:00",
    readAt: "2026-11-23T11:00:00+07:00",
  }),
];
