import { defineCatalog } from "../../i18n/translator";

/**
 * Strings shared by the payment widgets (DossierPayments, PaymentStatus); domain labels come from core. An amount's
 * own strings are in `amountMessages`: the dossier timeline shows amounts and should not carry the rest.
 */
export const paymentMessages = /* @__PURE__ */ defineCatalog({
  vi: {
    "pay.state.unknown": "Trạng thái chưa xác định ({state})",
    "pay.receipt.open": "Xem biên lai",
    "pay.receipt.download": "Tải biên lai",
    "pay.receipt.of": "Biên lai {id}",
    "pay.receipt.failed": "Không tải được biên lai. Hãy thử lại.",
    "pay.receipt.loading": "Đang tải biên lai…",
    "pay.basis": "Căn cứ thu",
    "pay.basis.none": "Chưa có căn cứ",
    "pay.notice": "Thông báo số {number}",
    "pay.payer": "Người nộp",
    "pay.due": "Hạn nộp",
    "pay.due.none": "Không quy định",
    "pay.kind": "Loại khoản thu",
    "pay.assessed": "Do cơ quan thuế xác định",
    "pay.state": "Trạng thái",
    "pay.announce": "Yêu cầu thanh toán {id}: {state}.",
    "pay.error.forbidden": "Bạn không có quyền xem thông tin thanh toán của hồ sơ này.",
    "pay.error.notFound": "Không tìm thấy hồ sơ hoặc yêu cầu thanh toán.",
    "pay.error.rateLimited": "Bạn thao tác quá nhanh. Hãy thử lại sau {seconds} giây.",
    "pay.error.load": "Không tải được thông tin thanh toán.",
    "pay.loading": "Đang tải thông tin thanh toán…",
  },
  en: {
    "pay.state.unknown": "Unknown state ({state})",
    "pay.receipt.open": "Open receipt",
    "pay.receipt.download": "Download receipt",
    "pay.receipt.of": "Receipt {id}",
    "pay.receipt.failed": "The receipt could not be loaded. Try again.",
    "pay.receipt.loading": "Loading the receipt…",
    "pay.basis": "Legal basis",
    "pay.basis.none": "No basis given",
    "pay.notice": "Notice no. {number}",
    "pay.payer": "Payer",
    "pay.due": "Due",
    "pay.due.none": "No due date",
    "pay.kind": "Kind",
    "pay.assessed": "Assessed by the tax authority",
    "pay.state": "State",
    "pay.announce": "Payment request {id}: {state}.",
    "pay.error.forbidden": "You may not see the payments of this dossier.",
    "pay.error.notFound": "The dossier or payment request was not found.",
    "pay.error.rateLimited": "Too many requests. Try again in {seconds} seconds.",
    "pay.error.load": "The payment details could not be loaded.",
    "pay.loading": "Loading the payment details…",
  },
});

/** What `Amount` says of an amount it cannot show (same keys as ever, so hosts' overrides still apply). */
export const amountMessages = /* @__PURE__ */ defineCatalog({
  vi: {
    "pay.amount.invalid": "Số tiền không hợp lệ",
    "pay.amount.invalidHint": "Nền tảng gửi số tiền không hợp lệ; liên hệ bộ phận hỗ trợ, không tự tính lại.",
  },
  en: {
    "pay.amount.invalid": "Invalid amount",
    "pay.amount.invalidHint": "The platform sent an invalid amount; contact support, do not recompute it.",
  },
});
