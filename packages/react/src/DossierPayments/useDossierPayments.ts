import {
  FEE_KIND_LABELS,
  FEE_PAYER_LABELS,
  isAssessedByTaxAuthority,
  type Locale,
  labelOf,
  vndAmountProblem,
} from "@chinhquyenso/core";
import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { useMemo } from "react";
import { safeDateTime } from "../internal/dates";
import { feesOf, unconfirmed } from "../internal/payments/usePaymentData";
import type { Fee, FeeList, PaymentRequest } from "./types";

export interface FeeRow {
  readonly fee: Fee;
  readonly kind: string;
  readonly payer: string;
  /** Assessed by the tax authority: the amount comes with its notice and is never recomputed. */
  readonly assessed: boolean;
  readonly due: string | null;
  /** Only an unpaid fee with a valid amount can go into a payment request. */
  readonly selectable: boolean;
  readonly selected: boolean;
}

export interface UseDossierPaymentsOptions {
  fees: FeeList | undefined;
  paymentRequests: readonly PaymentRequest[] | undefined;
  locale: Locale;
  selectedFeeIds?: readonly string[] | undefined;
  defaultSelectedFeeIds?: readonly string[] | undefined;
  onSelectedFeeIdsChange?: ((feeIds: readonly string[]) => void) | undefined;
}

const NONE: readonly string[] = [];

/** The headless part of DossierPayments: rows from core's labels, the selection, what awaits reconciliation. */
export function useDossierPayments(options: UseDossierPaymentsOptions) {
  const [selection, setSelection] = useControllableState<readonly string[]>({
    prop: options.selectedFeeIds,
    defaultProp: options.defaultSelectedFeeIds ?? NONE,
    onChange: options.onSelectedFeeIdsChange,
    caller: "DossierPayments",
  });
  const { locale } = options;
  const fees = feesOf(options.fees);
  const rows: FeeRow[] = useMemo(
    () =>
      fees.map((fee) => {
        const selectable = fee.state === "unpaid" && vndAmountProblem(fee.amount) === null;
        return {
          fee,
          kind: labelOf(FEE_KIND_LABELS, String(fee.kind ?? "other"), locale),
          payer: labelOf(FEE_PAYER_LABELS, String(fee.payer ?? "applicant"), locale),
          assessed: isAssessedByTaxAuthority(String(fee.kind)),
          due: fee.dueAt ? safeDateTime(fee.dueAt) : null,
          selectable,
          selected: selectable && selection.includes(fee.id),
        };
      }),
    [fees, locale, selection],
  );
  const selectedIds = rows.filter((row) => row.selected).map((row) => row.fee.id);
  const requests = Array.isArray(options.paymentRequests) ? options.paymentRequests : [];
  return {
    rows,
    selectedIds,
    toggle(feeId: string) {
      setSelection(
        selection.includes(feeId) ? selection.filter((id) => id !== feeId) : [...selection, feeId],
      );
    },
    clearSelection: () => setSelection(NONE),
    requests,
    reconciliation: unconfirmed(requests),
    total: options.fees && !Array.isArray(options.fees) ? options.fees.total : undefined,
    paid: options.fees && !Array.isArray(options.fees) ? options.fees.paid : undefined,
  };
}
