import type { LabelTable } from "../labels";

// Fees and payments of a dossier (glossary "Fees and payments"; docs/domain.md §1, status 6).

/** The life of a payment request on the national payment platform. */
export const PAYMENT_STATES = ["pending", "paid", "failed", "expired", "refunded", "cancelled"] as const;
export type PaymentState = (typeof PAYMENT_STATES)[number];
export const PAYMENT_STATE_LABELS: LabelTable<PaymentState> = {
  pending: { vi: "Chờ thanh toán", en: "Awaiting payment" },
  paid: { vi: "Đã thanh toán", en: "Paid" },
  failed: { vi: "Thanh toán không thành công", en: "Payment failed" },
  expired: { vi: "Hết hạn thanh toán", en: "Payment expired" },
  refunded: { vi: "Đã hoàn tiền", en: "Refunded" },
  cancelled: { vi: "Đã hủy yêu cầu thanh toán", en: "Payment request cancelled" },
};

/** The payment state of one fee (khoản thu) of a dossier. */
export const FEE_STATES = ["unpaid", "pending", "paid", "waived", "refunded"] as const;
export type FeeState = (typeof FEE_STATES)[number];
export const FEE_STATE_LABELS: LabelTable<FeeState> = {
  unpaid: { vi: "Chưa nộp", en: "Unpaid" },
  pending: { vi: "Đang chờ thanh toán", en: "Payment pending" },
  paid: { vi: "Đã nộp", en: "Paid" },
  waived: { vi: "Được miễn", en: "Waived" },
  refunded: { vi: "Đã hoàn trả", en: "Refunded" },
};

/** Kinds of financial obligation: the agency's own, or assessed by the tax authority (amounts as given). */
export const FEE_KINDS = [
  "fee",
  "charge",
  "registration_fee",
  "personal_income_tax",
  "land_use_levy",
  "land_rent",
  "other",
] as const;
export type FeeKind = (typeof FEE_KINDS)[number];
export const FEE_KIND_LABELS: LabelTable<FeeKind> = {
  fee: { vi: "Lệ phí", en: "Fee" },
  charge: { vi: "Phí", en: "Charge" },
  registration_fee: { vi: "Lệ phí trước bạ", en: "Registration fee" },
  personal_income_tax: { vi: "Thuế thu nhập cá nhân", en: "Personal income tax" },
  land_use_levy: { vi: "Tiền sử dụng đất", en: "Land use levy" },
  land_rent: { vi: "Tiền thuê đất", en: "Land rent" },
  other: { vi: "Khoản thu khác", en: "Other obligation" },
};

/** Who owes an obligation (người nộp). */
export const FEE_PAYERS = ["applicant", "representative", "transferor", "transferee"] as const;
export type FeePayer = (typeof FEE_PAYERS)[number];
export const FEE_PAYER_LABELS: LabelTable<FeePayer> = {
  applicant: { vi: "Người nộp hồ sơ", en: "Applicant" },
  representative: { vi: "Người được ủy quyền", en: "Authorised representative" },
  transferor: { vi: "Bên chuyển nhượng", en: "Transferor" },
  transferee: { vi: "Bên nhận chuyển nhượng", en: "Transferee" },
};
