import type { PaymentRequest } from "@chinhquyenso/client";
import { labelOf, PAYMENT_STATE_LABELS, paymentPhase } from "@chinhquyenso/core";
import { useTranslator } from "../../i18n/useTranslator";
import { useLocale } from "../../provider/hooks";
import { safeDateTime } from "../dates";
import { Amount } from "../payments/Amount";
import { dossierMessages } from "./messages";

/** One payment request on a payment pause: when it was issued, its amount as the platform sent it, its state. */
export function PaymentRequestLine({ request }: { request: PaymentRequest }) {
  const t = useTranslator(dossierMessages);
  const locale = useLocale();
  const state = String(request.state);
  return (
    <li className="cqs-dossier-timeline__payment" data-phase={paymentPhase(state)}>
      {t("dossier.timeline.paymentRequest", { at: safeDateTime(request.createdAt) })}{" "}
      <Amount value={request.amount} className="cqs-dossier-timeline__amount" />
      {" — "}
      {paymentPhase(state) === "unknown"
        ? t("dossier.timeline.paymentUnknown", { state })
        : labelOf(PAYMENT_STATE_LABELS, state, locale)}
    </li>
  );
}
