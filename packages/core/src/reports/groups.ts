import type { LabelTable } from "../labels";

/** The five groups of Decision 766/QĐ-TTg (23 Jun 2022) scoring service to citizens and businesses. */
export const DECISION_766_GROUPS = [
  "publicity",
  "progress",
  "online_service",
  "satisfaction",
  "digitisation",
] as const;
export type Decision766Group = (typeof DECISION_766_GROUPS)[number];
export const DECISION_766_GROUP_LABELS: LabelTable<Decision766Group> = {
  publicity: { vi: "Công khai, minh bạch", en: "Publicity and transparency" },
  progress: { vi: "Tiến độ, kết quả giải quyết", en: "Processing progress and results" },
  online_service: { vi: "Dịch vụ công trực tuyến", en: "Online public services" },
  satisfaction: { vi: "Mức độ hài lòng", en: "Satisfaction" },
  digitisation: { vi: "Số hóa hồ sơ", en: "Digitisation of dossiers" },
};
