import { commonMessages } from "../i18n/common";
import { useTranslator } from "../i18n/useTranslator";

/**
 * A widget's load failure: the message, announced as an alert, and "Thử lại" when the widget can retry.
 * Internal (not exported from the package): each widget passes its own block class, e.g. `cqs-news-feed__problem`.
 */
export function RetryAlert({
  className,
  message,
  onRetry,
}: {
  className: string;
  message: string;
  onRetry?: (() => void) | undefined;
}) {
  const common = useTranslator(commonMessages);
  return (
    <div role="alert" className={className}>
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="cqs-button" onClick={onRetry}>
          {common("common.retry")}
        </button>
      ) : null}
    </div>
  );
}
