// Places of Bình Dương province — a PRE-MERGER SNAPSHOT (before 2025-07-01), FOR SAMPLES ONLY.
// Bình Dương merged into Hồ Chí Minh City on 2025-07-01 and district-level units were abolished; the units below
// are those of 2023–2025 (after Bến Cát and Tân Uyên became cities in 2023). Ward lists are real names but
// deliberately incomplete; centres are approximate; the weights are rough population shares, not statistics.
import type { Random } from "../random";
import { SeedInputError } from "./errors";
import { weightedPool } from "./weighted";

export const PROVINCE = {
  name: "Bình Dương",
  label: "tỉnh Bình Dương",
  nameEn: "Bình Dương Province",
  /** ISO 3166-2 subdivision code. */
  iso3166: "VN-57",
  /** General Statistics Office code; also the first three digits of citizen ID numbers issued there. */
  statisticsCode: "74",
  snapshot: "Pre-merger snapshot of Bình Dương (before 2025-07-01), for samples only",
} as const;

export type DistrictKey =
  | "thu_dau_mot"
  | "di_an"
  | "thuan_an"
  | "tan_uyen"
  | "ben_cat"
  | "bau_bang"
  | "bac_tan_uyen"
  | "dau_tieng"
  | "phu_giao";

/** `city`: thành phố thuộc tỉnh; `district`: huyện. */
export type DistrictKind = "city" | "district";
/** `ward`: phường; `commune`: xã; `township`: thị trấn. */
export type WardKind = "ward" | "commune" | "township";

export interface GeoPoint {
  readonly lat: number;
  readonly long: number;
}

export interface Ward {
  readonly name: string;
  readonly kind: WardKind;
}

export interface District {
  readonly key: DistrictKey;
  readonly name: string;
  readonly kind: DistrictKind;
  /** Approximate centre, for jittered sample locations. */
  readonly centre: GeoPoint;
  /** Jitter radius around the centre, in degrees (~0.01° ≈ 1.1 km). */
  readonly spread: number;
  /** Rough relative population, to draw districts in a realistic mix. */
  readonly weight: number;
  readonly wards: readonly Ward[];
  /** Main roads and streets, as written in addresses ("đường Yersin", "Quốc lộ 13"). May be short for rural districts. */
  readonly streets: readonly string[];
}

const wards = (kind: WardKind, names: readonly string[]): Ward[] => names.map((name) => ({ name, kind }));

