// Sample data for ComplaintThread's stories and tests (not exported from the package). The connected stories
// and tests use the seeded data set of @chinhquyenso/mocks instead.
import type { Feedback, PersonRef, ThreadEntry } from "@chinhquyenso/client";

export const OFFICER: PersonRef = {
  id: "u_330",
  name: "Phạm Minh Đức",
  position: "Chuyên viên",
  agencyCode: "000.30.00.H29",
};
export const OPERATOR: PersonRef = { id: "op_1022", name: "Tổng đài 1022" };

export const ASSIGNEES: PersonRef[] = [
  OFFICER,
  { id: "u_331", name: "Nguyễn Thị Thu Hà", position: "Phó trưởng phòng", agencyCode: "000.30.00.H29" },
  { id: "u_332", name: "Lê Văn Tâm", position: "Chuyên viên", agencyCode: "000.30.00.H29" },
];

/** Text of the internal note every separation test looks for. */
export const SECRET_NOTE = "Ghi chú mật: đã liên hệ Điện lực, chờ xe thang.";

export function sampleFeedback(overrides: Partial<Feedback> = {}): Feedback {
  return {
    id: "fb_4512",
    code: "PA-2026-004512",
    title: "Đèn đường hư trên đường Yersin",
    description: "Ba trụ đèn không sáng từ tối 20/01. Liên hệ 0912 345 678 khi cần.",
    channel: "phone",
    categoryCode: "ha_tang_do_thi",
    status: "in_progress",
    agencyCode: "000.30.00.H29",
    assignee: OFFICER,
    reporter: { name: "Nguyễn Văn An", phone: "0912345678", email: "an.nguyen@example.vn" },
    location: {
      address: "Đường Yersin, phường Thủ Dầu Một, Thành phố Hồ Chí Minh",
      lat: 10.9804,
      long: 106.6519,
    },
    public: true,
    createdAt: "2026-11-20T07:45:00+07:00",
    updatedAt: "2026-11-24T09:10:00+07:00",
    dueAt: "2026-11-30T17:00:00+07:00",
    rating: null,
    etag: '"f-5c1e"',
    ...overrides,
  };
}

/**
 * The `created` entry of a feedback filed through Open311 (as the sandbox writes it): the service account as
 * author, the answers to the service's questions and the citizen's media URL in the body.
 */
export function open311IntakeEntry(): ThreadEntry {
  return {
    id: "te_open311",
    entryType: "activity",
    activity: "created",
    at: "2026-11-26T08:00:00+07:00",
    author: { id: "svc_fms", name: "Ứng dụng phản ánh hiện trường" },
    body: "Đèn bị làm sao: Không sáng\nHình ảnh, tệp đính kèm: https://img.example.vn/den-duong.jpg",
  };
}

export const CATEGORIES = [
  { code: "ha_tang_do_thi", name: "Hạ tầng đô thị", parentCode: null, agencyCode: "000.30.00.H29" },
];

export function sampleEntries(): ThreadEntry[] {
  return [
    {
      id: "te_1",
      entryType: "activity",
      activity: "created",
      at: "2026-11-20T07:45:00+07:00",
      author: OPERATOR,
    },
    {
      id: "te_2",
      entryType: "internal_note",
      body: SECRET_NOTE,
      at: "2026-11-20T07:50:00+07:00",
      author: OPERATOR,
    },
    {
      id: "te_3",
      entryType: "activity",
      activity: "assigned",
      body: "Giao Phạm Minh Đức xử lý.",
      at: "2026-11-20T09:00:00+07:00",
      author: OPERATOR,
    },
    {
      id: "te_4",
      entryType: "activity",
      activity: "status_changed",
      fromStatus: "pending_assignment",
      toStatus: "in_progress",
      at: "2026-11-20T09:00:00+07:00",
      author: OPERATOR,
    },
    {
      id: "te_5",
      entryType: "public_reply",
      body: "Đơn vị đã kiểm tra hiện trường, sẽ thay bóng trong 2 ngày.\nXem lịch tại https://hatang.binhduong.gov.vn/lich-sua-chua.",
      at: "2026-11-21T10:30:00+07:00",
      author: OFFICER,
      attachments: [
        { id: "fa_1", name: "hien-truong.jpg", contentType: "image/jpeg", size: 482_133 },
        { id: "fa_2", name: "bien-ban-kiem-tra.pdf", contentType: "application/pdf", size: 1_254_000 },
      ],
    },
  ];
}

