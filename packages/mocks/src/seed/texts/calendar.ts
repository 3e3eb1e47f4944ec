// Work calendar (lịch công tác) and paperless meetings (phòng họp không giấy): event titles, places and agendas.
import type { Random } from "../../random";
import type { Agency } from "../agencies";
import { CURRENT_MAP } from "../maps";
import type { AdministrativeMap } from "../maps/types";
import { randomLocalityLabel } from "../places";
import { FIELD_PHRASES, INDUSTRIAL_PARKS, PROJECTS, TOPICS } from "./vocabulary";

type Template = (agency: Agency, random: Random, map: AdministrativeMap) => string;

const local = (random: Random, map: AdministrativeMap) => randomLocalityLabel(random, map);

const EVENT_TITLES: readonly Template[] = [
  (agency) => `Họp giao ban tuần của lãnh đạo ${agency.shortName}`,
  () => "Tiếp công dân định kỳ",
  (_, __, map) => `Họp Ban Chỉ đạo chuyển đổi số ${map.province.tier}`,
  (_, r, map) =>
    `Làm việc với UBND ${local(r, map)} về tiến độ bồi thường, giải phóng mặt bằng dự án ${r.pick(PROJECTS)}`,
  (_, r, map) => `Kiểm tra công tác cải cách hành chính tại UBND ${local(r, map)}`,
  (_, r) => `Dự Hội nghị trực tuyến toàn quốc về ${r.pick(TOPICS)}`,
  () => "Họp Hội đồng Thi đua – Khen thưởng",
  (_, r) => `Đối thoại với doanh nghiệp tại ${r.pick(INDUSTRIAL_PARKS)}`,
  (_, r) => `Họp xem xét hồ sơ trễ hạn lĩnh vực ${r.pick(FIELD_PHRASES)}`,
  (_, r) => `Họp chuyên đề về ${r.pick(TOPICS)}`,
  (_, r, map) => `Tiếp và làm việc với Đoàn công tác của ${r.pick(map.centralBodies).name}`,
  (_, r) => `Kiểm tra thực địa dự án ${r.pick(PROJECTS)}`,
];

/** A work-calendar or meeting title for `agency` of `map` ("Họp giao ban tuần của lãnh đạo SXD"). */
export function generateEventTitle(
  random: Random,
  agency: Agency,
  map: AdministrativeMap = CURRENT_MAP,
): string {
  return random.pick(EVENT_TITLES)(agency, random, map);
}

const LOCATIONS: readonly Template[] = [
  (_, r, map) => `Phòng họp số ${r.int(1, 8)}, tầng ${r.int(2, 20)}, ${map.province.seat}`,
  (agency) => `Hội trường ${agency.name}`,
  () => "Trực tuyến qua hệ thống hội nghị truyền hình",
  (_, __, map) => `Trụ sở Tiếp công dân ${map.province.tier}`,
  (_, r, map) => `Hội trường UBND ${local(r, map)}`,
];

/** Where the event takes place. */
export function generateEventLocation(
  random: Random,
  agency: Agency,
  map: AdministrativeMap = CURRENT_MAP,
): string {
  return random.pick(LOCATIONS)(agency, random, map);
}

const AGENDA_ITEMS: readonly ((random: Random, year: number) => string)[] = [
  () => "Báo cáo kết quả thực hiện nhiệm vụ tuần qua và kế hoạch tuần tới",
  (r) => `Báo cáo tình hình giải quyết hồ sơ trễ hạn lĩnh vực ${r.pick(FIELD_PHRASES)}`,
  (r, y) => `Thông qua dự thảo Kế hoạch ${r.pick(TOPICS)} năm ${y}`,
  (r) => `Báo cáo tiến độ dự án ${r.pick(PROJECTS)}`,
  () => "Tình hình tiếp nhận, xử lý phản ánh qua Tổng đài 1022 trong tháng",
  () => "Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp theo Quyết định 766/QĐ-TTg",
  (r) => `Khó khăn, vướng mắc của doanh nghiệp tại ${r.pick(INDUSTRIAL_PARKS)}`,
];

/**
 * An agenda (chương trình họp) of 4–6 items: opening, two to four distinct items of substance, discussion and
 * the chair's conclusions. Items are unnumbered; the widget numbers them.
 */
export function generateMeetingAgenda(random: Random, year: number): readonly string[] {
  const count = random.int(2, 4);
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(random.int(0, AGENDA_ITEMS.length - 1));
  return [
    "Khai mạc, giới thiệu thành phần tham dự",
    ...[...chosen].map((index) => (AGENDA_ITEMS[index] as (typeof AGENDA_ITEMS)[number])(random, year)),
    "Ý kiến thảo luận của các đại biểu",
    "Kết luận của chủ trì cuộc họp",
  ];
}
