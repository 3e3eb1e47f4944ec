// Administrative procedures for the samples. Names follow the national procedure database's wording; durations
// follow the typical times of domain.md §6 (unconfirmed, [I]); fees are indicative. The national codes are
// INVENTED: well-formed (`1.` + six digits, like 1.000656) but taken from the 1.9xxxxx block, which the national
// database does not use, so none can be mistaken for a real procedure's code.
import type { Random } from "../random";
import {
  type Agency,
  type AgencyKey,
  agencyIdentifier,
  districtCommitteeKey,
  type ProvinceAgencyKey,
} from "./agencies";
import { SeedInputError } from "./errors";
import type { DistrictKey } from "./places";
import { weightedPool } from "./weighted";

export type FieldKey =
  | "land"
  | "construction"
  | "business_registration"
  | "household_business"
  | "investment"
  | "civil_status"
  | "certification"
  | "residence"
  | "criminal_record"
  | "notarisation"
  | "foreign_workers"
  | "labour_relations"
  | "road_transport"
  | "education"
  | "food_safety"
  | "pharmacy"
  | "environment"
  | "culture"
  | "trade";

/** Fields (lĩnh vực) of the sample procedures. */
export const FIELDS: Record<FieldKey, { readonly vi: string; readonly en: string }> = {
  land: { vi: "Đất đai", en: "Land" },
  construction: { vi: "Hoạt động xây dựng", en: "Construction" },
  business_registration: { vi: "Thành lập và hoạt động của doanh nghiệp", en: "Business registration" },
  household_business: { vi: "Thành lập và hoạt động của hộ kinh doanh", en: "Household businesses" },
  investment: { vi: "Đầu tư tại Việt Nam", en: "Investment" },
  civil_status: { vi: "Hộ tịch", en: "Civil status" },
  certification: { vi: "Chứng thực", en: "Certification" },
  residence: { vi: "Đăng ký, quản lý cư trú", en: "Residence" },
  criminal_record: { vi: "Lý lịch tư pháp", en: "Criminal records" },
  notarisation: { vi: "Công chứng", en: "Notarisation" },
  foreign_workers: { vi: "Việc làm", en: "Employment of foreign workers" },
  labour_relations: { vi: "Quan hệ lao động", en: "Labour relations" },
  road_transport: { vi: "Đường bộ", en: "Road transport" },
  education: { vi: "Giáo dục và Đào tạo", en: "Education and training" },
  food_safety: { vi: "An toàn thực phẩm và dinh dưỡng", en: "Food safety" },
  pharmacy: { vi: "Dược phẩm", en: "Pharmacy" },
  environment: { vi: "Môi trường", en: "Environment" },
  culture: { vi: "Văn hóa", en: "Culture" },
  trade: { vi: "Lưu thông hàng hóa trong nước", en: "Domestic trade" },
};

/** Glossary `unit`: ngày làm việc, ngày, giờ. */
export type DurationUnit = "working_day" | "calendar_day" | "hour";
/** Glossary `channel`: trực tiếp, trực tuyến, bưu chính công ích. */
export type Channel = "counter" | "online" | "post";

export interface Duration {
  /** May be fractional (2.5 working days). */
  readonly amount: number;
  readonly unit: DurationUnit;
}

export interface ProcedureCase {
  readonly name: string;
  readonly duration: Duration;
  /** Fee or charge in VND; 0 when free. */
  readonly feeVnd: number;
}

/**
 * Who decides. Province-level procedures name their agency; district- and commune-level ones are handled where
 * the applicant lives (communes are not modelled as agencies: their dossiers go to the district committee).
 */
export type ProcedureAuthority =
  | { readonly level: "province"; readonly agency: ProvinceAgencyKey }
  | { readonly level: "district" }
  | { readonly level: "commune" };

export interface Procedure {
  readonly key: ProcedureKey;
  /** Invented national code, `1.9xxxxx` (see the top of this file). */
  readonly nationalCode: string;
  readonly name: string;
  readonly field: FieldKey;
  readonly authority: ProcedureAuthority;
  readonly cases: readonly [ProcedureCase, ...ProcedureCase[]];
  readonly channels: readonly Channel[];
  /** Relative dossier volume, so that samples have many certifications and few environmental permits. */
  readonly weight: number;
}

