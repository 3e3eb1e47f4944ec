// TODAY'S MAP, FOR SAMPLES ONLY: the former Bình Dương area of Hồ Chí Minh City since 2025-07-01. Two tiers —
// the City and its communes and wards (no districts) — and the departments under their 2025 names: the uniform
// list of Decree 45/2025/NĐ-CP (replaced by Decree 150/2025/NĐ-CP) plus HCMC's own (Sở Du lịch, Sở Quy hoạch -
// Kiến trúc); the commune-level divisions of Decree 150/2025; ministries of Resolution 176/2025/QH15
// (domain.md §7). Sequence numbers of identifiers are invented; a merged department keeps a predecessor's.
import { localityCommittees, type ProvinceAgencyRow, provinceAgencies, unit } from "../agencies";
import { CURRENT_LOCALITIES } from "./current-places";
import {
  centralBody,
  GOVERNMENT_OFFICE,
  KEPT_MINISTRIES,
  PROVINCIAL_COMMITTEE_UNITS,
  UNCHANGED_DEPARTMENTS,
  UNCHANGED_ROLES,
} from "./shared";
import type { AdministrativeMap, Province } from "./types";

const PROVINCE: Province = {
  name: "Hồ Chí Minh",
  label: "Thành phố Hồ Chí Minh",
  nameEn: "Hồ Chí Minh City",
  tier: "Thành phố",
  headlineName: "TP.HCM",
  iso3166: "VN-SG",
  statisticsCode: "79",
  police: "Công an Thành phố",
  seat: "Trụ sở Ủy ban nhân dân Thành phố",
};

// Sequences 07 (planning and investment), 10 (agriculture), 11 (transport), 14 (information) and 15 (labour)
// belonged to departments merged away in 2025 and are not reused; the merged agriculture and environment
// department keeps 13, the former environment department's, so that identifier still names it.
// biome-ignore format: a table reads best with one agency per line
const ROWS: readonly ProvinceAgencyRow[] = [
  ["vp_ubnd", "01", "Văn phòng Ủy ban nhân dân Thành phố", "Office of the City People's Committee", "VP", "office", [unit("HCTC", "Phòng Hành chính – Tổ chức"), unit("KSTTHC", "Phòng Kiểm soát thủ tục hành chính")]],
  ["ttpvhcc", "02", "Trung tâm Phục vụ hành chính công Thành phố", "City Public Administration Service Centre", "TTPVHCC", "service_centre", [unit("TNTKQ", "Phòng Tiếp nhận và trả kết quả")]],
  ["thanh_tra", "03", "Thanh tra Thành phố", "City Inspectorate", "TTr", "inspectorate", [unit("NV1", "Phòng Nghiệp vụ 1"), unit("TCD", "Phòng Tiếp công dân và Xử lý đơn")]],
  ["bql_kcn", "04", "Ban Quản lý các khu chế xuất và công nghiệp Thành phố Hồ Chí Minh", "Hồ Chí Minh City Export Processing and Industrial Zones Authority", "BQL", "board", [unit("QLDN", "Phòng Quản lý doanh nghiệp"), unit("QLĐT", "Phòng Quản lý đầu tư")]],
  ["snv", "05", "Sở Nội vụ", "Department of Home Affairs", "SNV", "department", [unit("TCBC", "Phòng Tổ chức, biên chế"), unit("CCHC", "Phòng Cải cách hành chính"), unit("LĐVL", "Phòng Lao động – Việc làm")]],
  UNCHANGED_DEPARTMENTS.stp,
  ["stc", "08", "Sở Tài chính", "Department of Finance", "STC", "department", [unit("QLNS", "Phòng Quản lý ngân sách"), unit("QLGCS", "Phòng Quản lý giá và công sản"), unit("ĐKKD", "Phòng Đăng ký kinh doanh")]],
  UNCHANGED_DEPARTMENTS.sct,
  ["sxd", "12", "Sở Xây dựng", "Department of Construction", "SXD", "department", [unit("QLXD", "Phòng Quản lý xây dựng"), unit("QLN", "Phòng Quản lý nhà và thị trường bất động sản"), unit("QLVT", "Phòng Quản lý vận tải, phương tiện và người lái")]],
  ["snnmt", "13", "Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment", "SNNMT", "department", [unit("QLĐĐ", "Phòng Quản lý đất đai"), unit("MT", "Phòng Môi trường"), unit("KHTC", "Phòng Kế hoạch – Tài chính")]],
  ["svhtt", "16", "Sở Văn hóa và Thể thao", "Department of Culture and Sports", "SVHTT", "department", [unit("QLVH", "Phòng Quản lý văn hóa")]],
  ["skhcn", "17", "Sở Khoa học và Công nghệ", "Department of Science and Technology", "SKHCN", "department", [unit("QLKH", "Phòng Quản lý khoa học"), unit("CĐS", "Phòng Chuyển đổi số"), unit("BCVT", "Phòng Bưu chính, viễn thông")]],
  UNCHANGED_DEPARTMENTS.sgddt,
  UNCHANGED_DEPARTMENTS.syt,
  UNCHANGED_DEPARTMENTS.sngv,
  ["sdl", "21", "Sở Du lịch", "Department of Tourism", "SDL", "department", [unit("QLDL", "Phòng Quản lý du lịch")]],
  ["sqhkt", "22", "Sở Quy hoạch - Kiến trúc", "Department of Planning and Architecture", "SQHKT", "department", [unit("QHKT", "Phòng Quy hoạch – Kiến trúc")]],
];

