// Citizen feedback through the 1022 hotline: reports (title and body of one incident), operator intake notes,
// agencies' public replies per state and internal notes between staff. Every incident is invented.
import type { Random } from "../../random";
import { type Agency, type AgencyKey, localityCommitteeKey } from "../agencies";
import { daysAfter, formatVietnamDate, formatVietnamTime } from "../dates";
import { SeedInputError } from "../errors";
import { CURRENT_MAP } from "../maps";
import type { AdministrativeMap } from "../maps/types";
import { type SampleAddress, wardLabel } from "../places";
import { weightedPool } from "../weighted";
import {
  CATEGORIES,
  type FeedbackCategoryKey,
  type FeedbackSlots,
  type Incident,
  place,
} from "./feedback-incidents";

export type { FeedbackCategoryKey, FeedbackSlots } from "./feedback-incidents";

/** Glossary feedback `channel`. */
export type FeedbackChannel = "phone" | "zalo" | "app" | "facebook" | "email" | "web";
/** The feedback states that carry a public reply (a report pending assignment has none yet). */
export type ReplyState = "in_progress" | "resolved" | "rejected" | "closed";

export interface FeedbackCategory {
  readonly key: FeedbackCategoryKey;
  readonly vi: string;
  readonly en: string;
}

export const FEEDBACK_CATEGORIES: readonly FeedbackCategory[] = (
  Object.keys(CATEGORIES) as FeedbackCategoryKey[]
).map((key) => ({ key, vi: CATEGORIES[key].vi, en: CATEGORIES[key].en }));

const CATEGORY_POOL = weightedPool<FeedbackCategoryKey>(
  FEEDBACK_CATEGORIES.map(({ key }) => [key, CATEGORIES[key].weight]),
);

/** A category drawn with a plausible mix (roads and waste most often). */
export function pickFeedbackCategory(random: Random): FeedbackCategoryKey {
  return CATEGORY_POOL.pick(random);
}

/**
 * The agency of `map` that answers a category at an address: the one in charge of transport for provincial
 * roads and highways (Sở Xây dựng since 2025), of the environment for pollution, the Public Administration
 * Service Centre for administrative complaints; otherwise the locality's People's Committee.
 */
export function feedbackAgencyKey(
  category: FeedbackCategoryKey,
  address: SampleAddress,
  map: AdministrativeMap = CURRENT_MAP,
): AgencyKey {
  if (category === "roads" && address.street && /^(Quốc lộ|đường ĐT)/.test(address.street))
    return map.roles.transport;
  if (category === "environment_pollution") return map.roles.environment;
  if (category === "administrative") return map.roles.service_centre;
  return localityCommitteeKey(address.locality.key);
}

export interface FeedbackReport {
  readonly category: FeedbackCategoryKey;
  /** Which incident of the category the report tells; replies to it refer to the same incident. */
  readonly incident: number;
  readonly title: string;
  readonly body: string;
}

/** A report (title and body of one invented incident) of `category` at the slots' address and time. */
export function generateFeedbackReport(
  random: Random,
  category: FeedbackCategoryKey,
  slots: FeedbackSlots,
): FeedbackReport {
  const incidents = CATEGORIES[category].incidents;
  const incident = random.int(0, incidents.length - 1);
  const texts = incidents[incident] as Incident;
  return { category, incident, title: texts.title(slots, random), body: texts.body(slots, random) };
}

const CHANNEL_PHRASES: Record<FeedbackChannel, string> = {
  phone: "cuộc gọi đến Tổng đài 1022",
  zalo: "Zalo Tổng đài 1022",
  app: "ứng dụng di động",
  facebook: "trang Facebook Tổng đài 1022",
  email: "thư điện tử",
  web: "Cổng thông tin 1022",
};

const INTAKE_NOTES: readonly ((at: Date, channel: FeedbackChannel, random: Random) => string)[] = [
  (at, channel) =>
    `Tiếp nhận qua ${CHANNEL_PHRASES[channel]} lúc ${formatVietnamTime(at)}. Người phản ánh đề nghị giữ bí mật thông tin cá nhân.`,
  (at, channel) =>
    `Tiếp nhận qua ${CHANNEL_PHRASES[channel]} lúc ${formatVietnamTime(at)}; đã hướng dẫn người phản ánh gửi bổ sung hình ảnh hiện trường.`,
  (_, __, random) =>
    `Người dân liên hệ lần thứ ${random.int(2, 3)} về cùng nội dung; đề nghị đơn vị ưu tiên xử lý.`,
  () =>
    "Nội dung có dấu hiệu trùng với phản ánh đã tiếp nhận tại cùng địa điểm; đề nghị đơn vị kiểm tra, gộp xử lý.",
  (at) => `Đã xác minh sơ bộ qua điện thoại lúc ${formatVietnamTime(at)}; thông tin địa điểm chính xác.`,
];

