import { describeVnd, FEE_PAYER_LABELS, labelOf } from "@chinhquyenso/core";
import { type ReactNode, useId } from "react";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { useTranslator } from "../i18n/useTranslator";
import { safeDateTime } from "../internal/dates";
import { Amount } from "../internal/payments/Amount";
import { httpsUrl } from "../internal/payments/httpsUrl";
import { paymentMessages } from "../internal/payments/messages";
import { PaymentLoadState } from "../internal/payments/PaymentLoadState";
import { ReceiptActions } from "../internal/payments/ReceiptActions";
import { type PaymentLoad, usePaymentData, useStateAnnouncement } from "../internal/payments/usePaymentData";
import { useLocale } from "../provider/hooks";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { paymentStatusMessages } from "./messages";
import type { PaymentRequest, PaymentStatusProps } from "./types";
import { usePaymentStatus } from "./usePaymentStatus";

type StatusData = PaymentLoad;

function CurrentRequest({ request, view }: { request: PaymentRequest; view: string }) {
  const t = useTranslator(paymentStatusMessages);
  const locale = useLocale();
  const amountText = describeVnd(request.amount, locale);
  const amount = amountText.ok ? amountText.text : "—";
  const link = httpsUrl(request.paymentUrl);
  const lines: Record<string, ReactNode> = {
    pending: (
      <>
        <p>{t("ps.pending", { amount, expires: safeDateTime(request.expiresAt) })}</p>
        {link && amountText.ok ? (
          <a
            className="cqs-button"
            data-variant="primary"
            href={link}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t("ps.pay")} <span className="cqs-visually-hidden">{t("ps.pay.hint")}</span>
          </a>
        ) : null}
      </>
    ),
    awaiting_confirmation: <p>{t("ps.awaitingConfirmation", { amount })}</p>,
    paid: <p>{t("ps.paid", { amount, at: safeDateTime(request.confirmedAt ?? request.paidAt) })}</p>,
    failed: (
      <>
        <p>{t("ps.failed")}</p>
        {request.failureReason ? <p>{t("ps.failedReason", { reason: request.failureReason })}</p> : null}
      </>
    ),
    expired: <p>{t("ps.expired", { at: safeDateTime(request.expiresAt) })}</p>,
    refunded: <p>{t("ps.refunded", { amount, at: safeDateTime(request.refundedAt) })}</p>,
    cancelled: <p>{t("ps.cancelled")}</p>,
    unknown: <p>{t("ps.unknown")}</p>,
  };
  return (
    <div className="cqs-payment-status__current" data-view={view}>
      {lines[view] ?? lines.unknown}
    </div>
  );
}

function PaymentStatusView({ props, data }: { props: PaymentStatusProps; data: StatusData }) {
  const t = useTranslator(paymentStatusMessages);
  const p = useTranslator(paymentMessages);
  const locale = useLocale();
  const root = useWidgetRoot("cqs-payment-status", props.className);
  const titleId = useId();
  const model = usePaymentStatus(data.fees, data.requests);
  const announcement = useStateAnnouncement(data.requests);
  const level = props.headingLevel ?? 3;
  const Heading = `h${level}` as "h3";
  const SubHeading = `h${Math.min(6, level + 1)}` as "h4";
  let body: ReactNode = (
    <PaymentLoadState
      loading={data.loading}
      error={data.error}
      onRetry={data.onRetry}
      className="cqs-payment-status"
    />
  );
  if (!data.loading && !data.error) {
    body = (
      <>
        <SubHeading>{t("ps.request")}</SubHeading>
        {model.current ? (
          <CurrentRequest request={model.current} view={model.view} />
        ) : (
          <p>{t("ps.request.none")}</p>
        )}
        <SubHeading>{t("ps.owed")}</SubHeading>
        {model.owed.length === 0 ? (
          <p>{t("ps.owed.none")}</p>
        ) : (
          <ul className="cqs-payment-status__owed">
            {model.owed.map((fee) => (
              <li key={fee.id}>
                <span className="cqs-payment-status__fee">
                  {fee.name} <Amount value={fee.amount} />
                </span>
                <span className="cqs-payment-status__meta">
                  {p("pay.basis")}: {fee.legalBasis ?? p("pay.basis.none")}
                  {fee.noticeNumber ? ` · ${p("pay.notice", { number: fee.noticeNumber })}` : ""} ·{" "}
                  {p("pay.payer")}: {labelOf(FEE_PAYER_LABELS, String(fee.payer), locale)} · {p("pay.due")}:{" "}
                  {fee.dueAt ? safeDateTime(fee.dueAt) : p("pay.due.none")}
                </span>
              </li>
            ))}
          </ul>
        )}
        <SubHeading>{t("ps.receipts")}</SubHeading>
        {model.receipts.length === 0 ? (
          <p>{t("ps.receipts.none")}</p>
        ) : (
          <ul className="cqs-payment-status__receipts">
            {model.receipts.map((fee) => (
              <li key={fee.id}>
                <span>{fee.name}</span>
                <ReceiptActions
                  dossierCode={props.dossierCode}
                  receiptId={fee.receiptId}
                  onOpen={props.onOpenReceipt}
                />
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }
  return (
    <section
      {...root}
      aria-labelledby={titleId}
      data-state={data.loading ? "loading" : data.error ? "error" : "ready"}
      data-view={model.view}
    >
      <Heading id={titleId} className="cqs-payment-status__heading">
        {props.title ?? t("ps.title")}
      </Heading>
      {body}
      <p className="cqs-visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

function ConnectedStatus(props: PaymentStatusProps) {
  const { state } = usePaymentData("PaymentStatus", props.dossierCode);
  return <PaymentStatusView props={props} data={state} />;
}

function PaymentStatusInner(props: PaymentStatusProps) {
  if (props.fees !== undefined || props.paymentRequests !== undefined || props.loading || props.error)
    return (
      <PaymentStatusView
        props={props}
        data={{
          fees: props.fees,
          requests: props.paymentRequests,
          loading: Boolean(props.loading),
          error: props.error,
          onRetry: props.onRetry,
        }}
      />
    );
  return <ConnectedStatus {...props} />;
}

/**
 * The citizen's view of paying for their dossier: what is owed (amount as given, basis, payer, due), the newest
 * payment request in plain words with its live state and the link to pay, and the e-receipts. Controlled or
 * connected (`dossierCode` with the citizen's token).
 */
export function PaymentStatus(props: PaymentStatusProps) {
  const t = useTranslator(paymentStatusMessages);
  return (
    <WidgetBoundary widget="PaymentStatus" label={t("ps.name")}>
      <PaymentStatusInner {...props} />
    </WidgetBoundary>
  );
}
