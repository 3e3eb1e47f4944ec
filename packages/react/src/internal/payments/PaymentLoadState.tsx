import { RetryAlert } from "../../boundary/RetryAlert";
import { useTranslator } from "../../i18n/useTranslator";
import { classifyError } from "../errors";
import { paymentLoadMessage } from "./errorMessage";
import { paymentMessages } from "./messages";

/**
 * The body of a payment widget while it loads (a skeleton, announced) or after its first load failed (403 and
 * 404 explained without a retry, 429 with the wait, the rest with "Thử lại"). Null when there is data to show.
 */
export function PaymentLoadState({
  loading,
  error,
  onRetry,
  className,
}: {
  loading: boolean;
  error: unknown;
  onRetry: (() => void) | undefined;
  className: string;
}) {
  const p = useTranslator(paymentMessages);
  if (loading)
    return (
      <div aria-busy="true" className={`${className}__loading`}>
        <span role="status" className="cqs-visually-hidden">
          {p("pay.loading")}
        </span>
        <span className="cqs-skeleton" />
        <span className="cqs-skeleton" />
      </div>
    );
  if (!error) return null;
  const classified = classifyError(error);
  const [key, values] = paymentLoadMessage(classified);
  return (
    <RetryAlert
      className={`${className}__problem`}
      message={values ? p(key, values) : p(key)}
      onRetry={classified.kind === "forbidden" || classified.kind === "not_found" ? undefined : onRetry}
    />
  );
}