let preview: string | undefined;

/** A blob: URL of a grey picture, standing in for attachment previews (browser only). */
export function previewUrl(): string {
  preview ??= URL.createObjectURL(
    new Blob(
      [
        '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="100"><rect width="160" height="100" fill="#c9ced8"/><circle cx="80" cy="50" r="24" fill="#8a93a3"/></svg>',
      ],
      { type: "image/svg+xml" },
    ),
  );
  return preview;
}

const SENTENCES = [
  "Đã tiếp nhận thông tin và chuyển tổ kỹ thuật.",
  "Tổ kỹ thuật hẹn kiểm tra hiện trường vào sáng mai.",
  "Người dân phản ánh thêm: khu vực hẻm 12 cũng mất điện chiếu sáng.",
  "Đã liên hệ Công ty Điện lực để phối hợp thay dây.",
  "Vật tư thay thế đang chờ cấp, dự kiến có trong tuần.",
];

/** A long thread for performance stories and benches: replies, notes and activity, in time order. */
export function largeThread(count: number): ThreadEntry[] {
  const start = Date.parse("2026-09-01T08:00:00+07:00");
  return Array.from({ length: count }, (_, index): ThreadEntry => {
    const at = new Date(start + index * 37 * 60_000).toISOString();
    const kind = index % 5;
    if (kind === 4)
      return {
        id: `te_${index}`,
        entryType: "activity",
        activity: "status_changed",
        fromStatus: "in_progress",
        toStatus: "in_progress",
        at,
        author: OFFICER,
      };
    return {
      id: `te_${index}`,
      entryType: kind === 1 ? "internal_note" : "public_reply",
      body: `${index + 1}. ${SENTENCES[index % SENTENCES.length]}`,
      at,
      author: kind === 1 ? OPERATOR : OFFICER,
    };
  });
}

/** Body of the `assigned` activities of `routedThread`: internal routing a citizen must never see. */
export const ROUTING_NOTE = "Chuyển tổ kỹ thuật nội bộ";

/**
 * `largeThread` with every seventh entry an `assigned` activity (internal routing, withheld from citizens like
 * the internal notes), for the paging and audience tests and stories.
 */
export function routedThread(count: number): ThreadEntry[] {
  return largeThread(count).map((entry, index) =>
    index % 7 === 3
      ? {
          id: entry.id,
          entryType: "activity",
          activity: "assigned",
          body: `${ROUTING_NOTE} ${index + 1}`,
          at: entry.at,
          author: OPERATOR,
        }
      : entry,
  );
}

/**
 * Hostile text for bodies and attachment names: each must show exactly as typed and never run. Payloads set
 * `window.__cqsXss`; a test asserts it stays unset.
 */
export const XSS_CORPUS = [
  `<img src=x onerror="window.__cqsXss='img'">`,
  `<script>window.__cqsXss='script'</script>`,
  `<svg onload="window.__cqsXss='svg'"><circle r="10"/></svg>`,
  `javascript:window.__cqsXss='js-url'`,
  `data:text/html,<script>window.__cqsXss='data-url'</script>`,
  `<a href="javascript:window.__cqsXss='anchor'">bấm vào đây</a>`,
  `"><iframe srcdoc="<script>parent.__cqsXss='iframe'</script>">`,
  `<style>*{display:none}</style>{{constructor.constructor('window.__cqsXss=1')()}}`,
  "Hóa đơn \u202Efdp.exe",
  "\u2067نص عربي\u2069 trộn tiếng Việt",
  `Liên kết giả https://example.gov.vn\u202E/moc.knab và JAVASCRIPT:alert(1)`,
  "Từrấtdài".repeat(60),
];
