// Agencies of pre-merger Bình Dương, for samples only. Names are the real agencies of a province of that time;
// the identifier sequence numbers are invented (real ones come from the province's published code list).

import { SeedInputError } from "./errors";
import { DISTRICTS, type DistrictKey, districtLabel, PROVINCE } from "./places";

/**
 * Placeholder province letter code for electronic agency identifiers (`000.00.00.X74`). Bình Dương's real
 * letter code is unconfirmed and `H57` belongs to Thừa Thiên Huế, so the default is deliberately unreal:
 * "X" is no province prefix and 74 is Bình Dương's statistics code. Pass the real code as `provinceCode`.
 */
export const PLACEHOLDER_PROVINCE_CODE = "X74";

const PROVINCE_CODE_PATTERN = /^[A-Z][0-9]{2}$/;

export type ProvinceAgencyKey =
  | "ubnd_tinh"
  | "vp_ubnd"
  | "ttpvhcc"
  | "thanh_tra"
  | "bql_kcn"
  | "snv"
  | "stp"
  | "skhdt"
  | "stc"
  | "sct"
  | "snn"
  | "sgtvt"
  | "sxd"
  | "stnmt"
  | "stttt"
  | "sldtbxh"
  | "svhttdl"
  | "skhcn"
  | "sgddt"
  | "syt"
  | "sngv";
export type DistrictAgencyKey = `ubnd_${DistrictKey}`;
export type AgencyKey = ProvinceAgencyKey | DistrictAgencyKey;

/** Decides the leaders' titles: Chủ tịch (committee), Giám đốc (department, centre), Chánh… (office, inspectorate), Trưởng ban (board). */
export type AgencyKind = "committee" | "office" | "service_centre" | "inspectorate" | "board" | "department";

export interface AgencyUnit {
  /** Abbreviation used after the dash in an official letter's notation ("45/SXD-QLXD"). */
  readonly code: string;
  readonly name: string;
}

export interface Agency {
  readonly key: AgencyKey;
  readonly name: string;
  readonly nameEn: string;
  /** Short display name ("Sở Xây dựng" → "SXD"). */
  readonly shortName: string;
  /** Issuer abbreviation in document notations ("123/QĐ-UBND", "45/SXD-QLXD"). */
  readonly notationCode: string;
  readonly level: "province" | "district";
  readonly kind: AgencyKind;
  /** Set for the district People's Committees. */
  readonly district: DistrictKey | null;
  /** Level-2 sequence in the identifier ("02" in `00.02.X74`); null for the provincial People's Committee. */
  readonly sequence: string | null;
  /** Internal divisions that draft official letters. */
  readonly units: readonly AgencyUnit[];
}

const unit = (code: string, name: string): AgencyUnit => ({ code, name });
const office = unit("VP", "Văn phòng");
const inspectorate = unit("TTr", "Thanh tra");

type ProvinceAgencyRow = readonly [
  key: ProvinceAgencyKey,
  name: string,
  nameEn: string,
  shortName: string,
  kind: AgencyKind,
  units: readonly AgencyUnit[],
];

