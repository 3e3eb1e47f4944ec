// The shapes of an administrative map: the province, its local units, its agencies and the roles they play.
// Two maps exist (see ./index.ts): today's two-tier Hồ Chí Minh City and the pre-merger snapshot of Bình Dương.

/** `current`: from 2025-07-01, province and commune levels; `pre-2025-07`: the labelled pre-merger snapshot. */
export type MapId = "current" | "pre-2025-07";

export const PRE_MERGER_LOCALITY_KEYS = [
  "thu_dau_mot",
  "di_an",
  "thuan_an",
  "tan_uyen",
  "ben_cat",
  "bau_bang",
  "bac_tan_uyen",
  "dau_tieng",
  "phu_giao",
] as const;

/**
 * The 36 commune-level units of the former Bình Dương area in Hồ Chí Minh City. The nine former district names
 * survive as names of wards or communes and come first, so their agencies keep their identifiers.
 */
export const CURRENT_LOCALITY_KEYS = [
  ...PRE_MERGER_LOCALITY_KEYS,
  "phu_loi",
  "chanh_hiep",
  "binh_duong",
  "dong_hoa",
  "tan_dong_hiep",
  "an_phu",
  "binh_hoa",
  "lai_thieu",
  "thuan_giao",
  "vinh_tan",
  "binh_co",
  "tan_hiep",
  "tan_khanh",
  "hoa_loi",
  "phu_an",
  "tay_nam",
  "long_nguyen",
  "chanh_phu_hoa",
  "thoi_hoa",
  "thuong_tan",
  "phuoc_hoa",
  "phuoc_thanh",
  "an_long",
  "tru_van_tho",
  "long_hoa",
  "thanh_an",
  "minh_thanh",
] as const;

export type LocalityKey = (typeof CURRENT_LOCALITY_KEYS)[number];

/** `city` (thành phố thuộc tỉnh) and `district` (huyện) before 2025-07-01; `ward` (phường) and `commune` (xã). */
export type LocalityKind = "city" | "district" | "ward" | "commune";
/** `ward`: phường; `commune`: xã; `township`: thị trấn (before 2025-07-01). */
export type WardKind = "ward" | "commune" | "township";

export interface GeoPoint {
  readonly lat: number;
  readonly long: number;
}

export interface Ward {
  readonly name: string;
  readonly kind: WardKind;
}

/**
 * The local unit whose People's Committee handles local dossiers: a district-level unit before 2025-07-01, a
 * commune-level unit (ward or commune) after.
 */
export interface Locality {
  readonly key: LocalityKey;
  readonly name: string;
  readonly kind: LocalityKind;
  /** Approximate centre, for jittered sample locations. */
  readonly centre: GeoPoint;
  /** Jitter radius around the centre, in degrees (~0.01° ≈ 1.1 km). */
  readonly spread: number;
  /** Rough relative population, to draw localities in a realistic mix. */
  readonly weight: number;
  /** The wards of a district-level unit; a commune-level unit is its own single ward. */
  readonly wards: readonly Ward[];
  /** Main roads and streets, as written in addresses ("đường Yersin", "Quốc lộ 13"). */
  readonly streets: readonly string[];
  /** What a commune-level unit was formed from in 2025 (Resolution 1685/NQ-UBTVQH15); null before. */
  readonly formedFrom: string | null;
}

export interface Province {
  /** "Hồ Chí Minh", "Bình Dương". */
  readonly name: string;
  /** As written in an address: "Thành phố Hồ Chí Minh", "tỉnh Bình Dương". */
  readonly label: string;
  readonly nameEn: string;
  /** How the province calls itself in running text: "UBND Thành phố", "UBND tỉnh". */
  readonly tier: "Thành phố" | "tỉnh";
  /** The name in a headline: "TP.HCM", "Bình Dương". */
  readonly headlineName: string;
  /** ISO 3166-2 subdivision code. */
  readonly iso3166: string;
  /** General Statistics Office code. */
  readonly statisticsCode: string;
  /** The provincial police (Công an), which sources public-order figures. */
  readonly police: string;
  /** Where the provincial agencies meet: "Trung tâm Hành chính tập trung tỉnh". */
  readonly seat: string;
}