export const DISTRICTS: readonly District[] = [
  {
    key: "thu_dau_mot",
    name: "Thủ Dầu Một",
    kind: "city",
    centre: { lat: 10.9804, long: 106.6519 },
    spread: 0.03,
    weight: 340,
    wards: wards("ward", [
      "Phú Cường",
      "Hiệp Thành",
      "Chánh Nghĩa",
      "Phú Thọ",
      "Phú Hòa",
      "Phú Lợi",
      "Hiệp An",
      "Định Hòa",
      "Tân An",
      "Tương Bình Hiệp",
      "Chánh Mỹ",
      "Phú Mỹ",
      "Hòa Phú",
      "Phú Tân",
    ]),
    streets: [
      "Đại lộ Bình Dương",
      "đường Yersin",
      "đường Cách Mạng Tháng Tám",
      "đường Phú Lợi",
      "đường Huỳnh Văn Lũy",
      "đường Lê Hồng Phong",
      "đường Bạch Đằng",
      "đường Văn Công Khai",
      "đường Ngô Quyền",
      "đường Đoàn Trần Nghiệp",
      "đường Nguyễn Thái Học",
      "đường Phạm Ngọc Thạch",
      "đường Huỳnh Văn Nghệ",
      "đường Nguyễn Chí Thanh",
      "đường Hùng Vương",
      "đường Trần Văn Ơn",
    ],
  },
  {
    key: "di_an",
    name: "Dĩ An",
    kind: "city",
    centre: { lat: 10.9069, long: 106.7697 },
    spread: 0.025,
    weight: 475,
    wards: wards("ward", [
      "Dĩ An",
      "An Bình",
      "Tân Đông Hiệp",
      "Đông Hòa",
      "Bình An",
      "Bình Thắng",
      "Tân Bình",
    ]),
    streets: [
      "đường Nguyễn An Ninh",
      "đường Trần Hưng Đạo",
      "đường Lý Thường Kiệt",
      "Quốc lộ 1K",
      "đường ĐT743",
      "đường Nguyễn Thị Minh Khai",
      "đường Mỹ Phước – Tân Vạn",
      "đường Truông Tre",
    ],
  },
  {
    key: "thuan_an",
    name: "Thuận An",
    kind: "city",
    centre: { lat: 10.9336, long: 106.711 },
    spread: 0.03,
    weight: 620,
    wards: [
      ...wards("ward", [
        "Lái Thiêu",
        "An Thạnh",
        "An Phú",
        "Bình Chuẩn",
        "Bình Hòa",
        "Bình Nhâm",
        "Hưng Định",
        "Thuận Giao",
        "Vĩnh Phú",
      ]),
      ...wards("commune", ["An Sơn"]),
    ],
    streets: [
      "Đại lộ Bình Dương",
      "đường Cách Mạng Tháng Tám",
      "đường Nguyễn Văn Tiết",
      "đường Thủ Khoa Huân",
      "đường ĐT743",
      "đường Nguyễn Trãi",
      "đường Phan Đình Phùng",
      "đường Gia Long",
    ],
  },
  {
    key: "tan_uyen",
    name: "Tân Uyên",
    kind: "city",
    centre: { lat: 11.05, long: 106.78 },
    spread: 0.045,
    weight: 390,
    wards: [
      ...wards("ward", [
        "Uyên Hưng",
        "Tân Phước Khánh",
        "Thái Hòa",
        "Thạnh Phước",
        "Khánh Bình",
        "Tân Hiệp",
        "Phú Chánh",
        "Hội Nghĩa",
        "Tân Vĩnh Hiệp",
        "Vĩnh Tân",
      ]),
      ...wards("commune", ["Bạch Đằng", "Thạnh Hội"]),
    ],
    streets: ["đường ĐT746", "đường ĐT747", "đường ĐT747B", "đường ĐT742", "đường Mỹ Phước – Tân Vạn"],
  },
  {
    key: "ben_cat",
    name: "Bến Cát",
    kind: "city",
    centre: { lat: 11.15, long: 106.6 },
    spread: 0.045,
    weight: 320,
    wards: wards("ward", [
      "Mỹ Phước",
      "Thới Hòa",
      "Tân Định",
      "Hòa Lợi",
      "Chánh Phú Hòa",
      "An Tây",
      "An Điền",
    ]),
    streets: ["Quốc lộ 13", "đường ĐT741", "đường Hùng Vương", "đường Mỹ Phước – Tân Vạn"],
  },
  {
    key: "bau_bang",
    name: "Bàu Bàng",
    kind: "district",
    centre: { lat: 11.26, long: 106.62 },
    spread: 0.06,
    weight: 110,
    wards: [
      ...wards("township", ["Lai Uyên"]),
      ...wards("commune", [
        "Cây Trường II",
        "Hưng Hòa",
        "Lai Hưng",
        "Long Nguyên",
        "Tân Hưng",
        "Trừ Văn Thố",
      ]),
    ],
    streets: ["Quốc lộ 13"],
  },
  {
    key: "bac_tan_uyen",
    name: "Bắc Tân Uyên",
    kind: "district",
    centre: { lat: 11.15, long: 106.84 },
    spread: 0.06,
    weight: 75,
    wards: [
      ...wards("township", ["Tân Thành"]),
      ...wards("commune", [
        "Bình Mỹ",
        "Đất Cuốc",
        "Hiếu Liêm",
        "Lạc An",
        "Tân Định",
        "Tân Lập",
        "Tân Mỹ",
        "Thường Tân",
      ]),
    ],
    streets: ["đường ĐT746", "đường ĐT747"],
  },
  {
    key: "dau_tieng",
    name: "Dầu Tiếng",
    kind: "district",
    centre: { lat: 11.27, long: 106.43 },
    spread: 0.08,
    weight: 120,
    wards: [
      ...wards("township", ["Dầu Tiếng"]),
      ...wards("commune", [
        "An Lập",
        "Định An",
        "Định Hiệp",
        "Định Thành",
        "Long Hòa",
        "Long Tân",
        "Minh Hòa",
        "Minh Tân",
        "Minh Thạnh",
        "Thanh An",
        "Thanh Tuyền",
      ]),
    ],
    streets: ["đường ĐT744"],
  },
  {
    key: "phu_giao",
    name: "Phú Giáo",
    kind: "district",
    centre: { lat: 11.3, long: 106.78 },
    spread: 0.07,
    weight: 100,
    wards: [
      ...wards("township", ["Phước Vĩnh"]),
      ...wards("commune", [
        "An Bình",
        "An Linh",
        "An Long",
        "An Thái",
        "Phước Hòa",
        "Phước Sang",
        "Tam Lập",
        "Tân Hiệp",
        "Tân Long",
        "Vĩnh Hòa",
      ]),
    ],
    streets: ["đường ĐT741"],
  },
];

