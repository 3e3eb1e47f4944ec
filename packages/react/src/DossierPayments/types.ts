import type { Fee, FeeList, PaymentRequest } from "@chinhquyenso/client";

export type { Fee, FeeList, PaymentRequest };

/** What a write returned, for the widget's feedback (`ok`, or the error to explain). */
export type WriteOutcome =
  | { readonly ok: true; readonly id?: string }
  | { readonly ok: false; readonly error: unknown };

export interface DossierPaymentsProps {
  /** The dossier's code. Connected mode loads its fees and payment requests. */
  dossierCode: string;
  /** Controlled mode: the fees as `dossiers.listFees` answers them (amounts, total and paid as given). */
  fees?: FeeList | undefined;
  /** Controlled mode: the payment requests, newest first (`dossiers.listPaymentRequests`). */
  paymentRequests?: readonly PaymentRequest[] | undefined;
  /** The dossier's status: `awaiting_payment` shows that its clock is paused. Connected: read from the platform. */
  dossierStatus?: string | undefined;
  loading?: boolean | undefined;
  /** Controlled mode: your data failed; a message by kind (403, 404, 429…) shows, never the error's text. */
  error?: unknown;
  onRetry?: (() => void) | undefined;
  /** Controlled mode: send a payment request for these fees (resolve to the outcome to report it). */
  onRequestPayment?: ((feeIds: string[]) => Promise<WriteOutcome> | undefined) | undefined;
  /** Controlled mode: confirm a payment the platform reports paid (reconciliation). */
  onConfirmPayment?: ((paymentRequestId: string) => Promise<WriteOutcome> | undefined) | undefined;
  /** Controlled mode: open or download a receipt (connected: through the client). */
  onOpenReceipt?: ((receiptId: string, mode: "open" | "download") => void) | undefined;
  /** The fees selected for the next payment request; controlled or `defaultSelectedFeeIds`. */
  selectedFeeIds?: readonly string[] | undefined;
  defaultSelectedFeeIds?: readonly string[] | undefined;
  onSelectedFeeIdsChange?: ((feeIds: readonly string[]) => void) | undefined;
  /** Hide the write actions (a read-only view for leaders or auditors). */
  readOnly?: boolean | undefined;
  title?: string | undefined;
  headingLevel?: 2 | 3 | 4 | 5 | undefined;
  className?: string | undefined;
}
