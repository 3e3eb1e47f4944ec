// Types and field labels of the sample procedures (the catalogue itself is procedure-catalogue.ts).
import type { AgencyRole } from "./maps/types";

export type FieldKey =
  | "land"
  | "construction"
  | "business_registration"
  | "household_business"
  | "investment"
  | "civil_status"
  | "certification"
  | "residence"
  | "criminal_record"
  | "notarisation"
  | "foreign_workers"
  | "labour_relations"
  | "road_transport"
  | "education"
  | "food_safety"
  | "pharmacy"
  | "environment"
  | "culture"
  | "trade";

/** Fields (lĩnh vực) of the sample procedures. */
export const FIELDS: Record<FieldKey, { readonly vi: string; readonly en: string }> = {
  land: { vi: "Đất đai", en: "Land" },
  construction: { vi: "Hoạt động xây dựng", en: "Construction" },
  business_registration: { vi: "Thành lập và hoạt động của doanh nghiệp", en: "Business registration" },
  household_business: { vi: "Thành lập và hoạt động của hộ kinh doanh", en: "Household businesses" },
  investment: { vi: "Đầu tư tại Việt Nam", en: "Investment" },
  civil_status: { vi: "Hộ tịch", en: "Civil status" },
  certification: { vi: "Chứng thực", en: "Certification" },
  residence: { vi: "Đăng ký, quản lý cư trú", en: "Residence" },
  criminal_record: { vi: "Lý lịch tư pháp", en: "Criminal records" },
  notarisation: { vi: "Công chứng", en: "Notarisation" },
  foreign_workers: { vi: "Việc làm", en: "Employment of foreign workers" },
  labour_relations: { vi: "Quan hệ lao động", en: "Labour relations" },
  road_transport: { vi: "Đường bộ", en: "Road transport" },
  education: { vi: "Giáo dục và Đào tạo", en: "Education and training" },
  food_safety: { vi: "An toàn thực phẩm và dinh dưỡng", en: "Food safety" },
  pharmacy: { vi: "Dược phẩm", en: "Pharmacy" },
  environment: { vi: "Môi trường", en: "Environment" },
  culture: { vi: "Văn hóa", en: "Culture" },
  trade: { vi: "Lưu thông hàng hóa trong nước", en: "Domestic trade" },
};

/** Glossary `unit`: ngày làm việc, ngày, giờ. */
export type DurationUnit = "working_day" | "calendar_day" | "hour";
/** Glossary `channel`: trực tiếp, trực tuyến, bưu chính công ích. */
export type Channel = "counter" | "online" | "post";

export interface Duration {
  /** May be fractional (2.5 working days). */
  readonly amount: number;
  readonly unit: DurationUnit;
}

export interface ProcedureCase {
  readonly name: string;
  readonly duration: Duration;
  /** Fee or charge in VND; 0 when free. */
  readonly feeVnd: number;
}

/**
 * Who decides. Province-level procedures name the role of the agency (each map says which agency plays it:
 * enterprise registration is Planning and Investment's before 2025, Finance's after); district- and commune-level
 * ones are handled by the People's Committee where the applicant lives — the district's before 2025-07-01, the
 * commune's or ward's after (the district level was abolished and its procedures moved to the communes [I]).
 */
export type ProcedureAuthority =
  | { readonly level: "province"; readonly role: AgencyRole }
  | { readonly level: "district" }
  | { readonly level: "commune" };

export interface ProcedureDefinition {
  readonly key: string;
  /** Invented national code, `1.9xxxxx` (see procedure-catalogue.ts). */
  readonly nationalCode: string;
  readonly name: string;
  readonly field: FieldKey;
  readonly authority: ProcedureAuthority;
  readonly cases: readonly [ProcedureCase, ...ProcedureCase[]];
  readonly channels: readonly Channel[];
  /** Relative dossier volume, so that samples have many certifications and few environmental permits. */
  readonly weight: number;
}