const province = (agency: ProvinceAgencyKey): ProcedureAuthority => ({ level: "province", agency });
const DISTRICT: ProcedureAuthority = { level: "district" };
const COMMUNE: ProcedureAuthority = { level: "commune" };
const ALL_CHANNELS: readonly Channel[] = ["counter", "online", "post"];
const workingDays = (amount: number): Duration => ({ amount, unit: "working_day" });
const calendarDays = (amount: number): Duration => ({ amount, unit: "calendar_day" });
const hours = (amount: number): Duration => ({ amount, unit: "hour" });
const oneCase = (duration: Duration, feeVnd: number): [ProcedureCase] => [
  { name: "Trường hợp thông thường", duration, feeVnd },
];
/** Enterprise registration: the fee is waived for online filings. */
const enterpriseCases = (): [ProcedureCase, ProcedureCase] => [
  { name: "Nộp hồ sơ trực tiếp hoặc qua bưu chính", duration: workingDays(3), feeVnd: 50_000 },
  { name: "Nộp hồ sơ qua mạng điện tử", duration: workingDays(3), feeVnd: 0 },
];

export const PROCEDURES = [
  {
    key: "land_first_certificate",
    nationalCode: "1.900101",
    name: "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần đầu",
    field: "land",
    authority: DISTRICT,
    cases: [
      { name: "Hộ gia đình, cá nhân đề nghị cấp lần đầu", duration: workingDays(20), feeVnd: 100_000 },
      { name: "Phải trích đo địa chính thửa đất", duration: workingDays(25), feeVnd: 100_000 },
    ],
    channels: ALL_CHANNELS,
    weight: 6,
  },
  {
    key: "land_transfer",
    nationalCode: "1.900102",
    name: "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển nhượng, tặng cho, thừa kế",
    field: "land",
    authority: DISTRICT,
    cases: [
      { name: "Chuyển nhượng, tặng cho quyền sử dụng đất", duration: workingDays(10), feeVnd: 50_000 },
      { name: "Thừa kế quyền sử dụng đất", duration: workingDays(10), feeVnd: 50_000 },
    ],
    channels: ALL_CHANNELS,
    weight: 8,
  },
  {
    key: "land_certificate_renewal",
    nationalCode: "1.900103",
    name: "Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất",
    field: "land",
    authority: DISTRICT,
    cases: oneCase(workingDays(7), 50_000),
    channels: ALL_CHANNELS,
    weight: 4,
  },
  {
    key: "land_use_change",
    nationalCode: "1.900104",
    name: "Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với hộ gia đình, cá nhân",
    field: "land",
    authority: DISTRICT,
    cases: oneCase(workingDays(15), 0),
    channels: ["counter", "online"],
    weight: 3,
  },
  {
    key: "construction_permit_house",
    nationalCode: "1.900201",
    name: "Cấp giấy phép xây dựng đối với công trình nhà ở riêng lẻ",
    field: "construction",
    authority: DISTRICT,
    cases: [
      { name: "Xây dựng mới nhà ở riêng lẻ", duration: calendarDays(15), feeVnd: 75_000 },
      { name: "Sửa chữa, cải tạo nhà ở riêng lẻ", duration: calendarDays(15), feeVnd: 75_000 },
    ],
    channels: ALL_CHANNELS,
    weight: 5,
  },
  {
    key: "construction_practice_certificate",
    nationalCode: "1.900202",
    name: "Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III",
    field: "construction",
    authority: province("sxd"),
    cases: oneCase(calendarDays(20), 300_000),
    channels: ["counter", "online"],
    weight: 1,
  },
  {
    key: "enterprise_llc",
    nationalCode: "1.900301",
    name: "Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên",
    field: "business_registration",
    authority: province("skhdt"),
    cases: enterpriseCases(),
    channels: ALL_CHANNELS,
    weight: 4,
  },
  {
    key: "enterprise_jsc",
    nationalCode: "1.900302",
    name: "Đăng ký thành lập công ty cổ phần",
    field: "business_registration",
    authority: province("skhdt"),
    cases: enterpriseCases(),
    channels: ALL_CHANNELS,
    weight: 2,
  },
  {
    key: "enterprise_change",
    nationalCode: "1.900303",
    name: "Đăng ký thay đổi nội dung đăng ký doanh nghiệp",
    field: "business_registration",
    authority: province("skhdt"),
    cases: enterpriseCases(),
    channels: ALL_CHANNELS,
    weight: 4,
  },
  {
    key: "household_business",
    nationalCode: "1.900304",
    name: "Đăng ký thành lập hộ kinh doanh",
    field: "household_business",
    authority: DISTRICT,
    cases: [
      { name: "Nộp hồ sơ trực tiếp", duration: workingDays(3), feeVnd: 100_000 },
      { name: "Nộp hồ sơ trực tuyến (thời gian cắt giảm)", duration: workingDays(2.5), feeVnd: 50_000 },
    ],
    channels: ALL_CHANNELS,
    weight: 4,
  },
  {
    key: "investment_registration",
    nationalCode: "1.900305",
    name: "Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư",
    field: "investment",
    authority: province("bql_kcn"),
    cases: oneCase(calendarDays(15), 0),
    channels: ["counter", "online"],
    weight: 1,
  },
  {
    key: "birth_registration",
    nationalCode: "1.900401",
    name: "Đăng ký khai sinh",
    field: "civil_status",
    authority: COMMUNE,
    cases: [
      { name: "Đăng ký khai sinh đúng hạn", duration: hours(8), feeVnd: 0 },
      { name: "Đăng ký khai sinh kết hợp nhận cha, mẹ, con", duration: workingDays(3), feeVnd: 0 },
    ],
    channels: ALL_CHANNELS,
    weight: 8,
  },
  {
    key: "death_registration",
    nationalCode: "1.900402",
    name: "Đăng ký khai tử",
    field: "civil_status",
    authority: COMMUNE,
    cases: oneCase(hours(8), 0),
    channels: ALL_CHANNELS,
    weight: 3,
  },
  {
    key: "marriage_registration",
    nationalCode: "1.900403",
    name: "Đăng ký kết hôn",
    field: "civil_status",
    authority: COMMUNE,
    cases: [
      { name: "Trường hợp thông thường", duration: hours(8), feeVnd: 0 },
      { name: "Cần xác minh thêm", duration: workingDays(5), feeVnd: 0 },
    ],
    channels: ["counter", "online"],
    weight: 4,
  },
  {
    key: "marriage_foreign",
    nationalCode: "1.900404",
    name: "Đăng ký kết hôn có yếu tố nước ngoài",
    field: "civil_status",
    authority: DISTRICT,
    cases: oneCase(workingDays(15), 1_000_000),
    channels: ["counter"],
    weight: 1,
  },
  {
    key: "civil_status_extract",
    nationalCode: "1.900405",
    name: "Cấp bản sao trích lục hộ tịch",
    field: "civil_status",
    authority: COMMUNE,
    cases: oneCase(hours(8), 8_000),
    channels: ALL_CHANNELS,
    weight: 3,
  },
  {
    key: "copy_certification",
    nationalCode: "1.900501",
    name: "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
    field: "certification",
    authority: COMMUNE,
    cases: oneCase(hours(4), 2_000),
    channels: ["counter"],
    weight: 12,
  },
  {
    key: "signature_certification",
    nationalCode: "1.900502",
    name: "Chứng thực chữ ký trong các giấy tờ, văn bản",
    field: "certification",
    authority: COMMUNE,
    cases: oneCase(hours(4), 10_000),
    channels: ["counter"],
    weight: 4,
  },
  {
    key: "permanent_residence",
    nationalCode: "1.900601",
    name: "Đăng ký thường trú",
    field: "residence",
    authority: COMMUNE,
    cases: [
      { name: "Nộp hồ sơ trực tiếp", duration: workingDays(7), feeVnd: 20_000 },
      { name: "Nộp hồ sơ trực tuyến", duration: workingDays(7), feeVnd: 10_000 },
    ],
    channels: ["counter", "online"],
    weight: 5,
  },
  {
    key: "temporary_residence",
    nationalCode: "1.900602",
    name: "Đăng ký tạm trú",
    field: "residence",
    authority: COMMUNE,
    cases: [
      { name: "Nộp hồ sơ trực tiếp", duration: workingDays(3), feeVnd: 15_000 },
      { name: "Nộp hồ sơ trực tuyến", duration: workingDays(3), feeVnd: 7_000 },
    ],
    channels: ["counter", "online"],
    weight: 4,
  },
  {
    key: "criminal_record",
    nationalCode: "1.900701",
    name: "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
    field: "criminal_record",
    authority: province("stp"),
    cases: [
      { name: "Trường hợp thông thường", duration: calendarDays(10), feeVnd: 200_000 },
      { name: "Sinh viên, người có công với cách mạng", duration: calendarDays(10), feeVnd: 100_000 },
      { name: "Cần xác minh tại nhiều nơi cư trú", duration: calendarDays(15), feeVnd: 200_000 },
    ],
    channels: ALL_CHANNELS,
    weight: 4,
  },
  {
    key: "notary_office_registration",
    nationalCode: "1.900702",
    name: "Đăng ký hoạt động Văn phòng công chứng",
    field: "notarisation",
    authority: province("stp"),
    cases: oneCase(workingDays(10), 1_000_000),
    channels: ["counter", "post"],
    weight: 0.2,
  },
  {
    key: "work_permit",
    nationalCode: "1.900801",
    name: "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam",
    field: "foreign_workers",
    authority: province("sldtbxh"),
    cases: oneCase(workingDays(5), 600_000),
    channels: ALL_CHANNELS,
    weight: 2,
  },
  {
    key: "work_permit_extension",
    nationalCode: "1.900802",
    name: "Gia hạn giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam",
    field: "foreign_workers",
    authority: province("sldtbxh"),
    cases: oneCase(workingDays(5), 450_000),
    channels: ALL_CHANNELS,
    weight: 1,
  },
  {
    key: "labour_rules_registration",
    nationalCode: "1.900803",
    name: "Đăng ký nội quy lao động của doanh nghiệp",
    field: "labour_relations",
    authority: province("sldtbxh"),
    cases: oneCase(workingDays(7), 0),
    channels: ALL_CHANNELS,
    weight: 0.5,
  },
  {
    key: "driving_licence_renewal",
    nationalCode: "1.900901",
    name: "Đổi Giấy phép lái xe do ngành Giao thông vận tải cấp",
    field: "road_transport",
    authority: province("sgtvt"),
    cases: [
      { name: "Nộp hồ sơ trực tiếp", duration: workingDays(5), feeVnd: 135_000 },
      { name: "Nộp hồ sơ trực tuyến", duration: workingDays(5), feeVnd: 115_000 },
    ],
    channels: ALL_CHANNELS,
    weight: 5,
  },
  {
    key: "transport_business_licence",
    nationalCode: "1.900902",
    name: "Cấp Giấy phép kinh doanh vận tải bằng xe ô tô",
    field: "road_transport",
    authority: province("sgtvt"),
    cases: oneCase(workingDays(5), 200_000),
    channels: ALL_CHANNELS,
    weight: 1,
  },
  {
    key: "school_transfer",
    nationalCode: "1.901001",
    name: "Chuyển trường đối với học sinh trung học phổ thông",
    field: "education",
    authority: province("sgddt"),
    cases: oneCase(workingDays(3), 0),
    channels: ["counter", "online"],
    weight: 1,
  },
  {
    key: "diploma_copy",
    nationalCode: "1.901002",
    name: "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
    field: "education",
    authority: province("sgddt"),
    cases: oneCase(hours(8), 0),
    channels: ALL_CHANNELS,
    weight: 1,
  },
  {
    key: "food_safety_certificate",
    nationalCode: "1.901101",
    name: "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống",
    field: "food_safety",
    authority: province("syt"),
    cases: oneCase(workingDays(20), 700_000),
    channels: ["counter", "online"],
    weight: 1,
  },
  {
    key: "pharmacy_practice_certificate",
    nationalCode: "1.901102",
    name: "Cấp Chứng chỉ hành nghề dược",
    field: "pharmacy",
    authority: province("syt"),
    cases: oneCase(workingDays(20), 500_000),
    channels: ["counter", "online"],
    weight: 0.5,
  },
  {
    key: "environmental_permit",
    nationalCode: "1.901201",
    name: "Cấp giấy phép môi trường cấp tỉnh",
    field: "environment",
    authority: province("stnmt"),
    cases: oneCase(calendarDays(30), 15_000_000),
    channels: ["counter", "online"],
    weight: 0.5,
  },
  {
    key: "karaoke_licence",
    nationalCode: "1.901301",
    name: "Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke",
    field: "culture",
    authority: DISTRICT,
    cases: oneCase(workingDays(5), 4_000_000),
    channels: ["counter", "online"],
    weight: 0.5,
  },
  {
    key: "alcohol_retail_licence",
    nationalCode: "1.901401",
    name: "Cấp Giấy phép bán lẻ sản phẩm rượu",
    field: "trade",
    authority: DISTRICT,
    cases: oneCase(workingDays(10), 1_200_000),
    channels: ["counter", "online"],
    weight: 0.5,
  },
] as const satisfies readonly (Omit<Procedure, "key"> & { key: string })[];

