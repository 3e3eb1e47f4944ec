import { useTranslator } from "../i18n/useTranslator";
import { Amount } from "../internal/payments/Amount";
import { paymentMessages } from "../internal/payments/messages";
import { FeeStateBadge } from "../internal/payments/PaymentStateBadge";
import { dossierPaymentsMessages } from "./messages";
import type { FeeRow } from "./useDossierPayments";

/** The fees and obligations: what, how much (as given), on what basis, who pays, by when, and their state. */
export function FeeTable({
  code,
  rows,
  total,
  paid,
  selecting,
  onToggle,
}: {
  code: string;
  rows: readonly FeeRow[];
  total: unknown;
  paid: unknown;
  selecting: boolean;
  onToggle: (feeId: string) => void;
}) {
  const t = useTranslator(dossierPaymentsMessages);
  const p = useTranslator(paymentMessages);
  if (rows.length === 0) return <p className="cqs-dossier-payments__empty">{t("dp.fees.empty")}</p>;
  return (
    <div className="cqs-dossier-payments__scroll">
      <table className="cqs-dossier-payments__table">
        <caption>{t("dp.fees.caption", { code })}</caption>
        <thead>
          <tr>
            {selecting ? (
              <th scope="col">
                <span className="cqs-visually-hidden">{t("dp.col.select")}</span>
              </th>
            ) : null}
            <th scope="col">{t("dp.col.name")}</th>
            <th scope="col">{p("pay.basis")}</th>
            <th scope="col">{p("pay.payer")}</th>
            <th scope="col">{p("pay.due")}</th>
            <th scope="col" className="cqs-dossier-payments__number">
              {t("dp.col.amount")}
            </th>
            <th scope="col">{p("pay.state")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.fee.id} data-fee-state={row.fee.state} data-selected={row.selected || undefined}>
              {selecting ? (
                <td>
                  {row.selectable ? (
                    <input
                      type="checkbox"
                      checked={row.selected}
                      onChange={() => onToggle(row.fee.id)}
                      aria-label={t("dp.select", { name: row.fee.name })}
                    />
                  ) : null}
                </td>
              ) : null}
              <th scope="row">
                {row.fee.name}
                <span className="cqs-dossier-payments__sub">
                  {row.kind}
                  {row.assessed ? ` · ${p("pay.assessed")}` : ""}
                </span>
              </th>
              <td>
                {row.fee.legalBasis ?? p("pay.basis.none")}
                {row.fee.noticeNumber ? (
                  <span className="cqs-dossier-payments__sub">
                    {p("pay.notice", { number: row.fee.noticeNumber })}
                  </span>
                ) : null}
              </td>
              <td>{row.payer}</td>
              <td>{row.due ?? p("pay.due.none")}</td>
              <td className="cqs-dossier-payments__number">
                <Amount value={row.fee.amount} />
              </td>
              <td>
                <FeeStateBadge state={String(row.fee.state)} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={selecting ? 5 : 4}>
              {t("dp.total")}
            </th>
            <td className="cqs-dossier-payments__number">
              <Amount value={total} />
            </td>
            <td>
              {t("dp.paid")}: <Amount value={paid} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