// The divisions of a commune-level People's Committee (Decree 150/2025/NĐ-CP) and its public administration
// service centre (Decree 118/2025/NĐ-CP Art. 7).
const office = unit("VP", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân");
const social = unit("VHXH", "Phòng Văn hóa - Xã hội");
const centre = unit("TTPVHCC", "Trung tâm Phục vụ hành chính công");
const WARD_UNITS = [office, unit("KTHTĐT", "Phòng Kinh tế, Hạ tầng và Đô thị"), social, centre];
const COMMUNE_UNITS = [office, unit("KT", "Phòng Kinh tế"), social, centre];

const MAIL_DOMAIN = "hochiminhcity.example";

export const CURRENT_MAP: AdministrativeMap = {
  id: "current",
  description: "Hồ Chí Minh City since 2025-07-01 (former Bình Dương area), two tiers, for samples only",
  validFrom: "2025-07-01",
  validUntil: null,
  province: PROVINCE,
  localities: CURRENT_LOCALITIES,
  agencies: [
    ...provinceAgencies(PROVINCE, PROVINCIAL_COMMITTEE_UNITS, ROWS, MAIL_DOMAIN),
    ...localityCommittees(
      CURRENT_LOCALITIES,
      41,
      (locality) => (locality.kind === "ward" ? WARD_UNITS : COMMUNE_UNITS),
      MAIL_DOMAIN,
    ),
  ],
  roles: {
    ...UNCHANGED_ROLES,
    planning_investment: "stc",
    agriculture: "snnmt",
    transport: "sxd",
    environment: "snnmt",
    digital: "skhcn",
    labour: "snv",
    culture: "svhtt",
    tourism: "sdl",
  },
  // [I] Driving licences moved from the transport departments to the police in 2025; no agency here handles them.
  withoutProcedures: ["driving_licence_renewal"],
  provincialAddress: PROVINCE.label,
  // Ministries under their 2025 names (Resolution 176/2025/QH15); the units named are [I].
  centralBodies: [
    GOVERNMENT_OFFICE,
    centralBody("Bộ Khoa học và Công nghệ", "BKHCN", "CĐSQG", "Cục Chuyển đổi số quốc gia"),
    centralBody("Bộ Nông nghiệp và Môi trường", "BNNMT", "QLĐĐ", "Cục Quản lý đất đai"),
    ...KEPT_MINISTRIES,
  ],
  // Provinces that exist after the 2025 provincial merger (Resolution 202/2025/QH15).
  homeProvinces: [
    "tỉnh Đồng Nai",
    "tỉnh Tây Ninh",
    "tỉnh Đắk Lắk",
    "tỉnh Nghệ An",
    "tỉnh Thanh Hóa",
    "tỉnh An Giang",
    "tỉnh Vĩnh Long",
    "tỉnh Lâm Đồng",
    "thành phố Cần Thơ",
  ],
  otherProvinces: ["Đồng Nai", "Tây Ninh", "Đà Nẵng", "Quảng Ninh", "Hà Nội", "Cần Thơ", "Hải Phòng"],
  newsSources: [
    "Cổng Thông tin điện tử Thành phố Hồ Chí Minh",
    "Báo Sài Gòn Giải Phóng",
    "Đài Truyền hình Thành phố Hồ Chí Minh",
  ],
  localStaff: 5,
};
