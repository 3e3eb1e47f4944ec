// What both maps share: the provincial People's Committee's divisions and the central bodies whose names the
// 2025 reorganisation kept (Resolution 176/2025/QH15).
import { type ProvinceAgencyRow, unit } from "../agencies";
import type { AgencyRole, CentralBody, ProvinceAgencyKey } from "./types";

export const PROVINCIAL_COMMITTEE_UNITS = [
  unit("KT", "Khối Kinh tế"),
  unit("VX", "Khối Văn hóa – Xã hội"),
  unit("NC", "Khối Nội chính"),
  unit("TH", "Khối Tổng hợp"),
];

const body = (name: string, notationCode: string, unitCode: string, unitName: string): CentralBody => ({
  name,
  notationCode,
  unitCode,
  unitName,
});

export const GOVERNMENT_OFFICE = body(
  "Văn phòng Chính phủ",
  "VPCP",
  "KSTT",
  "Cục Kiểm soát thủ tục hành chính",
);
/** Ministries under the same name before and after 2025-03-01. */
export const KEPT_MINISTRIES: readonly CentralBody[] = [
  body("Bộ Nội vụ", "BNV", "CCHC", "Vụ Cải cách hành chính"),
  body("Bộ Tài chính", "BTC", "NSNN", "Vụ Ngân sách nhà nước"),
  body("Bộ Tư pháp", "BTP", "HTQTCT", "Cục Hộ tịch, quốc tịch, chứng thực"),
  body("Bộ Công an", "BCA", "C06", "Cục Cảnh sát quản lý hành chính về trật tự xã hội"),
  body("Bộ Xây dựng", "BXD", "HĐXD", "Cục Quản lý hoạt động xây dựng"),
];
export { body as centralBody };

/** Roles played by the same agency on both maps (the departments 2025 did not merge). */
export const UNCHANGED_ROLES = {
  office: "vp_ubnd",
  service_centre: "ttpvhcc",
  inspectorate: "thanh_tra",
  industrial_parks: "bql_kcn",
  home_affairs: "snv",
  justice: "stp",
  finance: "stc",
  industry_trade: "sct",
  construction: "sxd",
  science: "skhcn",
  education: "sgddt",
  health: "syt",
  foreign_affairs: "sngv",
} as const satisfies Partial<Record<AgencyRole, ProvinceAgencyKey>>;

/** Departments with the same name, sequence and divisions on both maps. */
// biome-ignore format: a table reads best with one agency per line
export const UNCHANGED_DEPARTMENTS = {
  stp: ["stp", "06", "Sở Tư pháp", "Department of Justice", "STP", "department", [unit("HCTP", "Phòng Hành chính tư pháp"), unit("BTTP", "Phòng Bổ trợ tư pháp")]],
  sct: ["sct", "09", "Sở Công Thương", "Department of Industry and Trade", "SCT", "department", [unit("QLTM", "Phòng Quản lý thương mại"), unit("QLCN", "Phòng Quản lý công nghiệp")]],
  sgddt: ["sgddt", "18", "Sở Giáo dục và Đào tạo", "Department of Education and Training", "SGDĐT", "department", [unit("GDTrH", "Phòng Giáo dục trung học")]],
  syt: ["syt", "19", "Sở Y tế", "Department of Health", "SYT", "department", [unit("NVY", "Phòng Nghiệp vụ Y"), unit("NVD", "Phòng Nghiệp vụ Dược")]],
  sngv: ["sngv", "20", "Sở Ngoại vụ", "Department of Foreign Affairs", "SNgV", "department", [unit("LS", "Phòng Lãnh sự")]],
} as const satisfies Record<string, ProvinceAgencyRow>;
