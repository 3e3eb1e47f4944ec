import { defineCatalog } from "../i18n/translator";

export const paymentStatusMessages = /* @__PURE__ */ defineCatalog({
  vi: {
    "ps.name": "tình trạng thanh toán",
    "ps.title": "Thanh toán phí, lệ phí",
    "ps.owed": "Các khoản bạn cần nộp",
    "ps.owed.none": "Bạn không còn khoản nào phải nộp cho hồ sơ này.",
    "ps.request": "Yêu cầu thanh toán",
    "ps.request.none": "Cơ quan chưa gửi yêu cầu thanh toán cho hồ sơ này.",
    "ps.pending": "Đang chờ bạn thanh toán {amount}, trước {expires}.",
    "ps.pay": "Thanh toán trực tuyến",
    "ps.pay.hint": "(mở trang của Nền tảng thanh toán, trong thẻ mới)",
    "ps.awaitingConfirmation":
      "Đã nhận được tiền {amount}. Cơ quan đang xác nhận; biên lai sẽ có sau khi xác nhận.",
    "ps.paid": "Đã thanh toán {amount} lúc {at}.",
    "ps.failed":
      "Thanh toán không thành công. Tiền chưa bị trừ; khi cơ quan gửi yêu cầu mới, bạn có thể thanh toán lại.",
    "ps.failedReason": "Lý do: {reason}",
    "ps.expired": "Yêu cầu thanh toán đã hết hạn lúc {at}. Cơ quan sẽ gửi yêu cầu mới nếu cần.",
    "ps.refunded": "Khoản {amount} đã được hoàn lại lúc {at}.",
    "ps.cancelled": "Cơ quan đã hủy yêu cầu thanh toán này.",
    "ps.unknown": "Chưa xác định được tình trạng thanh toán. Hãy tải lại sau ít phút.",
    "ps.receipts": "Biên lai điện tử",
    "ps.receipts.none": "Chưa có biên lai.",
  },
  en: {
    "ps.name": "The payment status",
    "ps.title": "Paying fees and charges",
    "ps.owed": "What you need to pay",
    "ps.owed.none": "Nothing is left to pay for this application.",
    "ps.request": "Payment request",
    "ps.request.none": "The agency has not sent a payment request for this application yet.",
    "ps.pending": "Waiting for you to pay {amount} before {expires}.",
    "ps.pay": "Pay online",
    "ps.pay.hint": "(opens the payment platform's page in a new tab)",
    "ps.awaitingConfirmation":
      "Your payment of {amount} has arrived. The agency is confirming it; the receipt follows.",
    "ps.paid": "Paid {amount} at {at}.",
    "ps.failed":
      "The payment did not go through. Nothing was taken; when the agency sends a new request you can pay again.",
    "ps.failedReason": "Reason: {reason}",
    "ps.expired": "The payment request expired at {at}. The agency will send a new one if needed.",
    "ps.refunded": "{amount} was refunded at {at}.",
    "ps.cancelled": "The agency cancelled this payment request.",
    "ps.unknown": "The payment status is not known yet. Reload in a few minutes.",
    "ps.receipts": "E-receipts",
    "ps.receipts.none": "No receipt yet.",
  },
});
