import { useId } from "react";
import { useTranslator } from "../i18n/useTranslator";
import { paymentMessages } from "../internal/payments/messages";
import { PaymentLoadState } from "../internal/payments/PaymentLoadState";
import { type PaymentLoad, useStateAnnouncement } from "../internal/payments/usePaymentData";
import { useLocale } from "../provider/hooks";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { FeeTable } from "./FeeTable";
import { dossierPaymentsMessages } from "./messages";
import { Reconciliation } from "./Reconciliation";
import { RequestTable } from "./RequestTable";
import type { DossierPaymentsProps, WriteOutcome } from "./types";
import { useDossierPayments } from "./useDossierPayments";
import { usePaymentWrite, type WriteState } from "./usePaymentWrites";

export interface PaymentsData extends PaymentLoad {
  status: string | undefined;
}

export interface PaymentsActions {
  requestPayment: ((feeIds: string[], key: string) => Promise<WriteOutcome> | undefined) | undefined;
  confirmPayment: ((paymentRequestId: string, key: string) => Promise<WriteOutcome> | undefined) | undefined;
}

function WriteFeedback({ state, kind }: { state: WriteState; kind: "request" | "confirm" }) {
  const t = useTranslator(dossierPaymentsMessages);
  if (state.phase === "done")
    return (
      <p role="status" className="cqs-dossier-payments__ok">
        {kind === "request"
          ? t("dp.request.sent", { id: state.id ?? "" })
          : t("dp.recon.confirmed", { id: state.id ?? state.target })}
      </p>
    );
  if (state.phase !== "failed") return null;
  const { kind: errorKind, code } = state.error;
  const message =
    errorKind === "forbidden" || errorKind === "unauthorized"
      ? t("dp.forbiddenAction")
      : kind === "request"
        ? errorKind === "conflict"
          ? t("dp.request.conflict")
          : t("dp.request.failed")
        : code === "payment_not_reported_paid"
          ? t("dp.recon.notReported")
          : t("dp.recon.failed");
  return (
    <p role="alert" className="cqs-dossier-payments__error">
      {message}
    </p>
  );
}

/** What the officer sees, the same in controlled and connected modes. */
export function DossierPaymentsView({
  props,
  data,
  actions,
}: {
  props: DossierPaymentsProps;
  data: PaymentsData;
  actions: PaymentsActions;
}) {
  const t = useTranslator(dossierPaymentsMessages);
  const _p = useTranslator(paymentMessages);
  const locale = useLocale();
  const root = useWidgetRoot("cqs-dossier-payments", props.className);
  const titleId = useId();
  const model = useDossierPayments({ ...props, fees: data.fees, paymentRequests: data.requests, locale });
  const requestWrite = usePaymentWrite((target, key) => actions.requestPayment?.(target.split(","), key));
  const confirmWrite = usePaymentWrite((target, key) => actions.confirmPayment?.(target, key));
  const announcement = useStateAnnouncement(data.requests);
  const level = props.headingLevel ?? 3;
  const Heading = `h${level}` as "h3";
  const SubHeading = `h${Math.min(6, level + 1)}` as "h4";
  const canRequest = !props.readOnly && actions.requestPayment !== undefined;
  const dataState = data.loading ? "loading" : data.error ? "error" : "ready";

  let body: React.ReactNode = (
    <PaymentLoadState
      loading={data.loading}
      error={data.error}
      onRetry={data.onRetry}
      className="cqs-dossier-payments"
    />
  );
  if (!data.loading && !data.error) {
    body = (
      <>
        {data.status === "awaiting_payment" ? (
          <p className="cqs-dossier-payments__clock" data-clock="stopped">
            {t("dp.clockPaused")}
          </p>
        ) : null}
        <FeeTable
          code={props.dossierCode}
          rows={model.rows}
          total={model.total}
          paid={model.paid}
          selecting={canRequest && model.rows.some((row) => row.selectable)}
          onToggle={model.toggle}
        />
        {canRequest && model.rows.some((row) => row.selectable) ? (
          <div className="cqs-dossier-payments__actions">
            <button
              type="button"
              className="cqs-button"
              data-variant="primary"
              aria-disabled={
                model.selectedIds.length === 0 || requestWrite.state.phase === "pending" || undefined
              }
              aria-describedby={`${titleId}-count`}
              onClick={() => {
                if (model.selectedIds.length > 0) void requestWrite.start(model.selectedIds.join(","));
              }}
            >
              {requestWrite.state.phase === "pending" ? t("dp.request.sending") : t("dp.request")}
            </button>
            <span id={`${titleId}-count`}>
              {model.selectedIds.length === 0
                ? t("dp.request.none")
                : t("dp.request.count", { count: model.selectedIds.length })}
            </span>
          </div>
        ) : null}
        <WriteFeedback state={requestWrite.state} kind="request" />
        <SubHeading className="cqs-dossier-payments__subheading">{t("dp.recon.title")}</SubHeading>
        <Reconciliation
          items={model.reconciliation}
          write={confirmWrite.state}
          readOnly={Boolean(props.readOnly) || actions.confirmPayment === undefined}
          onConfirm={(id) => void confirmWrite.start(id)}
        />
        <WriteFeedback state={confirmWrite.state} kind="confirm" />
        <SubHeading className="cqs-dossier-payments__subheading">{t("dp.requests.title")}</SubHeading>
        <RequestTable
          code={props.dossierCode}
          requests={model.requests}
          onOpenReceipt={props.onOpenReceipt}
        />
      </>
    );
  }
  return (
    <section {...root} aria-labelledby={titleId} data-state={dataState}>
      <Heading id={titleId} className="cqs-dossier-payments__heading">
        {props.title ?? t("dp.title")}
      </Heading>
      {body}
      <p className="cqs-visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
