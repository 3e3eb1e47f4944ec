// The labelled PRE-MERGER SNAPSHOT of Bình Dương (before 2025-07-01), FOR SAMPLES ONLY: three tiers (province,
// nine district-level units, their wards and communes), departments and ministries as they were before the 2025
// reorganisation (domain.md §0 [I] list of departments).
import { localityCommittees, type ProvinceAgencyRow, provinceAgencies, unit } from "../agencies";
import { PRE_MERGER_LOCALITIES } from "./pre-merger-places";
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
  name: "Bình Dương",
  label: "tỉnh Bình Dương",
  nameEn: "Bình Dương Province",
  tier: "tỉnh",
  headlineName: "Bình Dương",
  iso3166: "VN-57",
  statisticsCode: "74",
  police: "Công an tỉnh",
  seat: "Trung tâm Hành chính tập trung tỉnh",
};

// Order and sequences as before: append, never renumber.
// biome-ignore format: a table reads best with one agency per line
const ROWS: readonly ProvinceAgencyRow[] = [
  ["vp_ubnd", "01", "Văn phòng Ủy ban nhân dân tỉnh", "Office of the Provincial People's Committee", "VP", "office", [unit("HCTC", "Phòng Hành chính – Tổ chức"), unit("KSTTHC", "Phòng Kiểm soát thủ tục hành chính")]],
  ["ttpvhcc", "02", "Trung tâm Phục vụ hành chính công tỉnh", "Provincial Public Administration Service Centre", "TTPVHCC", "service_centre", [unit("TNTKQ", "Phòng Tiếp nhận và trả kết quả")]],
  ["thanh_tra", "03", "Thanh tra tỉnh", "Provincial Inspectorate", "TTr", "inspectorate", [unit("NV1", "Phòng Nghiệp vụ 1"), unit("TCD", "Phòng Tiếp công dân và Xử lý đơn")]],
  ["bql_kcn", "04", "Ban Quản lý các khu công nghiệp Bình Dương", "Bình Dương Industrial Parks Management Board", "BQL", "board", [unit("QLDN", "Phòng Quản lý doanh nghiệp"), unit("QLĐT", "Phòng Quản lý đầu tư")]],
  ["snv", "05", "Sở Nội vụ", "Department of Home Affairs", "SNV", "department", [unit("TCBC", "Phòng Tổ chức, biên chế"), unit("CCHC", "Phòng Cải cách hành chính")]],
  UNCHANGED_DEPARTMENTS.stp,
  ["skhdt", "07", "Sở Kế hoạch và Đầu tư", "Department of Planning and Investment", "SKHĐT", "department", [unit("ĐKKD", "Phòng Đăng ký kinh doanh"), unit("TH", "Phòng Tổng hợp")]],
  ["stc", "08", "Sở Tài chính", "Department of Finance", "STC", "department", [unit("QLNS", "Phòng Quản lý ngân sách"), unit("QLGCS", "Phòng Quản lý giá và công sản")]],
  UNCHANGED_DEPARTMENTS.sct,
  ["snn", "10", "Sở Nông nghiệp và Phát triển nông thôn", "Department of Agriculture and Rural Development", "SNN", "department", [unit("KHTC", "Phòng Kế hoạch – Tài chính")]],
  ["sgtvt", "11", "Sở Giao thông vận tải", "Department of Transport", "SGTVT", "department", [unit("QLVT", "Phòng Quản lý vận tải, phương tiện và người lái"), unit("QLGT", "Phòng Quản lý kết cấu hạ tầng giao thông")]],
  ["sxd", "12", "Sở Xây dựng", "Department of Construction", "SXD", "department", [unit("QLXD", "Phòng Quản lý xây dựng"), unit("QLN", "Phòng Quản lý nhà và thị trường bất động sản")]],
  ["stnmt", "13", "Sở Tài nguyên và Môi trường", "Department of Natural Resources and Environment", "STNMT", "department", [unit("QLĐĐ", "Phòng Quản lý đất đai"), unit("MT", "Phòng Môi trường")]],
  ["stttt", "14", "Sở Thông tin và Truyền thông", "Department of Information and Communications", "STTTT", "department", [unit("CNTT", "Phòng Công nghệ thông tin"), unit("BCVT", "Phòng Bưu chính, viễn thông")]],
  ["sldtbxh", "15", "Sở Lao động - Thương binh và Xã hội", "Department of Labour, Invalids and Social Affairs", "SLĐTBXH", "department", [unit("LĐVL", "Phòng Lao động – Việc làm")]],
  ["svhttdl", "16", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism", "SVHTTDL", "department", [unit("QLVH", "Phòng Quản lý văn hóa"), unit("QLDL", "Phòng Quản lý du lịch")]],
  ["skhcn", "17", "Sở Khoa học và Công nghệ", "Department of Science and Technology", "SKHCN", "department", [unit("QLKH", "Phòng Quản lý khoa học")]],
  UNCHANGED_DEPARTMENTS.sgddt,
  UNCHANGED_DEPARTMENTS.syt,
  UNCHANGED_DEPARTMENTS.sngv,
];

const CITY_UNITS = [
  unit("TNMT", "Phòng Tài nguyên và Môi trường"),
  unit("QLĐT", "Phòng Quản lý đô thị"),
  unit("TCKH", "Phòng Tài chính – Kế hoạch"),
  unit("TP", "Phòng Tư pháp"),
];
const RURAL_UNITS = [
  unit("TNMT", "Phòng Tài nguyên và Môi trường"),
  unit("KTHT", "Phòng Kinh tế và Hạ tầng"),
  unit("TCKH", "Phòng Tài chính – Kế hoạch"),
  unit("TP", "Phòng Tư pháp"),
];

const MAIL_DOMAIN = "binhduong.example";

export const PRE_MERGER_MAP: AdministrativeMap = {
  id: "pre-2025-07",
  description: "Pre-merger snapshot of Bình Dương (before 2025-07-01), for samples only",
  validFrom: null,
  validUntil: "2025-07-01",
  province: PROVINCE,
  localities: PRE_MERGER_LOCALITIES,
  agencies: [
    ...provinceAgencies(PROVINCE, PROVINCIAL_COMMITTEE_UNITS, ROWS, MAIL_DOMAIN),
    ...localityCommittees(
      PRE_MERGER_LOCALITIES,
      41,
      (locality) => (locality.kind === "city" ? CITY_UNITS : RURAL_UNITS),
      MAIL_DOMAIN,
    ),
  ],
  roles: {
    ...UNCHANGED_ROLES,
    planning_investment: "skhdt",
    agriculture: "snn",
    transport: "sgtvt",
    environment: "stnmt",
    digital: "stttt",
    labour: "sldtbxh",
    culture: "svhttdl",
    tourism: "svhttdl",
  },
  provincialAddress: `Trung tâm Hành chính tập trung, phường Hòa Phú, thành phố Thủ Dầu Một, ${PROVINCE.label}`,
  // Central bodies as they were before the 2025 reorganisation (Resolution 176/2025/QH15 took effect 2025-03-01).
  centralBodies: [
    GOVERNMENT_OFFICE,
    centralBody("Bộ Thông tin và Truyền thông", "BTTTT", "CĐSQG", "Cục Chuyển đổi số quốc gia"),
    centralBody("Bộ Kế hoạch và Đầu tư", "BKHĐT", "ĐKKD", "Cục Quản lý đăng ký kinh doanh"),
    ...KEPT_MINISTRIES,
  ],
  homeProvinces: [
    "tỉnh Bình Phước",
    "tỉnh Tây Ninh",
    "tỉnh Đồng Nai",
    "tỉnh Đắk Lắk",
    "tỉnh Nghệ An",
    "tỉnh Thanh Hóa",
    "tỉnh An Giang",
    "tỉnh Trà Vinh",
    "Thành phố Hồ Chí Minh",
  ],
  otherProvinces: [
    "Đồng Nai",
    "Bà Rịa – Vũng Tàu",
    "Long An",
    "Tây Ninh",
    "Bình Phước",
    "Đà Nẵng",
    "Quảng Ninh",
  ],
  newsSources: [
    `Cổng thông tin điện tử ${PROVINCE.label}`,
    "Báo Bình Dương",
    "Đài Phát thanh và Truyền hình Bình Dương",
  ],
  localStaff: 10,
};