// Order fixes the invented sequence numbers (01, 02, …); append, never reorder.
// biome-ignore format: a table reads best with one agency per line
const PROVINCE_AGENCY_ROWS: readonly ProvinceAgencyRow[] = [
  ["vp_ubnd", "Văn phòng Ủy ban nhân dân tỉnh", "Office of the Provincial People's Committee", "VP", "office", [unit("HCTC", "Phòng Hành chính – Tổ chức"), unit("KSTTHC", "Phòng Kiểm soát thủ tục hành chính")]],
  ["ttpvhcc", "Trung tâm Phục vụ hành chính công tỉnh", "Provincial Public Administration Service Centre", "TTPVHCC", "service_centre", [unit("TNTKQ", "Phòng Tiếp nhận và trả kết quả")]],
  ["thanh_tra", "Thanh tra tỉnh", "Provincial Inspectorate", "TTr", "inspectorate", [unit("NV1", "Phòng Nghiệp vụ 1"), unit("TCD", "Phòng Tiếp công dân và Xử lý đơn")]],
  ["bql_kcn", "Ban Quản lý các khu công nghiệp Bình Dương", "Bình Dương Industrial Parks Management Board", "BQL", "board", [unit("QLDN", "Phòng Quản lý doanh nghiệp"), unit("QLĐT", "Phòng Quản lý đầu tư")]],
  ["snv", "Sở Nội vụ", "Department of Home Affairs", "SNV", "department", [unit("TCBC", "Phòng Tổ chức, biên chế"), unit("CCHC", "Phòng Cải cách hành chính")]],
  ["stp", "Sở Tư pháp", "Department of Justice", "STP", "department", [unit("HCTP", "Phòng Hành chính tư pháp"), unit("BTTP", "Phòng Bổ trợ tư pháp")]],
  ["skhdt", "Sở Kế hoạch và Đầu tư", "Department of Planning and Investment", "SKHĐT", "department", [unit("ĐKKD", "Phòng Đăng ký kinh doanh"), unit("TH", "Phòng Tổng hợp")]],
  ["stc", "Sở Tài chính", "Department of Finance", "STC", "department", [unit("QLNS", "Phòng Quản lý ngân sách"), unit("QLGCS", "Phòng Quản lý giá và công sản")]],
  ["sct", "Sở Công Thương", "Department of Industry and Trade", "SCT", "department", [unit("QLTM", "Phòng Quản lý thương mại"), unit("QLCN", "Phòng Quản lý công nghiệp")]],
  ["snn", "Sở Nông nghiệp và Phát triển nông thôn", "Department of Agriculture and Rural Development", "SNN", "department", [unit("KHTC", "Phòng Kế hoạch – Tài chính")]],
  ["sgtvt", "Sở Giao thông vận tải", "Department of Transport", "SGTVT", "department", [unit("QLVT", "Phòng Quản lý vận tải, phương tiện và người lái"), unit("QLGT", "Phòng Quản lý kết cấu hạ tầng giao thông")]],
  ["sxd", "Sở Xây dựng", "Department of Construction", "SXD", "department", [unit("QLXD", "Phòng Quản lý xây dựng"), unit("QLN", "Phòng Quản lý nhà và thị trường bất động sản")]],
  ["stnmt", "Sở Tài nguyên và Môi trường", "Department of Natural Resources and Environment", "STNMT", "department", [unit("QLĐĐ", "Phòng Quản lý đất đai"), unit("MT", "Phòng Môi trường")]],
  ["stttt", "Sở Thông tin và Truyền thông", "Department of Information and Communications", "STTTT", "department", [unit("CNTT", "Phòng Công nghệ thông tin"), unit("BCVT", "Phòng Bưu chính, viễn thông")]],
  ["sldtbxh", "Sở Lao động - Thương binh và Xã hội", "Department of Labour, Invalids and Social Affairs", "SLĐTBXH", "department", [unit("LĐVL", "Phòng Lao động – Việc làm")]],
  ["svhttdl", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism", "SVHTTDL", "department", [unit("QLVH", "Phòng Quản lý văn hóa"), unit("QLDL", "Phòng Quản lý du lịch")]],
  ["skhcn", "Sở Khoa học và Công nghệ", "Department of Science and Technology", "SKHCN", "department", [unit("QLKH", "Phòng Quản lý khoa học")]],
  ["sgddt", "Sở Giáo dục và Đào tạo", "Department of Education and Training", "SGDĐT", "department", [unit("GDTrH", "Phòng Giáo dục trung học")]],
  ["syt", "Sở Y tế", "Department of Health", "SYT", "department", [unit("NVY", "Phòng Nghiệp vụ Y"), unit("NVD", "Phòng Nghiệp vụ Dược")]],
  ["sngv", "Sở Ngoại vụ", "Department of Foreign Affairs", "SNgV", "department", [unit("LS", "Phòng Lãnh sự")]],
];

const pad2 = (value: number) => String(value).padStart(2, "0");

// District committees come after the provincial agencies, from 41 (as the HCMC list numbers its districts).
const DISTRICT_SEQUENCE_START = 41;

const CITY_UNITS: readonly AgencyUnit[] = [
  { code: "TNMT", name: "Phòng Tài nguyên và Môi trường" },
  { code: "QLĐT", name: "Phòng Quản lý đô thị" },
  { code: "TCKH", name: "Phòng Tài chính – Kế hoạch" },
  { code: "TP", name: "Phòng Tư pháp" },
];
const RURAL_UNITS: readonly AgencyUnit[] = [
  { code: "TNMT", name: "Phòng Tài nguyên và Môi trường" },
  { code: "KTHT", name: "Phòng Kinh tế và Hạ tầng" },
  { code: "TCKH", name: "Phòng Tài chính – Kế hoạch" },
  { code: "TP", name: "Phòng Tư pháp" },
];

export const AGENCIES: readonly Agency[] = [
  {
    key: "ubnd_tinh",
    name: `Ủy ban nhân dân ${PROVINCE.label}`,
    nameEn: `People's Committee of ${PROVINCE.nameEn}`,
    shortName: "UBND tỉnh",
    notationCode: "UBND",
    level: "province",
    kind: "committee",
    district: null,
    sequence: null,
    units: [
      { code: "KT", name: "Khối Kinh tế" },
      { code: "VX", name: "Khối Văn hóa – Xã hội" },
      { code: "NC", name: "Khối Nội chính" },
      { code: "TH", name: "Khối Tổng hợp" },
    ],
  },
  ...PROVINCE_AGENCY_ROWS.map(
    ([key, name, nameEn, shortName, kind, units], index): Agency => ({
      key,
      name,
      nameEn,
      shortName,
      notationCode: shortName,
      level: "province",
      kind,
      district: null,
      sequence: pad2(index + 1),
      units: kind === "department" ? [office, inspectorate, ...units] : [office, ...units],
    }),
  ),
  ...DISTRICTS.map(
    (district, index): Agency => ({
      key: `ubnd_${district.key}`,
      name: `Ủy ban nhân dân ${districtLabel(district)}`,
      nameEn: `People's Committee of ${district.name} ${district.kind === "city" ? "City" : "District"}`,
      shortName: `UBND ${district.kind === "city" ? "TP." : "huyện"} ${district.name}`,
      notationCode: "UBND",
      level: "district",
      kind: "committee",
      district: district.key,
      sequence: pad2(DISTRICT_SEQUENCE_START + index),
      units: district.kind === "city" ? CITY_UNITS : RURAL_UNITS,
    }),
  ),
];

const AGENCY_BY_KEY = new Map(AGENCIES.map((agency) => [agency.key, agency]));

export function agencyByKey(key: AgencyKey): Agency {
  const agency = AGENCY_BY_KEY.get(key);
  if (!agency) throw new SeedInputError("agency", `unknown agency key "${String(key)}"`);
  return agency;
}

/** The People's Committee of a district (where district- and commune-level dossiers are filed in the samples). */
export function districtCommitteeKey(district: DistrictKey): DistrictAgencyKey {
  return `ubnd_${district}`;
}

/**
 * The electronic identifier of an agency: `000.00.00.X74` for the provincial People's Committee, `00.02.X74`
 * for a department or district committee (the two-level form of docs/domain.md). `provinceCode` is configurable:
 * one capital letter and two digits; it defaults to the unreal placeholder `X74`.
 */
export function agencyIdentifier(agency: Agency, provinceCode: string = PLACEHOLDER_PROVINCE_CODE): string {
  if (!PROVINCE_CODE_PATTERN.test(provinceCode))
    throw new SeedInputError(
      "provinceCode",
      `expected one capital letter and two digits (like "X74"), got "${provinceCode}"`,
    );
  return agency.sequence === null ? `000.00.00.${provinceCode}` : `00.${agency.sequence}.${provinceCode}`;
}

/** Leaders' titles by kind of agency: the head and the deputies. */
export const LEADER_TITLES: Record<AgencyKind, { readonly head: string; readonly deputy: string }> = {
  committee: { head: "Chủ tịch", deputy: "Phó Chủ tịch" },
  office: { head: "Chánh Văn phòng", deputy: "Phó Chánh Văn phòng" },
  service_centre: { head: "Giám đốc", deputy: "Phó Giám đốc" },
  inspectorate: { head: "Chánh Thanh tra", deputy: "Phó Chánh Thanh tra" },
  board: { head: "Trưởng ban", deputy: "Phó Trưởng ban" },
  department: { head: "Giám đốc", deputy: "Phó Giám đốc" },
};
