// Sample data for the explorer's tests and stories: a few hand-made indicators covering every state, and a
// generator of large catalogues (27 fields, thousands of indicators) to check that the grid stays virtual.
import type { ExplorerField, ExplorerIndicator } from "./types";

export const SAMPLE_NOW = "2026-11-20T09:00:00+07:00";

export const SAMPLE_FIELDS: ExplorerField[] = [
  { code: "public_administration", name: "Hành chính công" },
  { code: "health", name: "Y tế" },
  { code: "environment", name: "Môi trường" },
  { code: "disaster_prevention", name: "Phòng, chống thiên tai" },
];

const base = { period: "month", periodLabel: "2026-10", updatedAt: "2026-11-05T08:00:00+07:00" } as const;

export const SAMPLE_INDICATORS: ExplorerIndicator[] = [
  {
    ...base,
    code: "HCC-01",
    name: "Tỷ lệ hồ sơ giải quyết đúng hạn",
    fieldCode: "public_administration",
    unit: "%",
    direction: "higher_is_better",
    value: 98.6,
    target: 98,
    sourceAgency: "Trung tâm Phục vụ hành chính công",
    thresholds: { breachWhen: "below", warning: 98, alarm: 95 },
    recentValues: [97.1, 97.8, 98.2, 98.6],
  },
  {
    ...base,
    code: "HCC-02",
    name: "Tỷ lệ hồ sơ nộp trực tuyến",
    fieldCode: "public_administration",
    unit: "%",
    direction: "higher_is_better",
    value: 47.5,
    target: 50,
    sourceAgency: "Trung tâm Phục vụ hành chính công",
    thresholds: { breachWhen: "below", warning: 50, alarm: 45 },
    recentValues: [52, 50.4, 48.9, 47.5],
  },
  {
    ...base,
    code: "YT-02",
    name: "Ca mắc sốt xuất huyết",
    fieldCode: "health",
    unit: "ca",
    direction: "lower_is_better",
    value: 412,
    target: 300,
    sourceAgency: "Sở Y tế",
    thresholds: { breachWhen: "above", warning: 300, alarm: 380 },
    recentValues: [210, 260, 330, 412],
  },
  {
    // A target without thresholds: the state is "no threshold", never guessed from the target.
    ...base,
    code: "MT-02",
    name: "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý",
    fieldCode: "environment",
    unit: "%",
    direction: "higher_is_better",
    value: 97.2,
    target: 99,
    sourceAgency: "Sở Nông nghiệp và Môi trường",
    thresholds: null,
    recentValues: [98, 97.5, 97.2],
  },
  {
    // No figure yet, and an update older than a month allows.
    code: "PCTT-02",
    name: "Mực nước sông Sài Gòn tại Thủ Dầu Một",
    fieldCode: "disaster_prevention",
    unit: "m",
    period: "month",
    periodLabel: "2026-08",
    updatedAt: "2026-09-02T08:00:00+07:00",
    direction: "neutral",
    value: null,
    target: null,
    thresholds: { breachWhen: "above", warning: 1.6, alarm: 1.8 },
  },
];

/** `count` indicators over `fieldCount` fields, deterministic, with every threshold state represented. */
export function largeCatalogue(
  fieldCount: number,
  count: number,
): { fields: ExplorerField[]; indicators: ExplorerIndicator[] } {
  const fields = Array.from({ length: fieldCount }, (_, index) => ({
    code: `field_${index + 1}`,
    name: `Lĩnh vực số ${index + 1}`,
  }));
  const indicators = Array.from({ length: count }, (_, index): ExplorerIndicator => {
    const value = (index * 37) % 100;
    return {
      ...base,
      code: `CT-${String(index + 1).padStart(4, "0")}`,
      name: `Chỉ tiêu thứ ${index + 1} về hồ sơ đất đai`,
      fieldCode: fields[index % fieldCount]?.code ?? "",
      unit: "%",
      direction: "higher_is_better",
      value: index % 50 === 0 ? null : value,
      target: 80,
      sourceAgency: `Sở số ${(index % 19) + 1}`,
      thresholds: index % 7 === 0 ? null : { breachWhen: "below", warning: 80, alarm: 60 },
      recentValues: [value - 3, value - 1, value],
    };
  });
  return { fields, indicators };
}
