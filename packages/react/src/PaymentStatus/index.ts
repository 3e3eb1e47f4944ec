export { paymentStatusMessages } from "./messages";
export { PaymentStatus } from "./PaymentStatus";
export type { PaymentStatusProps } from "./types";
export { type CitizenPaymentView, usePaymentStatus } from "./usePaymentStatus";