export const PROVINCE_AGENCY_KEYS = [
  "ubnd_tinh",
  "vp_ubnd",
  "ttpvhcc",
  "thanh_tra",
  "bql_kcn",
  "snv",
  "stp",
  "skhdt",
  "stc",
  "sct",
  "snn",
  "sgtvt",
  "sxd",
  "stnmt",
  "stttt",
  "sldtbxh",
  "svhttdl",
  "skhcn",
  "sgddt",
  "syt",
  "sngv",
  "snnmt",
  "svhtt",
  "sdl",
  "sqhkt",
] as const;

/** Keys of provincial agencies in either map (`skhdt` exists only before 2025, `snnmt` only after…). */
export type ProvinceAgencyKey = (typeof PROVINCE_AGENCY_KEYS)[number];
/** The People's Committee of a locality. */
export type LocalityAgencyKey = `ubnd_${LocalityKey}`;
export type AgencyKey = ProvinceAgencyKey | LocalityAgencyKey;

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
  /** Provincial agencies are `province`; local committees `district` (before 2025-07-01) or `commune`. */
  readonly level: "province" | "district" | "commune";
  readonly kind: AgencyKind;
  /** Set for the local People's Committees. */
  readonly locality: LocalityKey | null;
  /** Level-2 sequence in the identifier ("02" in `00.02.X74`); null for the provincial People's Committee. */
  readonly sequence: string | null;
  /** Internal divisions that draft official letters. */
  readonly units: readonly AgencyUnit[];
  /** Domain of the staff's sample e-mail addresses (reserved `.example`). */
  readonly mailDomain: string;
}

/**
 * What a provincial agency does, so that procedures, feedback routing and indicators name a function and each
 * map says which agency performs it (in 2025 planning and investment went to Finance, transport to
 * Construction, environment and agriculture merged, information and communications to Science and Technology).
 */
export type AgencyRole =
  | "office"
  | "service_centre"
  | "inspectorate"
  | "industrial_parks"
  | "home_affairs"
  | "justice"
  | "planning_investment"
  | "finance"
  | "industry_trade"
  | "agriculture"
  | "transport"
  | "construction"
  | "environment"
  | "digital"
  | "labour"
  | "culture"
  | "tourism"
  | "science"
  | "education"
  | "health"
  | "foreign_affairs";

/** A central body issuing documents to the province (ministry or government office) and one of its units. */
export interface CentralBody {
  readonly name: string;
  readonly notationCode: string;
  readonly unitCode: string;
  readonly unitName: string;
}

export interface AdministrativeMap {
  readonly id: MapId;
  /** One line for logs and the sandbox health route. */
  readonly description: string;
  /** First day of the map (`YYYY-MM-DD`, Vietnam time); null: open. */
  readonly validFrom: string | null;
  /** First day it no longer describes; null: still current. */
  readonly validUntil: string | null;
  readonly province: Province;
  readonly localities: readonly Locality[];
  readonly agencies: readonly Agency[];
  readonly roles: Readonly<Record<AgencyRole, ProvinceAgencyKey>>;
  /** Procedures (by key) that no agency of this map handles (driving licences went to the police in 2025). */
  readonly withoutProcedures?: readonly string[];
  /** Address of the provincial agencies. */
  readonly provincialAddress: string;
  readonly centralBodies: readonly CentralBody[];
  /** Where people moving in come from (provinces that exist on this map's date). */
  readonly homeProvinces: readonly string[];
  /** Other provinces named in reference news. */
  readonly otherProvinces: readonly string[];
  /** Outlets of local news. */
  readonly newsSources: readonly string[];
  /** Staff of a local committee in the samples (many small communes, or a few large districts). */
  readonly localStaff: number;
}
