// Official documents after Decree 30/2020/NĐ-CP: types with their abbreviations (Annex III), issuers, notations
// ("123/QĐ-UBND", "45/SXD-QLXD") and subjects (trích yếu). Subjects are invented, with slots.
import type { Random } from "../../random";
import type { Agency, AgencyUnit } from "../agencies";
import { SeedInputError } from "../errors";
import { CURRENT_MAP } from "../maps";
import type { AdministrativeMap, CentralBody } from "../maps/types";
import { randomLocalityLabel } from "../places";
import { weightedPool } from "../weighted";
import { FACTORY_PRODUCTS, FIELD_PHRASES, HAZARDS, INDUSTRIAL_PARKS, PROJECTS, TOPICS } from "./vocabulary";

export type DocumentTypeKey =
  | "decision"
  | "official_letter"
  | "submission"
  | "plan"
  | "report"
  | "notice"
  | "invitation"
  | "directive"
  | "guidance"
  | "programme"
  | "minutes"
  | "official_dispatch";

export interface DocumentType {
  readonly key: DocumentTypeKey;
  readonly name: string;
  readonly nameEn: string;
  /** Abbreviation in the notation; null for the official letter (công văn), which has none. */
  readonly abbreviation: string | null;
}

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { key: "decision", name: "Quyết định", nameEn: "Decision", abbreviation: "QĐ" },
  { key: "official_letter", name: "Công văn", nameEn: "Official letter", abbreviation: null },
  { key: "submission", name: "Tờ trình", nameEn: "Submission", abbreviation: "TTr" },
  { key: "plan", name: "Kế hoạch", nameEn: "Plan", abbreviation: "KH" },
  { key: "report", name: "Báo cáo", nameEn: "Report", abbreviation: "BC" },
  { key: "notice", name: "Thông báo", nameEn: "Notice", abbreviation: "TB" },
  { key: "invitation", name: "Giấy mời", nameEn: "Invitation", abbreviation: "GM" },
  { key: "directive", name: "Chỉ thị", nameEn: "Directive", abbreviation: "CT" },
  { key: "guidance", name: "Hướng dẫn", nameEn: "Guidance", abbreviation: "HD" },
  { key: "programme", name: "Chương trình", nameEn: "Programme", abbreviation: "CTr" },
  { key: "minutes", name: "Biên bản", nameEn: "Minutes", abbreviation: "BB" },
  { key: "official_dispatch", name: "Công điện", nameEn: "Official dispatch", abbreviation: "CĐ" },
];

const TYPE_BY_KEY = new Map(DOCUMENT_TYPES.map((type) => [type.key, type]));

export function documentTypeByKey(key: DocumentTypeKey): DocumentType {
  const type = TYPE_BY_KEY.get(key);
  if (!type) throw new SeedInputError("type", `unknown document type "${String(key)}"`);
  return type;
}

// Official letters dominate any agency's register; decisions, reports and invitations follow.
const TYPE_POOL = weightedPool<DocumentType>(
  (
    [
      ["official_letter", 40],
      ["decision", 12],
      ["report", 10],
      ["invitation", 10],
      ["plan", 7],
      ["notice", 7],
      ["submission", 6],
      ["guidance", 2],
      ["programme", 2],
      ["minutes", 2],
      ["directive", 1],
      ["official_dispatch", 1],
    ] as const
  ).map(([key, weight]) => [documentTypeByKey(key), weight] as const),
);

export function pickDocumentType(random: Random): DocumentType {
  return TYPE_POOL.pick(random);
}

/** Who issues a document: a provincial or local agency, or a central one (for incoming documents). */
export interface DocumentIssuer {
  readonly name: string;
  readonly notationCode: string;
  readonly level: "central" | "province" | "district" | "commune";
  readonly units: readonly AgencyUnit[];
}

const issuers = new WeakMap<AdministrativeMap, { central: DocumentIssuer[]; local: DocumentIssuer[] }>();

