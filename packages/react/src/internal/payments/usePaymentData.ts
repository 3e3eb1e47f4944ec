import type { Fee, FeeList, PaymentRequest } from "@chinhquyenso/client";
import { awaitsConfirmation, labelOf, PAYMENT_STATE_LABELS } from "@chinhquyenso/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslator } from "../../i18n/useTranslator";
import { useConnection, useLocale } from "../../provider/hooks";
import { paymentMessages } from "./messages";

/**
 * A dossier's fees and payment requests from the platform. Live: the provider's notification stream makes them
 * stale on `payment.status_changed`, so they refetch by themselves; `refetchInterval` is only a fallback.
 */
export function usePaymentData(widget: string, dossierCode: string) {
  const { queries, queryClient } = useConnection(widget);
  const fees = useQuery(
    { ...queries.dossiers.listFees(dossierCode), enabled: dossierCode !== "" },
    queryClient,
  );
  const requests = useQuery(
    { ...queries.dossiers.listPaymentRequests(dossierCode), enabled: dossierCode !== "" },
    queryClient,
  );
  const firstError = fees.error ?? requests.error;
  return {
    queryClient,
    state: {
      fees: fees.data,
      requests: requests.data?.items,
      loading: (fees.isPending || requests.isPending) && !firstError,
      // Only a first load that failed replaces the view; a failed refetch keeps what is shown.
      error: (fees.data === undefined || requests.data === undefined) && firstError ? firstError : undefined,
      onRetry: () => {
        void fees.refetch();
        void requests.refetch();
      },
    } satisfies PaymentLoad,
  };
}

/** What a payment widget shows: its data, or that it is loading or failed (with a retry). */
export interface PaymentLoad {
  fees: FeeList | undefined;
  requests: readonly PaymentRequest[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: (() => void) | undefined;
}

/** The fees of a list that is not a list (a broken payload) read as none, rather than throwing. */
export function feesOf(list: FeeList | readonly Fee[] | undefined): readonly Fee[] {
  const items = Array.isArray(list) ? list : (list as FeeList | undefined)?.items;
  return Array.isArray(items) ? items : [];
}

/** Requests the platform reports paid that this agency has not confirmed yet (reconciliation). */
export function unconfirmed(requests: readonly PaymentRequest[]): PaymentRequest[] {
  return requests.filter((request) => awaitsConfirmation(request));
}

/**
 * What changed since the last render, for a polite live region: "Payment request pay_1: Paid." — only real
 * changes of a request already shown, never the first load.
 */
export function useStateAnnouncement(requests: readonly PaymentRequest[] | undefined): string {
  const t = useTranslator(paymentMessages);
  const locale = useLocale();
  const describe = (request: PaymentRequest) =>
    t("pay.announce", {
      id: request.id,
      state: labelOf(PAYMENT_STATE_LABELS, String(request.state), locale),
    });
  const seen = useRef<Map<string, string> | null>(null);
  const latest = useRef({ requests, describe });
  latest.current = { requests, describe };
  const [message, setMessage] = useState("");
  const signature = (requests ?? [])
    .map((request) => `${request.id}:${request.state}:${request.platform?.state}`)
    .join("|");
  // biome-ignore lint/correctness/useExhaustiveDependencies: `signature` stands for the requests' content; a new array with the same states announces nothing.
  useEffect(() => {
    const { requests: current, describe: say } = latest.current;
    if (!current) return;
    const previous = seen.current;
    const next = new Map(
      current.map((request) => [request.id, `${request.state}:${request.platform?.state}`]),
    );
    seen.current = next;
    if (!previous) return;
    const changed = current.filter((request) => {
      const before = previous.get(request.id);
      return before !== undefined && before !== next.get(request.id);
    });
    if (changed.length > 0) setMessage(changed.map(say).join(" "));
  }, [signature]);
  return message;
}