/** An operator's note at intake (ghi chú tiếp nhận). Never repeats the caller's phone number or ID. */
export function generateIntakeNote(random: Random, at: Date, channel: FeedbackChannel): string {
  return random.pick(INTAKE_NOTES)(at, channel, random);
}

export interface ReplySlots extends FeedbackSlots {
  /** The agency answering. */
  readonly agency: Agency;
}

type Reply = (slots: ReplySlots, incident: Incident, random: Random) => string;

const REPLIES: Record<ReplyState, readonly Reply[]> = {
  in_progress: [
    (s, i) =>
      `${s.agency.name} đã tiếp nhận phản ánh và đang ${i.check}. Kết quả xử lý sẽ được thông tin đến ông/bà trong thời gian sớm nhất.`,
    (s, i) => `${s.agency.name} đã giao bộ phận chuyên môn phối hợp với địa phương và đang ${i.check}.`,
  ],
  resolved: [
    (s, i) =>
      `${s.agency.name} đã phối hợp với các đơn vị liên quan ${i.fix}. Cảm ơn ông/bà đã phản ánh qua Tổng đài 1022.`,
    (s, i, r) =>
      `Qua kiểm tra, nội dung phản ánh là đúng. Ngày ${formatVietnamDate(daysAfter(s.at, r.int(1, 10)))}, đơn vị đã ${i.fix}.`,
  ],
  rejected: [
    (s) =>
      `Nội dung phản ánh không thuộc thẩm quyền giải quyết của ${s.agency.name}; đề nghị ông/bà liên hệ cơ quan có thẩm quyền để được hướng dẫn.`,
    (s) =>
      `Qua kiểm tra thực tế tại ${place(s.address)}, không phát hiện sự việc như nội dung phản ánh. Nếu sự việc tái diễn, đề nghị ông/bà cung cấp thêm hình ảnh.`,
    () =>
      "Nội dung liên quan tranh chấp dân sự giữa các bên; đề nghị ông/bà gửi đơn đến Tòa án nhân dân có thẩm quyền để được giải quyết theo quy định.",
  ],
  closed: [
    () =>
      "Phản ánh đã được giải quyết và đóng theo quy định. Nếu chưa hài lòng, ông/bà có thể phản ánh lại qua Tổng đài 1022.",
    (_, __, r) =>
      `Phản ánh được đóng sau ${r.int(3, 7)} ngày không nhận được ý kiến thêm của người phản ánh.`,
  ],
};

/** An agency's public reply (trả lời công khai) to `report` in `state`, about the same incident. */
export function generateFeedbackReply(
  random: Random,
  report: Pick<FeedbackReport, "category" | "incident">,
  state: ReplyState,
  slots: ReplySlots,
): string {
  const incident = CATEGORIES[report.category]?.incidents[report.incident];
  if (!incident)
    throw new SeedInputError(
      "report",
      `no incident #${report.incident} in category "${String(report.category)}"; pass a report from generateFeedbackReport`,
    );
  return random.pick(REPLIES[state])(slots, incident, random);
}

const INTERNAL_NOTES: readonly ((slots: FeedbackSlots, random: Random) => string)[] = [
  (s, r) =>
    `Đề nghị bộ phận chuyên môn kiểm tra hiện trường, báo cáo kết quả trước ngày ${formatVietnamDate(daysAfter(s.at, r.int(2, 5)))}.`,
  (s, r) =>
    `Đã liên hệ người phản ánh, hẹn kiểm tra hiện trường sáng ngày ${formatVietnamDate(daysAfter(s.at, r.int(1, 3)))}.`,
  (s) => `Vụ việc thuộc thẩm quyền của Công an ${wardLabel(s.address.ward)}; đề nghị chuyển xử lý.`,
  () => "Đã kiểm tra, ảnh hiện trường lưu trong hồ sơ; chờ đơn vị thi công khắc phục.",
  () => "Nội dung trùng với phản ánh đã xử lý tháng trước; đề nghị trả lời theo kết quả đã có.",
  (s) => `Đã báo cáo lãnh đạo UBND ${wardLabel(s.address.ward)}, thống nhất giao tổ công tác theo dõi.`,
];

/** An internal note between staff (ghi chú nội bộ), never shown to the citizen. */
export function generateInternalNote(random: Random, slots: FeedbackSlots): string {
  return random.pick(INTERNAL_NOTES)(slots, random);
}
