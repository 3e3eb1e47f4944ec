import type { LabelTable } from "../labels";

// Digital signing (glossary "Digital signing").

export const SIGNING_PROVIDERS = ["vgca", "smartca", "mysign", "neac"] as const;
export type SigningProvider = (typeof SIGNING_PROVIDERS)[number];
export const SIGNING_PROVIDER_LABELS: LabelTable<SigningProvider> = {
  vgca: { vi: "Ký số Ban Cơ yếu Chính phủ (VGCA)", en: "Government Cipher Committee plugin (VGCA)" },
  smartca: { vi: "VNPT SmartCA", en: "VNPT SmartCA" },
  mysign: { vi: "Viettel MySign", en: "Viettel MySign" },
  neac: { vi: "Cổng ký số NEAC", en: "NEAC signing gateway" },
};

export const SIGNATURE_KINDS = ["approval", "issuance", "copy", "appendix"] as const;
export type SignatureKind = (typeof SIGNATURE_KINDS)[number];
export const SIGNATURE_KIND_LABELS: LabelTable<SignatureKind> = {
  approval: { vi: "Ký duyệt", en: "Approval signature" },
  issuance: { vi: "Ký ban hành / đóng dấu", en: "Issuance signature (with seal)" },
  copy: { vi: "Ký sao", en: "Copy signature" },
  appendix: { vi: "Ký phụ lục", en: "Appendix signature" },
};

export const SIGNATURE_FORMATS = ["pades", "xades", "json"] as const;
export type SignatureFormat = (typeof SIGNATURE_FORMATS)[number];
export const SIGNATURE_FORMAT_LABELS: LabelTable<SignatureFormat> = {
  pades: { vi: "PDF (PAdES)", en: "PDF (PAdES)" },
  xades: { vi: "Dữ liệu biểu mẫu (XAdES)", en: "Form data (XAdES)" },
  json: { vi: "Dữ liệu biểu mẫu (JSON)", en: "Form data (JSON)" },
};

export const SIGNING_STATES = [
  "awaiting_user",
  "completed",
  "rejected",
  "expired",
  "failed",
  "cancelled",
] as const;
export type SigningState = (typeof SIGNING_STATES)[number];
export const SIGNING_STATE_LABELS: LabelTable<SigningState> = {
  awaiting_user: { vi: "Chờ người ký xác nhận", en: "Awaiting the signer's confirmation" },
  completed: { vi: "Đã ký", en: "Signed" },
  rejected: { vi: "Người ký từ chối", en: "Rejected by the signer" },
  expired: { vi: "Hết hạn", en: "Expired" },
  failed: { vi: "Lỗi", en: "Failed" },
  cancelled: { vi: "Đã hủy", en: "Cancelled" },
};

/** Whether a signing request can still change (only `awaiting_user`); unknown states count as final. */
export function isSigningPending(state: SigningState | (string & {})): boolean {
  return state === "awaiting_user";
}

export const SIGNING_ERROR_CODES = [
  "user_rejected",
  "transaction_expired",
  "wrong_otp",
  "otp_attempts_exceeded",
  "certificate_expired",
  "certificate_revoked",
  "plugin_missing",
  "invalid_credentials",
  "provider_unavailable",
  "request_not_pending",
  "document_not_awaiting_signature",
] as const;
export type SigningErrorCode = (typeof SIGNING_ERROR_CODES)[number];
/** What to tell the signer for each provider error. */
export const SIGNING_ERROR_LABELS: LabelTable<SigningErrorCode> = {
  user_rejected: { vi: "Bạn đã từ chối ký trên ứng dụng.", en: "You declined the signature in the app." },
  transaction_expired: {
    vi: "Giao dịch ký đã hết hạn. Vui lòng ký lại.",
    en: "The signing transaction expired. Please sign again.",
  },
  wrong_otp: { vi: "Mã OTP không đúng.", en: "The OTP code is wrong." },
  otp_attempts_exceeded: {
    vi: "Đã nhập sai OTP quá số lần cho phép.",
    en: "Too many wrong OTP attempts.",
  },
  certificate_expired: { vi: "Chứng thư số đã hết hạn.", en: "The signing certificate has expired." },
  certificate_revoked: { vi: "Chứng thư số đã bị thu hồi.", en: "The signing certificate has been revoked." },
  plugin_missing: {
    vi: "Chưa cài đặt hoặc chưa chạy phần mềm ký số VGCA.",
    en: "The VGCA signing plugin is not installed or not running.",
  },
  invalid_credentials: {
    vi: "Thông tin kết nối dịch vụ ký số không hợp lệ.",
    en: "The signing service credentials are invalid.",
  },
  provider_unavailable: {
    vi: "Dịch vụ ký số tạm thời không khả dụng.",
    en: "The signing service is temporarily unavailable.",
  },
  request_not_pending: {
    vi: "Yêu cầu ký không còn chờ xác nhận (đã hoàn tất, hết hạn hoặc đã hủy).",
    en: "This signing request is no longer awaiting confirmation (completed, expired or cancelled).",
  },
  document_not_awaiting_signature: {
    vi: "Văn bản không ở trạng thái chờ ký số (đã ký hoặc đã thu hồi).",
    en: "The document is not awaiting a signature (already signed or recalled).",
  },
};
