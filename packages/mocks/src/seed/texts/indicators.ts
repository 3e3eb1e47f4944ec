// Indicators of the Intelligent Operations Center (IOC) in the fields of docs/domain.md §5 and the sixteen more of
// indicators-more.ts (27 in all). Codes are invented; ranges and targets are plausible orders of magnitude for a
// province of about 2.8 million people, not statistics. Some indicators are also reported per ward or commune
// (`BY_LOCALITY`), which gives the catalogue its realistic size: a thousand and more, unevenly spread.
import type { Random } from "../../random";
import { SeedInputError } from "../errors";
import { agencyOfRole, CURRENT_MAP } from "../maps";
import type { AdministrativeMap, Locality } from "../maps/types";
import { atLeast, atMost, type IndicatorTarget, PERCENT, type Row } from "./indicator-rows";
import { MORE_FIELDS, MORE_ROWS, type MoreFieldKey } from "./indicators-more";

export type { IndicatorTarget } from "./indicator-rows";

export type BaseFieldKey =
  | "socio_economic"
  | "public_administration"
  | "health"
  | "education"
  | "tourism"
  | "urban_management"
  | "environment"
  | "citizen_interaction"
  | "cyber_security"
  | "public_order"
  | "cameras";
export type IocFieldKey = BaseFieldKey | MoreFieldKey;

export const IOC_FIELDS: Record<IocFieldKey, { readonly vi: string; readonly en: string }> = {
  socio_economic: { vi: "Kinh tế – xã hội", en: "Socio-economic" },
  public_administration: { vi: "Hành chính công", en: "Public administration" },
  health: { vi: "Y tế", en: "Health" },
  education: { vi: "Giáo dục", en: "Education" },
  tourism: { vi: "Du lịch", en: "Tourism" },
  urban_management: { vi: "Quản lý đô thị", en: "Urban management" },
  environment: { vi: "Môi trường", en: "Environment" },
  citizen_interaction: { vi: "Tương tác người dân", en: "Citizen interaction" },
  cyber_security: { vi: "An toàn thông tin", en: "Cyber security" },
  public_order: { vi: "An ninh trật tự, an toàn giao thông", en: "Public order and traffic safety" },
  cameras: { vi: "Camera giám sát", en: "Surveillance cameras" },
  ...MORE_FIELDS,
};

/** Threshold levels as the contract's `IndicatorThresholds`. */
export interface IndicatorThresholdLevels {
  readonly breachWhen: "below" | "above";
  readonly warning: number | null;
  readonly alarm: number | null;
}

export interface Indicator {
  /** Invented code, field prefix and number ("HCC-01"). */
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly field: IocFieldKey;
  readonly unit: string;
  readonly unitEn: string;
  /** Null when the indicator is watched, not targeted. */
  readonly target: IndicatorTarget | null;
  /** Where a monthly value plausibly lies. */
  readonly monthlyRange: { readonly min: number; readonly max: number };
  /** Decimals shown and generated. */
  readonly decimals: number;
  /** The reporting body, as a name: some (the provincial police) are not agencies of the samples. */
  readonly source: string;
  /** When the IOC warns or alarms; null when it sets none (watched only). */
  readonly thresholds: IndicatorThresholdLevels | null;
}