export type ProcedureKey = (typeof PROCEDURES)[number]["key"];

const PROCEDURE_BY_KEY = new Map<string, Procedure>(
  PROCEDURES.map((procedure) => [procedure.key, procedure]),
);
const PROCEDURE_POOL = weightedPool<Procedure>(PROCEDURES.map((procedure) => [procedure, procedure.weight]));

export function procedureByKey(key: ProcedureKey): Procedure {
  const procedure = PROCEDURE_BY_KEY.get(key);
  if (!procedure) throw new SeedInputError("procedure", `unknown procedure key "${String(key)}"`);
  return procedure;
}

/** A procedure drawn with realistic volumes (certifications and civil status often, permits rarely). */
export function pickProcedure(random: Random): Procedure {
  return PROCEDURE_POOL.pick(random);
}

/** The agency that handles a dossier of this procedure filed by someone living in `district`. */
export function responsibleAgencyKey(procedure: Procedure, district: DistrictKey): AgencyKey {
  return procedure.authority.level === "province"
    ? procedure.authority.agency
    : districtCommitteeKey(district);
}

/** The procedure code as published by an agency: national code + agency identifier (`1.900101.000.00.00.X74`). */
export function agencyProcedureCode(procedure: Procedure, agency: Agency, provinceCode?: string): string {
  return `${procedure.nationalCode}.${agencyIdentifier(agency, provinceCode)}`;
}
