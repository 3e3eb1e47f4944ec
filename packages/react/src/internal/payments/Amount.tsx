import { describeVnd } from "@chinhquyenso/core";
import { useTranslator } from "../../i18n/useTranslator";
import { useLocale } from "../../provider/hooks";
import { amountMessages } from "./messages";

/**
 * An amount as the platform sent it, in VND — never recomputed. A negative, fractional or non-numeric amount is
 * shown as invalid (with `data-invalid`) instead of being rounded or hidden.
 */
export function Amount({ value, className }: { value: unknown; className?: string | undefined }) {
  const t = useTranslator(amountMessages);
  const shown = describeVnd(value, useLocale());
  if (shown.ok) return <span className={className ?? "cqs-amount"}>{shown.text}</span>;
  return (
    <span
      className={className ?? "cqs-amount"}
      data-invalid={shown.problem}
      title={t("pay.amount.invalidHint")}
    >
      {t("pay.amount.invalid")}
    </span>
  );
}
