// Dossier summaries (trích yếu): two or three templates per procedure, each with slots filled from the random
// source (parcel numbers, areas, names, dates…), so that 100,000 dossiers do not read the same.
import type { Random } from "../../random";
import { daysBefore, formatVietnamDate } from "../dates";
import { CURRENT_MAP } from "../maps";
import type { AdministrativeMap } from "../maps/types";
import {
  BRAND_NAMES,
  generateOrganisationName,
  generatePersonName,
  honorific,
  type PersonName,
} from "../people";
import { localHealthFacility, localityLabel, type SampleAddress } from "../places";
import { type Procedure, type ProcedureKey, procedureByKey } from "../procedures";
import { capitalise, formatNumberVi, formatVnd } from "./format";
import { FACTORY_PRODUCTS, FOREIGN_NATIONALS, INDUSTRIAL_PARKS } from "./vocabulary";

export interface SummarySlots {
  /** The applicant (người nộp). */
  readonly applicant: PersonName;
  /** The applicant's address; the parcel, house or business in the summary lies there. */
  readonly address: SampleAddress;
  /** When the dossier was submitted: births, deaths and diplomas are dated before it. */
  readonly submittedAt: Date;
  /** The map the address is on (default today's): where people moving in come from. */
  readonly map?: AdministrativeMap;
}

type Template = (slots: SummarySlots, random: Random) => string;

/** A child takes the father's family name; when the applicant is the mother, the father's is drawn. */
const fatherFamily = (applicant: PersonName) =>
  applicant.gender === "male" ? { family: applicant.family } : {};
const person = (name: PersonName) => `${honorific(name)} ${name.full}`;
const place = (address: SampleAddress) => address.place;
const homeProvince = (slots: SummarySlots, random: Random) =>
  random.pick((slots.map ?? CURRENT_MAP).homeProvinces);
const parcel = (random: Random) => `thửa đất số ${random.int(12, 980)}, tờ bản đồ số ${random.int(1, 65)}`;
const area = (random: Random, min: number, max: number) =>
  `${formatNumberVi(random.int(min * 10, max * 10) / 10, 1).replace(/,0$/, "")} m²`;
const dateBefore = (slots: SummarySlots, random: Random, minDays: number, maxDays: number) =>
  formatVietnamDate(daysBefore(slots.submittedAt, random.int(minDays, maxDays)));
const landUse = (address: SampleAddress) =>
  address.ward.kind === "commune" ? "đất ở tại nông thôn" : "đất ở tại đô thị";
const capital = (random: Random) => formatVnd(random.int(1, 200) * 500_000_000);
const foreigner = (random: Random) => {
  const [name, nationality] = random.pick(FOREIGN_NATIONALS);
  return `${name} (quốc tịch ${nationality})`;
};
const count = (random: Random, min: number, max: number) => String(random.int(min, max)).padStart(2, "0");

const COPY_DOCUMENTS = [
  "Căn cước công dân",
  "Giấy khai sinh",
  "Bằng tốt nghiệp trung học phổ thông",
  "Giấy chứng nhận quyền sử dụng đất",
  "Học bạ trung học cơ sở",
  "Giấy phép lái xe",
  "Giấy chứng nhận đăng ký doanh nghiệp",
];
const SIGNED_PAPERS = [
  "giấy ủy quyền",
  "bản cam kết",
  "tờ khai lý lịch",
  "giấy xác nhận thu nhập",
  "đơn xin việc",
];
const HOUSEHOLD_TRADES = [
  "tạp hóa",
  "quán ăn",
  "cà phê",
  "sửa xe máy",
  "may mặc",
  "vật liệu xây dựng",
  "cắt tóc",
];
const ENTERPRISE_CHANGES = [
  "địa chỉ trụ sở chính",
  "người đại diện theo pháp luật",
  "ngành, nghề kinh doanh",
  "tên doanh nghiệp",
  "thành viên góp vốn",
];
const PRACTICE_AREAS = [
  "thiết kế kết cấu công trình",
  "giám sát thi công xây dựng",
  "định giá xây dựng",
  "khảo sát địa hình",
];
const RECORD_PURPOSES = [
  "bổ sung hồ sơ xin việc",
  "làm thủ tục đi lao động ở nước ngoài",
  "bổ sung hồ sơ du học",
  "bổ sung hồ sơ nhận con nuôi",
];
const TRANSPORT_KINDS = [
  "hành khách theo hợp đồng",
  "hàng hóa bằng xe tải",
  "hành khách bằng xe taxi",
  "hành khách theo tuyến cố định",
];

