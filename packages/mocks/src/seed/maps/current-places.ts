// The former Bình Dương area of Hồ Chí Minh City since 2025-07-01: 24 wards and 12 communes (Resolution
// 1685/NQ-UBTVQH15 on HCMC's commune-level units; names and what each was formed from as the official list of
// 168 units gives them — docs/domain.md §0). FOR SAMPLES ONLY. There is no district level: an address is
// "…, phường Thủ Dầu Một, Thành phố Hồ Chí Minh". Centres, spreads and streets are those of the former district
// a unit lies in (approximate: a sample location may fall in a neighbouring unit), and a former district's rough
// population weight is shared equally among its units.
import { PRE_MERGER_LOCALITIES } from "./pre-merger-places";
import type { Locality, LocalityKey } from "./types";

type Row = readonly [
  key: LocalityKey,
  name: string,
  kind: "ward" | "commune",
  formerDistrict: (typeof PRE_MERGER_LOCALITIES)[number]["key"],
  formedFrom: string,
];

// Order fixes the invented identifier sequences: the nine units named after a former district first, in the
// pre-merger order, so that their People's Committees keep the identifiers of the district committees.
// biome-ignore format: a table reads best with one unit per line
const ROWS: readonly Row[] = [
  ["thu_dau_mot", "Thủ Dầu Một", "ward", "thu_dau_mot", "Phú Cường, Phú Thọ, Chánh Nghĩa, Chánh Mỹ và một phần Hiệp Thành"],
  ["di_an", "Dĩ An", "ward", "di_an", "An Bình, Dĩ An và một phần Tân Đông Hiệp"],
  ["thuan_an", "Thuận An", "ward", "thuan_an", "Hưng Định, An Thạnh và An Sơn"],
  ["tan_uyen", "Tân Uyên", "ward", "tan_uyen", "Uyên Hưng, Bạch Đằng, Tân Lập và một phần Tân Mỹ"],
  ["ben_cat", "Bến Cát", "ward", "ben_cat", "Tân Hưng, Lai Hưng và phần còn lại của Mỹ Phước"],
  ["bau_bang", "Bàu Bàng", "commune", "bau_bang", "phần còn lại của thị trấn Lai Uyên"],
  ["bac_tan_uyen", "Bắc Tân Uyên", "commune", "bac_tan_uyen", "thị trấn Tân Thành, Đất Cuốc và Tân Định"],
  ["dau_tieng", "Dầu Tiếng", "commune", "dau_tieng", "thị trấn Dầu Tiếng, Định An, Định Thành và phần còn lại của Định Hiệp"],
  ["phu_giao", "Phú Giáo", "commune", "phu_giao", "thị trấn Phước Vĩnh, An Bình và một phần Tam Lập"],
  ["phu_loi", "Phú Lợi", "ward", "thu_dau_mot", "Phú Hòa, Phú Lợi và phần còn lại của Hiệp Thành"],
  ["chanh_hiep", "Chánh Hiệp", "ward", "thu_dau_mot", "Định Hòa, Tương Bình Hiệp, một phần Hiệp An và phần còn lại của Chánh Mỹ"],
  ["binh_duong", "Bình Dương", "ward", "thu_dau_mot", "Phú Mỹ, Hòa Phú, Phú Tân và Phú Chánh"],
  ["dong_hoa", "Đông Hòa", "ward", "di_an", "Bình An, Bình Thắng và Đông Hòa"],
  ["tan_dong_hiep", "Tân Đông Hiệp", "ward", "di_an", "Tân Bình, một phần Thái Hòa và phần còn lại của Tân Đông Hiệp"],
  ["an_phu", "An Phú", "ward", "thuan_an", "An Phú và một phần Bình Chuẩn"],
  ["binh_hoa", "Bình Hòa", "ward", "thuan_an", "Bình Hòa và một phần Vĩnh Phú"],
  ["lai_thieu", "Lái Thiêu", "ward", "thuan_an", "Bình Nhâm, Lái Thiêu và phần còn lại của Vĩnh Phú"],
  ["thuan_giao", "Thuận Giao", "ward", "thuan_an", "Thuận Giao và phần còn lại của Bình Chuẩn"],
  ["vinh_tan", "Vĩnh Tân", "ward", "tan_uyen", "Vĩnh Tân và thị trấn Tân Bình"],
  ["binh_co", "Bình Cơ", "ward", "tan_uyen", "Bình Mỹ và Hội Nghĩa"],
  ["tan_hiep", "Tân Hiệp", "ward", "tan_uyen", "Khánh Bình và Tân Hiệp"],
  ["tan_khanh", "Tân Khánh", "ward", "tan_uyen", "Thạnh Phước, Tân Phước Khánh, Tân Vĩnh Hiệp, Thạnh Hội và phần còn lại của Thái Hòa"],
  ["hoa_loi", "Hòa Lợi", "ward", "ben_cat", "Tân Định và Hòa Lợi"],
  ["phu_an", "Phú An", "ward", "ben_cat", "Tân An, Phú An và phần còn lại của Hiệp An"],
  ["tay_nam", "Tây Nam", "ward", "ben_cat", "An Tây và một phần Thanh Tuyền, An Lập"],
  ["long_nguyen", "Long Nguyên", "ward", "ben_cat", "An Điền, Long Nguyên và một phần Mỹ Phước"],
  ["chanh_phu_hoa", "Chánh Phú Hòa", "ward", "ben_cat", "Chánh Phú Hòa và Hưng Hòa"],
  ["thoi_hoa", "Thới Hòa", "ward", "ben_cat", "phường Thới Hòa (không sắp xếp)"],
  ["thuong_tan", "Thường Tân", "commune", "bac_tan_uyen", "Lạc An, Hiếu Liêm, Thường Tân và phần còn lại của Tân Mỹ"],
  ["phuoc_hoa", "Phước Hòa", "commune", "phu_giao", "Vĩnh Hòa, Phước Hòa và phần còn lại của Tam Lập"],
  ["phuoc_thanh", "Phước Thành", "commune", "phu_giao", "Tân Hiệp, An Thái và Phước Sang"],
  ["an_long", "An Long", "commune", "phu_giao", "An Linh, Tân Long và An Long"],
  ["tru_van_tho", "Trừ Văn Thố", "commune", "bau_bang", "Trừ Văn Thố, Cây Trường II và một phần thị trấn Lai Uyên"],
  ["long_hoa", "Long Hòa", "commune", "dau_tieng", "Long Tân, Long Hòa và một phần Minh Tân, Minh Thạnh"],
  ["thanh_an", "Thanh An", "commune", "dau_tieng", "Thanh An, một phần Định Hiệp và phần còn lại của Thanh Tuyền, An Lập"],
  ["minh_thanh", "Minh Thạnh", "commune", "dau_tieng", "Minh Hòa và phần còn lại của Minh Tân, Minh Thạnh"],
];

const formerDistrict = (key: Row[3]) => {
  const district = PRE_MERGER_LOCALITIES.find((locality) => locality.key === key);
  if (!district) throw new Error(`no former district ${key}`);
  return district;
};

export const CURRENT_LOCALITIES: readonly Locality[] = ROWS.map(([key, name, kind, former, formedFrom]) => {
  const district = formerDistrict(former);
  const siblings = ROWS.filter((row) => row[3] === former).length;
  return {
    key,
    name,
    kind,
    centre: district.centre,
    spread: Math.round(district.spread * 600) / 1000,
    weight: Math.round((district.weight / siblings) * 10) / 10,
    wards: [{ name, kind }],
    streets: district.streets,
    formedFrom,
  };
});
