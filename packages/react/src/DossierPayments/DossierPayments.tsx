import { useQuery } from "@tanstack/react-query";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { useTranslator } from "../i18n/useTranslator";
import { usePaymentData } from "../internal/payments/usePaymentData";
import { useConnection } from "../provider/hooks";
import { DossierPaymentsView, type PaymentsActions } from "./DossierPaymentsView";
import { dossierPaymentsMessages } from "./messages";
import type { DossierPaymentsProps, WriteOutcome } from "./types";

function ConnectedPayments(props: DossierPaymentsProps) {
  const { client, queries } = useConnection("DossierPayments");
  const { state, queryClient } = usePaymentData("DossierPayments", props.dossierCode);
  const dossier = useQuery(
    { ...queries.dossiers.get(props.dossierCode), enabled: props.dossierStatus === undefined },
    queryClient,
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["cqs", "dossiers"] });
  const write = async (run: () => Promise<{ id: string }>): Promise<WriteOutcome> => {
    try {
      const result = await run();
      return { ok: true, id: result.id };
    } catch (error) {
      return { ok: false, error };
    } finally {
      // Success or conflict: what the platform now holds is what to show.
      void refresh();
    }
  };
  const actions: PaymentsActions = {
    requestPayment: (feeIds, idempotencyKey) =>
      write(() => client.dossiers.requestPayment(props.dossierCode, { feeIds }, { idempotencyKey })),
    confirmPayment: (id, idempotencyKey) =>
      write(() => client.dossiers.confirmPayment(props.dossierCode, id, { idempotencyKey })),
  };
  return (
    <DossierPaymentsView
      props={props}
      data={{ ...state, status: props.dossierStatus ?? dossier.data?.status }}
      actions={actions}
    />
  );
}

function DossierPaymentsInner(props: DossierPaymentsProps) {
  if (props.fees !== undefined || props.paymentRequests !== undefined || props.loading || props.error) {
    return (
      <DossierPaymentsView
        props={props}
        data={{
          fees: props.fees,
          requests: props.paymentRequests,
          status: props.dossierStatus,
          loading: Boolean(props.loading),
          error: props.error,
          onRetry: props.onRetry,
        }}
        actions={{
          requestPayment: props.onRequestPayment ? (feeIds) => props.onRequestPayment?.(feeIds) : undefined,
          confirmPayment: props.onConfirmPayment ? (id) => props.onConfirmPayment?.(id) : undefined,
        }}
      />
    );
  }
  return <ConnectedPayments {...props} />;
}

/**
 * The officer's view of a dossier's fees and obligations (amount as given, legal basis, payer, due), the payment
 * requests sent through the national platform with their live state and e-receipts, and the reconciliation of
 * what the platform reports paid but the agency has not confirmed. Controlled (`fees`, `paymentRequests`,
 * `onRequestPayment`, `onConfirmPayment`) or connected (`dossierCode` only).
 */
export function DossierPayments(props: DossierPaymentsProps) {
  const t = useTranslator(dossierPaymentsMessages);
  return (
    <WidgetBoundary widget="DossierPayments" label={t("dp.name")}>
      <DossierPaymentsInner {...props} />
    </WidgetBoundary>
  );
}
