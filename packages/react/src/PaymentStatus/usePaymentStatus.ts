import { awaitsConfirmation, paymentPhase } from "@chinhquyenso/core";
import { feesOf } from "../internal/payments/usePaymentData";
import type { FeeList, PaymentRequest } from "./types";

/** What the citizen should read about the newest request, in one word. */
export type CitizenPaymentView =
  | "none"
  | "pending"
  | "awaiting_confirmation"
  | "paid"
  | "failed"
  | "expired"
  | "refunded"
  | "cancelled"
  | "unknown";

/** The headless part of PaymentStatus: what is owed, the newest request and how to read it, the receipts. */
export function usePaymentStatus(fees: FeeList | undefined, requests: readonly PaymentRequest[] | undefined) {
  const items = feesOf(fees);
  const list = Array.isArray(requests) ? requests : [];
  const current = list[0];
  let view: CitizenPaymentView = "none";
  if (current) {
    if (awaitsConfirmation(current)) view = "awaiting_confirmation";
    else if (paymentPhase(String(current.state)) === "unknown") view = "unknown";
    else view = current.state as CitizenPaymentView;
  }
  return {
    owed: items.filter((fee) => fee.state === "unpaid" || fee.state === "pending"),
    receipts: items.filter(
      (fee): fee is typeof fee & { receiptId: string } => typeof fee.receiptId === "string",
    ),
    current,
    view,
  };
}
