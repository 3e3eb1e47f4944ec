import type { Label, LabelTable, Locale } from "../labels";

/**
 * A lawful purpose for looking a household up in the national population database. The list changes with the
 * law: each purpose carries the instrument it rests on and the day it applies from, and `lookupPurposesOn`
 * gives those in force on a day. Sources are named as instruments, not articles: check the article before
 * quoting it in a decision.
 */
export interface LookupPurpose {
  readonly code: string;
  readonly label: Label;
  /** What the officer writes beside the purpose (the dossier code, the decision's number…). */
  readonly detailHint: Label;
  /** The legal basis, as an instrument's name and number. */
  readonly source: string;
  /** ISO date (Vietnam) from which the purpose applies. */
  readonly effectiveFrom: string;
  /** ISO date after which it no longer applies; null while in force. */
  readonly effectiveUntil: string | null;
}

export const LOOKUP_PURPOSES: readonly LookupPurpose[] = [
  {
    code: "dossier_processing",
    label: { vi: "Giải quyết hồ sơ thủ tục hành chính", en: "Processing an administrative dossier" },
    detailHint: { vi: "Mã hồ sơ đang giải quyết", en: "Code of the dossier being processed" },
    source: "Nghị định 104/2022/NĐ-CP (khai thác thông tin cư trú thay sổ hộ khẩu)",
    effectiveFrom: "2023-01-01",
    effectiveUntil: null,
  },
  {
    code: "residence_verification",
    label: { vi: "Xác minh thông tin cư trú", en: "Verifying residence information" },
    detailHint: {
      vi: "Việc cần xác minh và số văn bản yêu cầu",
      en: "What is verified, and the request's number",
    },
    source: "Luật Cư trú 68/2020/QH14",
    effectiveFrom: "2021-07-01",
    effectiveUntil: null,
  },
  {
    code: "social_support",
    label: { vi: "Xét duyệt, chi trả chính sách an sinh xã hội", en: "Granting or paying social support" },
    detailHint: { vi: "Mã hồ sơ hoặc danh sách chi trả", en: "Dossier code or payment list" },
    source: "Nghị định 13/2023/NĐ-CP (xử lý dữ liệu cá nhân để thực hiện nhiệm vụ của cơ quan nhà nước)",
    effectiveFrom: "2023-07-01",
    effectiveUntil: null,
  },
  {
    code: "inspection",
    label: { vi: "Thanh tra, kiểm tra theo quyết định", en: "Inspection under a decision" },
    detailHint: { vi: "Số quyết định thanh tra, kiểm tra", en: "Number of the inspection decision" },
    source: "Luật Thanh tra 11/2022/QH15",
    effectiveFrom: "2023-07-01",
    effectiveUntil: null,
  },
  {
    code: "other",
    label: { vi: "Mục đích khác theo quy định", en: "Another lawful purpose" },
    detailHint: {
      vi: "Nêu rõ căn cứ pháp lý và việc đang xử lý",
      en: "State the legal basis and the matter at hand",
    },
    source: "Luật Căn cước 26/2023/QH15 (khai thác Cơ sở dữ liệu quốc gia về dân cư)",
    effectiveFrom: "2024-07-01",
    effectiveUntil: null,
  },
];

/** The purposes in force on `isoDate` (`YYYY-MM-DD`, Vietnam). */
export function lookupPurposesOn(isoDate: string): readonly LookupPurpose[] {
  return LOOKUP_PURPOSES.filter(
    (purpose) =>
      purpose.effectiveFrom <= isoDate &&
      (purpose.effectiveUntil === null || isoDate <= purpose.effectiveUntil),
  );
}

/** The contract's bounds of `X-Lookup-Reason` (characters). */
export const LOOKUP_REASON_LENGTH = { min: 10, max: 500 } as const;
/** The shortest detail: a dossier code or decision number is longer; "other" asks for a sentence. */
export const LOOKUP_DETAIL_MIN = { reference: 3, other: 20 } as const;

export type LookupReasonProblem = "purpose_missing" | "detail_missing" | "detail_too_short" | "too_long";

export const LOOKUP_REASON_PROBLEM_LABELS: LabelTable<LookupReasonProblem> = {
  purpose_missing: {
    vi: "Chọn mục đích tra cứu trước khi tra cứu.",
    en: "Choose the purpose of the lookup before looking up.",
  },
  detail_missing: {
    vi: "Ghi rõ căn cứ tra cứu (mã hồ sơ, số văn bản…).",
    en: "State what the lookup is for (dossier code, document number…).",
  },
  detail_too_short: {
    vi: "Căn cứ tra cứu quá ngắn: với mục đích khác, nêu rõ căn cứ pháp lý và việc đang xử lý.",
    en: "The stated basis is too short: for another purpose, give the legal basis and the matter at hand.",
  },
  too_long: { vi: "Lý do tra cứu tối đa 500 ký tự.", en: "The reason may be at most 500 characters." },
};

/** The reason sent as `X-Lookup-Reason`: the purpose's Vietnamese label and the officer's detail. */
export function composeLookupReason(purpose: LookupPurpose, detail: string): string {
  return `${purpose.label.vi}: ${detail.trim().replace(/\s+/g, " ")}`;
}

/** What is wrong with a stated reason, or null when it may be sent. */
export function lookupReasonProblem(
  purpose: LookupPurpose | undefined,
  detail: string,
): LookupReasonProblem | null {
  if (!purpose) return "purpose_missing";
  const trimmed = detail.trim();
  if (trimmed.length === 0) return "detail_missing";
  const min = purpose.code === "other" ? LOOKUP_DETAIL_MIN.other : LOOKUP_DETAIL_MIN.reference;
  if (trimmed.length < min) return "detail_too_short";
  if (composeLookupReason(purpose, trimmed).length > LOOKUP_REASON_LENGTH.max) return "too_long";
  return null;
}

/** The label of a purpose code from the wire; the code itself when this version does not know it. */
export function lookupPurposeLabel(code: string | null | undefined, locale: Locale = "vi"): string {
  if (!code) return "";
  const purpose = LOOKUP_PURPOSES.find((item) => item.code === code);
  return purpose ? purpose.label[locale === "en" ? "en" : "vi"] : code;
}

/** The personal fields of a household lookup that are masked until revealed (the contract's `HouseholdField`). */
export const HOUSEHOLD_FIELDS = ["citizenId", "birthDate", "address"] as const;
export type HouseholdField = (typeof HOUSEHOLD_FIELDS)[number];
export const HOUSEHOLD_FIELD_LABELS: LabelTable<HouseholdField> = {
  citizenId: { vi: "Số định danh cá nhân", en: "Personal ID number" },
  birthDate: { vi: "Ngày sinh", en: "Date of birth" },
  address: { vi: "Nơi thường trú", en: "Permanent residence" },
};

export const LOOKUP_AUDIT_KINDS = ["lookup", "reveal"] as const;
export type LookupAuditKind = (typeof LOOKUP_AUDIT_KINDS)[number];
export const LOOKUP_AUDIT_KIND_LABELS: LabelTable<LookupAuditKind> = {
  lookup: { vi: "Tra cứu", en: "Lookup" },
  reveal: { vi: "Xem thông tin", en: "Reveal" },
};
