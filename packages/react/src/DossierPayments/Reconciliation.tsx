import { useTranslator } from "../i18n/useTranslator";
import { safeDateTime } from "../internal/dates";
import { Amount } from "../internal/payments/Amount";
import { dossierPaymentsMessages } from "./messages";
import type { PaymentRequest } from "./types";
import type { WriteState } from "./usePaymentWrites";

/** Paid on the platform, not yet confirmed here: each with its transaction and a "confirm received" action. */
export function Reconciliation({
  items,
  write,
  readOnly,
  onConfirm,
}: {
  items: readonly PaymentRequest[];
  write: WriteState;
  readOnly: boolean;
  onConfirm: (paymentRequestId: string) => void;
}) {
  const t = useTranslator(dossierPaymentsMessages);
  if (items.length === 0) return <p className="cqs-dossier-payments__empty">{t("dp.recon.empty")}</p>;
  return (
    <>
      <p className="cqs-dossier-payments__hint">{t("dp.recon.hint")}</p>
      <ul className="cqs-dossier-payments__recon">
        {items.map((request) => {
          const pending = write.phase === "pending" && write.target === request.id;
          return (
            <li key={request.id}>
              <span>
                {t("dp.recon.item", {
                  id: request.id,
                  at: safeDateTime(request.platform?.reportedAt),
                  transaction: request.platform?.transactionId ?? "—",
                })}{" "}
                <Amount value={request.amount} />
              </span>
              {readOnly ? null : (
                <button
                  type="button"
                  className="cqs-button"
                  data-variant="primary"
                  aria-disabled={write.phase === "pending" || undefined}
                  onClick={() => onConfirm(request.id)}
                >
                  {pending ? t("dp.recon.confirming") : t("dp.recon.confirm", { id: request.id })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
