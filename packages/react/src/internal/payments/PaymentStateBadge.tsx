import {
  FEE_STATE_LABELS,
  FEE_STATES,
  isOneOf,
  labelOf,
  PAYMENT_STATE_LABELS,
  paymentPhase,
} from "@chinhquyenso/core";
import { useTranslator } from "../../i18n/useTranslator";
import { useLocale } from "../../provider/hooks";
import { paymentMessages } from "./messages";

/** A payment request's state, labelled by core; a state this version does not know reads as unknown. */
export function PaymentStateBadge({
  state,
  awaitingConfirmation,
}: {
  state: string;
  awaitingConfirmation?: boolean;
}) {
  const t = useTranslator(paymentMessages);
  const locale = useLocale();
  const phase = paymentPhase(state);
  return (
    <span className="cqs-payment-badge" data-phase={phase} data-state={state}>
      {phase === "unknown" ? t("pay.state.unknown", { state }) : labelOf(PAYMENT_STATE_LABELS, state, locale)}
      {awaitingConfirmation ? <span aria-hidden="true"> *</span> : null}
    </span>
  );
}

/** A fee's state, labelled by core. */
export function FeeStateBadge({ state }: { state: string }) {
  const t = useTranslator(paymentMessages);
  const locale = useLocale();
  const known = isOneOf(FEE_STATES, state);
  return (
    <span className="cqs-payment-badge" data-fee-state={known ? state : "unknown"}>
      {known ? labelOf(FEE_STATE_LABELS, state, locale) : t("pay.state.unknown", { state })}
    </span>
  );
}