const central = (body: CentralBody): DocumentIssuer => ({
  name: body.name,
  notationCode: body.notationCode,
  level: "central",
  units: [{ code: body.unitCode, name: body.unitName }],
});

/** Central bodies issuing to the province, under the names of `map`'s time (ministries merged on 2025-03-01). */
export function centralIssuers(map: AdministrativeMap = CURRENT_MAP): readonly DocumentIssuer[] {
  return cachedIssuers(map).central;
}

/** Today's central issuers (`centralIssuers(PRE_MERGER_MAP)` for the names before 2025). */
export const CENTRAL_ISSUERS: readonly DocumentIssuer[] = centralIssuers();

export function issuerFromAgency(agency: Agency): DocumentIssuer {
  return { name: agency.name, notationCode: agency.notationCode, level: agency.level, units: agency.units };
}

function cachedIssuers(map: AdministrativeMap) {
  let entry = issuers.get(map);
  if (!entry) {
    entry = { central: map.centralBodies.map(central), local: map.agencies.map(issuerFromAgency) };
    issuers.set(map, entry);
  }
  return entry;
}

/** An issuer for an incoming document on `map`: mostly its agencies and local committees, some central bodies. */
export function pickIssuer(random: Random, map: AdministrativeMap = CURRENT_MAP): DocumentIssuer {
  const draw = random.next();
  const { central: centralList, local } = cachedIssuers(map);
  if (draw < 0.25) return random.pick(centralList);
  return random.pick(local);
}

export interface NotationParts {
  /** The document number, from 1, restarting each year. */
  readonly number: number;
  readonly type: DocumentType;
  readonly issuer: DocumentIssuer;
  /** The drafting unit: required for an official letter ("45/SXD-QLXD"), ignored for other types. */
  readonly unitCode?: string;
}

/** "123/QĐ-UBND" (number/type-issuer) or, for an official letter, "45/SXD-QLXD" (number/issuer-unit). */
export function formatNotation(parts: NotationParts): string {
  const { number, type, issuer, unitCode } = parts;
  if (!Number.isInteger(number) || number < 1)
    throw new SeedInputError("number", `expected a positive integer, got ${number}`);
  if (type.abbreviation !== null) return `${number}/${type.abbreviation}-${issuer.notationCode}`;
  if (!unitCode)
    throw new SeedInputError("unitCode", "an official letter's notation needs the drafting unit");
  return `${number}/${issuer.notationCode}-${unitCode}`;
}

/** A notation with a number drawn up to `maxNumber` (default 3,000) and, for letters, one of the issuer's units. */
export function generateNotation(
  random: Random,
  type: DocumentType,
  issuer: DocumentIssuer,
  maxNumber = 3000,
): string {
  const unit = issuer.units.length > 0 ? random.pick(issuer.units) : undefined;
  return formatNotation({
    number: random.int(1, Math.max(1, Math.floor(maxNumber))),
    type,
    issuer,
    ...(unit ? { unitCode: unit.code } : {}),
  });
}

// --- Subjects ------------------------------------------------------------------------------------------------

type Template = (random: Random, year: number, map: AdministrativeMap) => string;

const local = (random: Random, map: AdministrativeMap) => randomLocalityLabel(random, map);
const quarter = (random: Random) => ["I", "II", "III", "IV"][random.int(0, 3)] as string;