const DISTRICT_BY_KEY = new Map(DISTRICTS.map((district) => [district.key, district]));
const DISTRICT_POOL = weightedPool(DISTRICTS.map((district) => [district, district.weight] as const));

export function districtByKey(key: DistrictKey): District {
  const district = DISTRICT_BY_KEY.get(key);
  if (!district) throw new SeedInputError("district", `unknown district key "${String(key)}"`);
  return district;
}

const DISTRICT_KIND_LABEL: Record<DistrictKind, string> = { city: "thành phố", district: "huyện" };
const WARD_KIND_LABEL: Record<WardKind, string> = { ward: "phường", commune: "xã", township: "thị trấn" };

/** "thành phố Thủ Dầu Một", "huyện Bàu Bàng". */
export function districtLabel(district: District): string {
  return `${DISTRICT_KIND_LABEL[district.kind]} ${district.name}`;
}

/** "phường Phú Cường", "xã Long Hòa", "thị trấn Dầu Tiếng". */
export function wardLabel(ward: Ward): string {
  return `${WARD_KIND_LABEL[ward.kind]} ${ward.name}`;
}

/** A district drawn with realistic weights (the populous southern cities more often). */
export function pickDistrict(random: Random): District {
  return DISTRICT_POOL.pick(random);
}

/** A point near the district's centre (uniform over a disc of radius `spread`), rounded to 6 decimals. */
export function jitterLocation(random: Random, district: District): GeoPoint {
  const radius = district.spread * Math.sqrt(random.next());
  const angle = 2 * Math.PI * random.next();
  return {
    lat: round6(district.centre.lat + radius * Math.sin(angle)),
    long: round6(district.centre.long + radius * Math.cos(angle)),
  };
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

// ", phường Phú Cường, thành phố Thủ Dầu Một, tỉnh Bình Dương" for every ward, built once.
const WARD_SUFFIXES = new Map<Ward, string>(
  DISTRICTS.flatMap((district) =>
    district.wards.map(
      (ward) => [ward, `, ${wardLabel(ward)}, ${districtLabel(district)}, ${PROVINCE.label}`] as const,
    ),
  ),
);

export interface SampleAddress {
  readonly district: District;
  readonly ward: Ward;
  /** The street when the address is on one ("đường Yersin"); null for "tổ 4, ấp 3" style rural addresses. */
  readonly street: string | null;
  /** House number, street and neighbourhood: "Số 125 đường Yersin, khu phố 3". */
  readonly line: string;
  /** The whole address down to the province. */
  readonly full: string;
  readonly location: GeoPoint;
}

export interface AddressOptions {
  /** Restrict to one district; otherwise drawn with population weights. */
  readonly district?: DistrictKey;
}

/**
 * A fictional address: a real ward and a real street of the district, with an invented house number and
 * neighbourhood (the street is not checked to cross that ward). Never a real person's address.
 */
export function generateAddress(random: Random, options: AddressOptions = {}): SampleAddress {
  const district = options.district === undefined ? pickDistrict(random) : districtByKey(options.district);
  const ward = random.pick(district.wards);
  // Wards and townships are divided into khu phố; communes into ấp.
  const neighbourhood = ward.kind === "commune" ? `ấp ${random.int(1, 6)}` : `khu phố ${random.int(1, 9)}`;
  const onStreet = district.kind === "city" ? random.next() < 0.85 : random.next() < 0.4;
  let street: string | null = null;
  let line: string;
  if (onStreet) {
    street = random.pick(district.streets);
    line = `Số ${houseNumber(random)} ${street}, ${neighbourhood}`;
  } else {
    line = `Tổ ${random.int(1, 15)}, ${neighbourhood}`;
  }
  return {
    district,
    ward,
    street,
    line,
    full: `${line}${WARD_SUFFIXES.get(ward) as string}`,
    location: jitterLocation(random, district),
  };
}

/** "125", sometimes an alley number "45/12". */
function houseNumber(random: Random): string {
  const main = random.int(1, 480);
  return random.next() < 0.3 ? `${main}/${random.int(1, 40)}` : String(main);
}