const SUMMARIES: Record<ProcedureKey, readonly Template[]> = {
  land_first_certificate: [
    (s, r) =>
      `${capitalise(person(s.applicant))} đề nghị cấp Giấy chứng nhận lần đầu đối với ${parcel(r)}, diện tích ${area(r, 60, 2400)}, ${place(s.address)}`,
    (s, r) =>
      `Đăng ký đất đai, cấp Giấy chứng nhận lần đầu cho hộ ${person(s.applicant)} tại ${parcel(r)}, ${place(s.address)}`,
  ],
  land_transfer: [
    (s, r) =>
      `Chuyển nhượng quyền sử dụng đất ${parcel(r)}, diện tích ${area(r, 50, 1500)}, từ ${person(s.applicant)} cho ${person(generatePersonName(r))}`,
    (s, r) =>
      `Đăng ký thừa kế quyền sử dụng đất ${parcel(r)}, ${place(s.address)}; người nhận thừa kế: ${person(s.applicant)}`,
    (s, r) =>
      `Tặng cho quyền sử dụng đất ${parcel(r)} giữa ${person(s.applicant)} và con là ${generatePersonName(r, fatherFamily(s.applicant)).full}`,
  ],
  land_certificate_renewal: [
    (s, r) =>
      `Cấp đổi Giấy chứng nhận bị ố, nhòe, rách ${parcel(r)}, ${place(s.address)} cho ${person(s.applicant)}`,
    (_, r) =>
      `Cấp đổi Giấy chứng nhận sau đo đạc lại bản đồ địa chính, ${parcel(r)}, diện tích ${area(r, 60, 3000)}`,
  ],
  land_use_change: [
    (s, r) =>
      `Chuyển mục đích sử dụng ${area(r, 50, 300)} từ đất trồng cây lâu năm sang ${landUse(s.address)}, ${parcel(r)}, ${place(s.address)}`,
    (s, r) =>
      `${capitalise(person(s.applicant))} xin chuyển mục đích sử dụng đất nông nghiệp sang ${landUse(s.address)} tại ${parcel(r)}`,
  ],
  construction_permit_house: [
    (s, r) =>
      `Cấp giấy phép xây dựng nhà ở riêng lẻ ${r.int(1, 5)} tầng, diện tích xây dựng ${area(r, 40, 250)} tại ${s.address.line}, ${place(s.address)}`,
    (s, r) =>
      `Cấp giấy phép sửa chữa, cải tạo nhà ở của ${person(s.applicant)} tại ${parcel(r)}, ${place(s.address)}`,
  ],
  construction_practice_certificate: [
    (s, r) =>
      `Cấp chứng chỉ hành nghề ${r.pick(PRACTICE_AREAS)} hạng ${r.pick(["II", "III"])} cho ${person(s.applicant)}`,
    (s, r) =>
      `${capitalise(person(s.applicant))} đề nghị cấp chứng chỉ hành nghề ${r.pick(PRACTICE_AREAS)} hạng ${r.pick(["II", "III"])}`,
  ],
  enterprise_llc: [
    (s, r) =>
      `Đăng ký thành lập ${generateOrganisationName(r, { form: "llc" })}, vốn điều lệ ${capital(r)}, trụ sở tại ${s.address.line}, ${place(s.address)}`,
    (s, r) =>
      `Thành lập ${generateOrganisationName(r, { form: "llc" })}; người đại diện theo pháp luật: ${person(s.applicant)}`,
  ],
  enterprise_jsc: [
    (s, r) =>
      `Đăng ký thành lập ${generateOrganisationName(r, { form: "jsc" })}, vốn điều lệ ${capital(r)}, trụ sở tại ${place(s.address)}`,
    (s, r) =>
      `Thành lập ${generateOrganisationName(r, { form: "jsc" })} với ${r.int(3, 12)} cổ đông sáng lập; người đại diện: ${person(s.applicant)}`,
  ],
  enterprise_change: [
    (_, r) => `${generateOrganisationName(r)} đăng ký thay đổi ${r.pick(ENTERPRISE_CHANGES)}`,
    (_, r) => `${generateOrganisationName(r, { form: "llc" })} đăng ký tăng vốn điều lệ lên ${capital(r)}`,
  ],
  household_business: [
    (s, r) =>
      `Đăng ký hộ kinh doanh ${r.pick(HOUSEHOLD_TRADES)} của ${person(s.applicant)} tại ${s.address.line}, ${place(s.address)}`,
    (s, r) =>
      `Đăng ký hộ kinh doanh ${capitalise(r.pick(HOUSEHOLD_TRADES))} ${r.pick(BRAND_NAMES)} tại ${place(s.address)}`,
  ],
  investment_registration: [
    (_, r) =>
      `Cấp Giấy chứng nhận đăng ký đầu tư dự án nhà máy sản xuất ${r.pick(FACTORY_PRODUCTS)} tại ${r.pick(INDUSTRIAL_PARKS)}, vốn đầu tư ${r.int(2, 80)} triệu USD`,
    (_, r) =>
      `Dự án mở rộng nhà máy sản xuất ${r.pick(FACTORY_PRODUCTS)} tại ${r.pick(INDUSTRIAL_PARKS)} của ${generateOrganisationName(r, { form: "llc" })}`,
  ],
  birth_registration: [
    (s, r) =>
      `Đăng ký khai sinh cho cháu ${generatePersonName(r, fatherFamily(s.applicant)).full}, sinh ngày ${dateBefore(s, r, 3, 55)} tại ${r.pick(["Bệnh viện Hạnh Phúc", localHealthFacility(s.address.locality)])}`,
    (s, r) => `Đăng ký khai sinh cho con của ${person(s.applicant)}, sinh ngày ${dateBefore(s, r, 3, 55)}`,
  ],
  death_registration: [
    (s, r) => {
      const deceased = generatePersonName(r, { family: s.applicant.family });
      return `Đăng ký khai tử cho ${person(deceased)}, mất ngày ${dateBefore(s, r, 1, 14)} tại nơi cư trú, ${place(s.address)}`;
    },
    (s, r) =>
      `${capitalise(person(s.applicant))} đăng ký khai tử cho ${r.pick(["cha", "mẹ", "ông nội", "bà nội"])}, mất ngày ${dateBefore(s, r, 1, 14)}`,
  ],
  marriage_registration: [
    (s, r) => {
      const partner = generatePersonName(r, { gender: s.applicant.gender === "male" ? "female" : "male" });
      const [groom, bride] = s.applicant.gender === "male" ? [s.applicant, partner] : [partner, s.applicant];
      return `Đăng ký kết hôn giữa anh ${groom.full} và chị ${bride.full}`;
    },
    (s) => `Đăng ký kết hôn; người yêu cầu: ${s.applicant.full}, cư trú tại ${place(s.address)}`,
  ],
  marriage_foreign: [
    (s, r) => `Đăng ký kết hôn giữa ${person(s.applicant)} (quốc tịch Việt Nam) và ${foreigner(r)}`,
  ],
  civil_status_extract: [
    (s, r) =>
      `Cấp ${count(r, 1, 5)} bản sao trích lục ${r.pick(["khai sinh", "kết hôn", "khai tử"])} cho ${person(s.applicant)}`,
    (s, r) => `Cấp bản sao trích lục khai sinh năm ${r.int(1965, 2020)} của ${s.applicant.full}`,
  ],
  copy_certification: [
    (_, r) => `Chứng thực ${count(r, 1, 10)} bản sao ${r.pick(COPY_DOCUMENTS)}`,
    (s, r) =>
      `Chứng thực bản sao ${r.pick(COPY_DOCUMENTS)} của ${person(s.applicant)} (${count(r, 1, 6)} bản)`,
  ],
  signature_certification: [
    (s, r) => `Chứng thực chữ ký của ${person(s.applicant)} trên ${r.pick(SIGNED_PAPERS)}`,
    (s, r) =>
      `Chứng thực chữ ký trên ${r.pick(SIGNED_PAPERS)} (${count(r, 1, 3)} bản) — người yêu cầu: ${s.applicant.full}`,
  ],
  permanent_residence: [
    (s, r) =>
      `Đăng ký thường trú cho ${person(s.applicant)} và ${r.int(1, 4)} nhân khẩu tại ${s.address.line}, ${place(s.address)}`,
    (s, r) =>
      `Đăng ký thường trú cho ${s.applicant.full}, chuyển từ ${homeProvince(s, r)} về ở cùng ${r.pick(["cha mẹ", "vợ", "chồng", "con"])}`,
  ],
  temporary_residence: [
    (s, r) =>
      `Đăng ký tạm trú tại nhà trọ ${s.address.line}, ${place(s.address)} — người lao động tại ${r.pick(INDUSTRIAL_PARKS)}`,
    (s, r) =>
      `Đăng ký tạm trú cho ${person(s.applicant)}, quê quán ${homeProvince(s, r)}, thời hạn ${r.int(6, 24)} tháng`,
  ],
  criminal_record: [
    (s, r) =>
      `Cấp Phiếu lý lịch tư pháp số ${r.pick(["1", "2"])} cho ${person(s.applicant)} để ${r.pick(RECORD_PURPOSES)}`,
    (s, r) => `${capitalise(person(s.applicant))} yêu cầu cấp ${r.int(1, 3)} Phiếu lý lịch tư pháp số 1`,
  ],
  notary_office_registration: [
    (s) =>
      `Đăng ký hoạt động Văn phòng công chứng ${s.applicant.full} tại ${s.address.line}, ${place(s.address)}`,
  ],
  work_permit: [
    (_, r) =>
      `Cấp giấy phép lao động cho ${foreigner(r)}, vị trí ${r.pick(["chuyên gia", "nhà quản lý", "giám đốc điều hành", "lao động kỹ thuật"])} tại ${generateOrganisationName(r, { form: "llc" })}`,
    (_, r) => `Cấp giấy phép lao động cho ${foreigner(r)} làm việc tại ${r.pick(INDUSTRIAL_PARKS)}`,
  ],
  work_permit_extension: [
    (_, r) => `Gia hạn giấy phép lao động cho ${foreigner(r)}, thời hạn ${r.int(1, 2)} năm`,
  ],
  labour_rules_registration: [
    (_, r) =>
      `Đăng ký nội quy lao động của ${generateOrganisationName(r)} (${formatNumberVi(r.int(12, 4800))} lao động)`,
  ],
  driving_licence_renewal: [
    (s, r) =>
      `Đổi giấy phép lái xe hạng ${r.pick(["B2", "C", "D", "FC"])} cho ${person(s.applicant)} (giấy phép ${r.pick(["hết hạn", "sắp hết hạn", "bằng giấy bìa"])})`,
    (s, r) => `Đổi giấy phép lái xe hạng B2 sang thẻ PET, cấp ngày ${dateBefore(s, r, 400, 3600)}`,
  ],
  transport_business_licence: [
    (_, r) =>
      `Cấp giấy phép kinh doanh vận tải ${r.pick(TRANSPORT_KINDS)} cho ${generateOrganisationName(r)}`,
  ],
  school_transfer: [
    (s, r) =>
      `Chuyển trường cho học sinh ${generatePersonName(r, fatherFamily(s.applicant)).full}, lớp ${r.int(10, 12)}, từ ${homeProvince(s, r)} về ${localityLabel(s.address.locality)}`,
  ],
  diploma_copy: [
    (s, r) =>
      `Cấp ${count(r, 1, 5)} bản sao bằng tốt nghiệp trung học phổ thông năm ${r.int(1995, 2023)} cho ${person(s.applicant)}`,
  ],
  food_safety_certificate: [
    (_, r) =>
      `Cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm cho bếp ăn tập thể của ${generateOrganisationName(r)}, quy mô ${formatNumberVi(r.int(2, 60) * 100)} suất/ngày`,
    (s, r) =>
      `Cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm cho nhà hàng tại ${s.address.line}, ${place(s.address)}${r.next() < 0.5 ? "" : " (cấp lại do hết hạn)"}`,
  ],
  pharmacy_practice_certificate: [
    (s, r) =>
      `Cấp Chứng chỉ hành nghề dược cho dược sĩ ${s.applicant.full}, phạm vi ${r.pick(["nhà thuốc", "quầy thuốc", "cơ sở bán buôn thuốc"])}`,
  ],
  environmental_permit: [
    (_, r) =>
      `Cấp giấy phép môi trường cho dự án nhà máy sản xuất ${r.pick(FACTORY_PRODUCTS)} tại ${r.pick(INDUSTRIAL_PARKS)}, công suất ${formatNumberVi(r.int(5, 400) * 100)} tấn/năm`,
  ],
  karaoke_licence: [
    (s, r) =>
      `Cấp Giấy phép kinh doanh dịch vụ karaoke ${r.int(2, 12)} phòng tại ${s.address.line}, ${place(s.address)}`,
  ],
  alcohol_retail_licence: [
    (s, r) =>
      `Cấp Giấy phép bán lẻ sản phẩm rượu cho cửa hàng ${r.pick(HOUSEHOLD_TRADES)} của ${person(s.applicant)} tại ${place(s.address)}`,
  ],
};

/** A summary for a dossier of `procedure`, filled with the applicant, their address and invented details. */
export function generateDossierSummary(
  random: Random,
  procedure: Procedure | ProcedureKey,
  slots: SummarySlots,
): string {
  const key = typeof procedure === "string" ? procedureByKey(procedure).key : procedure.key;
  const templates = SUMMARIES[key];
  return random.pick(templates)(slots, random);
}

/** How many templates each procedure has (for tests and docs). */
export function summaryTemplateCount(key: ProcedureKey): number {
  return SUMMARIES[key].length;
}
