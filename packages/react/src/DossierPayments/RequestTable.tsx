import { awaitsConfirmation, labelOf, PAYMENT_STATE_LABELS } from "@chinhquyenso/core";
import { useTranslator } from "../i18n/useTranslator";
import { safeDateTime } from "../internal/dates";
import { Amount } from "../internal/payments/Amount";
import { httpsUrl } from "../internal/payments/httpsUrl";
import { PaymentStateBadge } from "../internal/payments/PaymentStateBadge";
import { ReceiptActions } from "../internal/payments/ReceiptActions";
import { useLocale } from "../provider/hooks";
import { dossierPaymentsMessages } from "./messages";
import type { PaymentRequest } from "./types";

/** The payment requests sent through the platform, their live state and what the platform last reported. */
export function RequestTable({
  code,
  requests,
  onOpenReceipt,
}: {
  code: string;
  requests: readonly PaymentRequest[];
  onOpenReceipt: ((receiptId: string, mode: "open" | "download") => void) | undefined;
}) {
  const t = useTranslator(dossierPaymentsMessages);
  const locale = useLocale();
  if (requests.length === 0) return <p className="cqs-dossier-payments__empty">{t("dp.requests.empty")}</p>;
  return (
    <div className="cqs-dossier-payments__scroll">
      <table className="cqs-dossier-payments__table">
        <caption className="cqs-visually-hidden">{t("dp.requests.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dp.col.request")}</th>
            <th scope="col" className="cqs-dossier-payments__number">
              {t("dp.col.amount")}
            </th>
            <th scope="col">{t("dp.col.created")}</th>
            <th scope="col">{t("dp.col.expires")}</th>
            <th scope="col">{t("dp.col.platform")}</th>
            <th scope="col">{t("dp.col.receipt")}</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((request) => {
            const link = request.state === "pending" ? httpsUrl(request.paymentUrl) : undefined;
            const waiting = awaitsConfirmation(request);
            return (
              <tr
                key={request.id}
                data-state={request.state}
                data-awaiting-confirmation={waiting || undefined}
              >
                <th scope="row">
                  {request.id}{" "}
                  <PaymentStateBadge state={String(request.state)} awaitingConfirmation={waiting} />
                  {request.failureReason ? (
                    <span className="cqs-dossier-payments__sub">{request.failureReason}</span>
                  ) : null}
                  {link ? (
                    <a
                      className="cqs-dossier-payments__sub"
                      href={link}
                      target="_blank"
                      rel="noopener noreferrer"
                    >
                      {t("dp.payLink")}
                    </a>
                  ) : null}
                </th>
                <td className="cqs-dossier-payments__number">
                  <Amount value={request.amount} />
                </td>
                <td>{safeDateTime(request.createdAt)}</td>
                <td>{safeDateTime(request.expiresAt)}</td>
                <td>
                  {request.platform?.reportedAt
                    ? `${labelOf(PAYMENT_STATE_LABELS, String(request.platform.state), locale)} · ${safeDateTime(request.platform.reportedAt)}`
                    : t("dp.platform.none")}
                </td>
                <td>
                  {request.receiptId ? (
                    <ReceiptActions dossierCode={code} receiptId={request.receiptId} onOpen={onOpenReceipt} />
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