// biome-ignore format: a table reads best with one indicator per line
const BASE_ROWS: Record<BaseFieldKey, readonly Row[]> = {
  socio_economic: [
    ["KTXH-01", "Chỉ số sản xuất công nghiệp tăng so với cùng kỳ", "Industrial production index, year-on-year growth", ...PERCENT, [4, 12], atLeast(8), 1, "industry_trade"],
    ["KTXH-02", "Kim ngạch xuất khẩu", "Export turnover", "triệu USD", "USD million", [2400, 3400], null, 0, "industry_trade"],
    ["KTXH-03", "Vốn đầu tư nước ngoài đăng ký mới và tăng thêm", "Foreign direct investment registered", "triệu USD", "USD million", [80, 450], null, 0, "planning_investment"],
    ["KTXH-04", "Doanh nghiệp thành lập mới", "New enterprises registered", "doanh nghiệp", "enterprises", [450, 900], atLeast(600), 0, "planning_investment"],
    ["KTXH-05", "Thu ngân sách nhà nước", "State budget revenue", "tỷ đồng", "VND billion", [4000, 7000], null, 0, "finance"],
  ],
  public_administration: [
    ["HCC-01", "Tỷ lệ hồ sơ giải quyết đúng hạn", "Dossiers processed on time", ...PERCENT, [95, 99.8], atLeast(98), 1, "service_centre"],
    ["HCC-02", "Tỷ lệ hồ sơ nộp trực tuyến", "Dossiers filed online", ...PERCENT, [45, 85], atLeast(50), 1, "service_centre"],
    ["HCC-03", "Hồ sơ tiếp nhận", "Dossiers received", "hồ sơ", "dossiers", [45000, 80000], null, 0, "service_centre"],
    ["HCC-04", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Dossiers and results digitised", ...PERCENT, [70, 98], atLeast(90), 1, "home_affairs"],
  ],
  health: [
    ["YT-01", "Lượt khám, chữa bệnh", "Medical consultations", "lượt", "visits", [350000, 520000], null, 0, "health"],
    ["YT-02", "Ca mắc sốt xuất huyết", "Dengue fever cases", "ca", "cases", [40, 600], atMost(300), 0, "health"],
    ["YT-03", "Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ", "Infants fully vaccinated", ...PERCENT, [90, 99], atLeast(95), 1, "health"],
  ],
  education: [
    ["GD-01", "Tỷ lệ học sinh đi học chuyên cần", "Pupil attendance", ...PERCENT, [95, 99.5], atLeast(97), 1, "education"],
    ["GD-02", "Tỷ lệ trường đạt chuẩn quốc gia", "Schools meeting national standards", ...PERCENT, [60, 75], atLeast(70), 1, "education"],
  ],
  tourism: [
    ["DL-01", "Lượt khách du lịch", "Tourist arrivals", "lượt", "visits", [300000, 650000], null, 0, "tourism"],
    ["DL-02", "Doanh thu du lịch", "Tourism revenue", "tỷ đồng", "VND billion", [300, 700], null, 0, "tourism"],
  ],
  urban_management: [
    ["DT-01", "Giấy phép xây dựng đã cấp", "Building permits issued", "giấy phép", "permits", [400, 900], null, 0, "construction"],
    ["DT-02", "Tỷ lệ đèn chiếu sáng công cộng hoạt động", "Street lights working", ...PERCENT, [95, 99.9], atLeast(98), 1, "construction"],
  ],
  environment: [
    ["MT-01", "Chỉ số chất lượng không khí (AQI) trung bình", "Average air quality index", "AQI", "AQI", [35, 110], atMost(100), 0, "environment"],
    ["MT-02", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "Household waste collected and treated", ...PERCENT, [96, 100], atLeast(99), 1, "environment"],
    ["MT-03", "Tỷ lệ nước thải khu công nghiệp được xử lý đạt chuẩn", "Industrial wastewater treated to standard", ...PERCENT, [97, 100], atLeast(100), 1, "environment"],
  ],
  citizen_interaction: [
    ["TT-01", "Cuộc gọi đến Tổng đài 1022", "Calls to the 1022 hotline", "cuộc gọi", "calls", [90000, 150000], null, 0, "digital"],
    ["TT-02", "Tỷ lệ phản ánh được xử lý đúng hạn", "Feedback handled on time", ...PERCENT, [88, 99], atLeast(95), 1, "digital"],
    ["TT-03", "Tỷ lệ người dân hài lòng", "Citizen satisfaction", ...PERCENT, [85, 97], atLeast(90), 1, "digital"],
  ],
  cyber_security: [
    ["ATTT-01", "Lượt tấn công mạng được ngăn chặn", "Cyber attacks blocked", "lượt", "attacks", [200, 1500], null, 0, "digital"],
    ["ATTT-02", "Tỷ lệ hệ thống thông tin được phê duyệt cấp độ an toàn", "Information systems with an approved security level", ...PERCENT, [80, 100], atLeast(100), 1, "digital"],
  ],
  public_order: [
    ["ANTT-01", "Số vụ tai nạn giao thông", "Traffic accidents", "vụ", "accidents", [20, 60], atMost(40), 0, "police"],
    ["ANTT-02", "Số người chết do tai nạn giao thông", "Traffic deaths", "người", "people", [12, 40], atMost(25), 0, "police"],
    ["ANTT-03", "Số vụ phạm pháp hình sự", "Criminal offences", "vụ", "offences", [60, 160], atMost(120), 0, "police"],
  ],
  cameras: [
    ["CAM-01", "Camera giám sát đang hoạt động", "Surveillance cameras online", "camera", "cameras", [2600, 3200], null, 0, "digital"],
    ["CAM-02", "Tỷ lệ camera kết nối trực tuyến", "Cameras connected", ...PERCENT, [90, 99.5], atLeast(95), 1, "digital"],
  ],
};

const ROWS: Record<IocFieldKey, readonly Row[]> = { ...BASE_ROWS, ...MORE_ROWS };

/** Indicators also reported by every ward or commune of the map (one indicator per locality). */
const BY_LOCALITY: ReadonlySet<string> = new Set([
  "HCC-01",
  "HCC-02",
  "HCC-03",
  "HCC-04",
  "YT-02",
  "YT-03",
  "GD-01",
  "GD-02",
  "DT-01",
  "MT-01",
  "MT-02",
  "TT-02",
  "TT-03",
  "ANTT-01",
  "ANTT-03",
  "CAM-02",
  "NN-03",
  "XD-01",
  "DD-01",
  "DD-02",
  "LD-01",
  "LD-02",
  "CDS-01",
  "CDS-03",
  "TP-01",
  "PCCC-01",
  "TTR-02",
]);

/** Levels the IOC sets apart from any target (a river's alarm levels, an air-quality band). */
const THRESHOLDS: Readonly<Record<string, IndicatorThresholdLevels>> = {
  "PCTT-02": { breachWhen: "above", warning: 1.6, alarm: 1.8 },
  "MT-01": { breachWhen: "above", warning: 100, alarm: 150 },
};

/** Every seventh targeted indicator has no threshold set yet: the explorer must show "no threshold", not guess. */
const WITHOUT_THRESHOLDS = /[07]$/;

const roundTo = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/** Warning at the target, alarm a seventh of the range beyond it; none for a watched indicator. */
function thresholdsFor(
  baseCode: string,
  code: string,
  target: IndicatorTarget | null,
  range: { min: number; max: number },
  decimals: number,
): IndicatorThresholdLevels | null {
  const set = THRESHOLDS[baseCode];
  if (set) return set;
  if (!target || WITHOUT_THRESHOLDS.test(code)) return null;
  const margin = (range.max - range.min) / 7;
  return target.direction === "at_least"
    ? { breachWhen: "below", warning: target.value, alarm: roundTo(target.value - margin, decimals) }
    : { breachWhen: "above", warning: target.value, alarm: roundTo(target.value + margin, decimals) };
}

function baseIndicator(field: IocFieldKey, row: Row, map: AdministrativeMap): Indicator {
  const [code, name, nameEn, unit, unitEn, [min, max], target, decimals, source] = row;
  return {
    code,
    name,
    nameEn,
    field,
    unit,
    unitEn,
    target,
    monthlyRange: { min, max },
    decimals,
    source: source === "police" ? map.province.police : agencyOfRole(source, map).name,
    thresholds: thresholdsFor(code, code, target, { min, max }, decimals),
  };
}

/** Rates stay rates in a ward; counts and amounts shrink to the ward's share of the population. */
function localIndicator(base: Indicator, locality: Locality, index: number, share: number): Indicator {
  const rate = base.unit === "%" || base.unit === "AQI" || base.unit === "phút";
  const scale = (value: number) => (rate ? value : Math.max(1, Math.round(value * share)));
  const min = scale(base.monthlyRange.min);
  const max = Math.max(min + 1, scale(base.monthlyRange.max));
  const target = base.target && {
    ...base.target,
    value: Math.min(max, Math.max(min, scale(base.target.value))),
  };
  const code = `${base.code}-${String(index + 1).padStart(2, "0")}`;
  const kind = locality.kind === "ward" ? "phường" : locality.kind === "commune" ? "xã" : "";
  return {
    ...base,
    code,
    name: `${base.name} — ${kind ? `${kind} ` : ""}${locality.name}`,
    nameEn: `${base.nameEn} — ${locality.name}`,
    target,
    monthlyRange: { min, max },
    decimals: rate ? base.decimals : 0,
    thresholds: thresholdsFor(base.code, code, target, { min, max }, rate ? base.decimals : 0),
  };
}

const indicatorLists = new WeakMap<AdministrativeMap, readonly Indicator[]>();

/**
 * The indicators with their reporting bodies named as on `map` (Sở Khoa học và Công nghệ for the 1022 hotline
 * today), each followed by its per-locality breakdown where it has one.
 */
export function indicatorsOf(map: AdministrativeMap = CURRENT_MAP): readonly Indicator[] {
  let list = indicatorLists.get(map);
  if (!list) {
    const totalWeight = map.localities.reduce((sum, locality) => sum + locality.weight, 0) || 1;
    list = (Object.keys(ROWS) as IocFieldKey[]).flatMap((field) =>
      ROWS[field].flatMap((row) => {
        const base = baseIndicator(field, row, map);
        if (!BY_LOCALITY.has(base.code)) return [base];
        return [
          base,
          ...map.localities.map((locality, index) =>
            localIndicator(base, locality, index, locality.weight / totalWeight),
          ),
        ];
      }),
    );
    indicatorLists.set(map, list);
  }
  return list;
}

/** Today's indicators (`indicatorsOf(PRE_MERGER_MAP)` for the reporting bodies before 2025). */
export const INDICATORS: readonly Indicator[] = indicatorsOf();

/** One month's value, uniform in the plausible range, rounded to the indicator's decimals. */
export function generateIndicatorValue(random: Random, indicator: Indicator): number {
  const { min, max } = indicator.monthlyRange;
  return roundTo(min + random.next() * (max - min), indicator.decimals);
}

/**
 * `months` consecutive monthly values: a random walk (steps of up to ±10% of the range) that stays in the range,
 * so a chart shows a trend rather than noise.
 */
export function generateIndicatorSeries(random: Random, indicator: Indicator, months: number): number[] {
  if (!Number.isInteger(months) || months < 0)
    throw new SeedInputError("months", `expected a non-negative integer, got ${months}`);
  const { min, max } = indicator.monthlyRange;
  const step = (max - min) * 0.2;
  const series: number[] = [];
  let value = min + random.next() * (max - min);
  for (let month = 0; month < months; month++) {
    series.push(roundTo(value, indicator.decimals));
    value = Math.min(max, Math.max(min, value + (random.next() - 0.5) * step));
  }
  return series;
}