const SUBJECTS: Record<DocumentTypeKey, readonly Template[]> = {
  decision: [
    (r) => `Về việc công bố danh mục thủ tục hành chính lĩnh vực ${r.pick(FIELD_PHRASES)} được chuẩn hóa`,
    (r) => `Về việc phê duyệt kế hoạch lựa chọn nhà thầu dự án ${r.pick(PROJECTS)}`,
    (_, y) => `Về việc giao chỉ tiêu kế hoạch năm ${y}`,
    (r, _, map) => `Về việc thành lập Tổ công tác triển khai ${r.pick(TOPICS)} trên địa bàn ${local(r, map)}`,
    (r, y) =>
      `Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc trong ${r.pick(TOPICS)} năm ${y - 1}`,
  ],
  official_letter: [
    (r) => `V/v đôn đốc giải quyết hồ sơ trễ hạn lĩnh vực ${r.pick(FIELD_PHRASES)}`,
    (r) =>
      `V/v góp ý dự thảo quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực ${r.pick(FIELD_PHRASES)}`,
    (r, y) => `V/v báo cáo tình hình thực hiện ${r.pick(TOPICS)} quý ${quarter(r)} năm ${y}`,
    (r) => `V/v tăng cường công tác phòng, chống ${r.pick(HAZARDS)}`,
    (r, _, map) => `V/v phối hợp xử lý phản ánh của người dân qua Tổng đài 1022 tại ${local(r, map)}`,
    (r) => `V/v cung cấp hồ sơ phục vụ công tác thanh tra dự án ${r.pick(PROJECTS)}`,
  ],
  submission: [
    (r) => `Về việc đề nghị phê duyệt chủ trương đầu tư dự án ${r.pick(PROJECTS)}`,
    (r, y) => `Về việc đề nghị ban hành Kế hoạch ${r.pick(TOPICS)} năm ${y}`,
  ],
  plan: [
    (r, y) => `Triển khai ${r.pick(TOPICS)} năm ${y}`,
    (_, y) => `Kiểm tra công tác cải cách hành chính năm ${y}`,
    (_, y, map) => `Tổ chức Ngày Chuyển đổi số ${map.province.tier} năm ${y}`,
  ],
  report: [
    (r, y) => `Kết quả giải quyết thủ tục hành chính quý ${quarter(r)} năm ${y}`,
    (r, y) => `Tình hình thực hiện ${r.pick(TOPICS)} tháng ${r.int(1, 12)}/${y}`,
    (_, y) => `Sơ kết 6 tháng đầu năm ${y}, phương hướng nhiệm vụ 6 tháng cuối năm`,
  ],
  notice: [
    (r) => `Kết luận của lãnh đạo tại cuộc họp về tiến độ dự án ${r.pick(PROJECTS)}`,
    (r, y) => `Lịch tiếp công dân định kỳ tháng ${r.int(1, 12)}/${y}`,
    (r, _, map) => `Kết luận kiểm tra công tác ${r.pick(TOPICS)} tại ${local(r, map)}`,
  ],
  invitation: [
    (r) => `Dự họp về ${r.pick(TOPICS)}`,
    (r) => `Dự hội nghị đối thoại với doanh nghiệp ${r.pick(INDUSTRIAL_PARKS)}`,
    (r) => `Dự họp nghe báo cáo tiến độ dự án ${r.pick(PROJECTS)}`,
  ],
  directive: [(r, _, map) => `Về tăng cường ${r.pick(TOPICS)} trên địa bàn ${map.province.tier}`],
  guidance: [(r) => `Thực hiện quy trình số hóa hồ sơ lĩnh vực ${r.pick(FIELD_PHRASES)}`],
  programme: [(_, y) => `Chương trình công tác năm ${y}`],
  minutes: [(r) => `Họp kiểm tra hiện trường dự án nhà máy sản xuất ${r.pick(FACTORY_PRODUCTS)}`],
  official_dispatch: [(r) => `Về việc chủ động ứng phó với ${r.pick(HAZARDS)}`],
};

/** A subject (trích yếu) for a document of `type` issued in `year` on `map` (default today's). */
export function generateDocumentSubject(
  random: Random,
  type: DocumentType,
  year: number,
  map: AdministrativeMap = CURRENT_MAP,
): string {
  if (!Number.isInteger(year)) throw new SeedInputError("year", `expected an integer year, got ${year}`);
  return random.pick(SUBJECTS[type.key])(random, year, map);
}
