import type { Fee, FeeList, PaymentRequest } from "@chinhquyenso/client";

export type { Fee, FeeList, PaymentRequest };

export interface PaymentStatusProps {
  /** The dossier's code. Connected mode loads its fees and payment requests (the citizen's own token). */
  dossierCode: string;
  /** Controlled mode: the fees as `dossiers.listFees` answers them. */
  fees?: FeeList | undefined;
  /** Controlled mode: the payment requests, newest first. */
  paymentRequests?: readonly PaymentRequest[] | undefined;
  loading?: boolean | undefined;
  /** Controlled mode: your data failed; a message by kind (403, 404, 429…) shows, never the error's text. */
  error?: unknown;
  onRetry?: (() => void) | undefined;
  /** Controlled mode: open or download a receipt (connected: through the client). */
  onOpenReceipt?: ((receiptId: string, mode: "open" | "download") => void) | undefined;
  title?: string | undefined;
  headingLevel?: 2 | 3 | 4 | 5 | undefined;
  className?: string | undefined;
}
