import { commonMessages } from "../i18n/common";
import { useTranslator } from "../i18n/useTranslator";
import { accessProblemOf } from "../internal/errors";
import { AccessProblem } from "./AccessProblem";

/**
 * A widget's load failure: the message, announced as an alert, and "Thử lại" when the widget can retry. Given the
 * `error`, a 403 or a 404 is answered with its designed state instead (`AccessProblem`: no retry, it would not
 * help). Internal (not exported from the package): each widget passes its own block class, e.g.
 * `cqs-news-feed__problem`.
 */
export function RetryAlert({
  className,
  message,
  onRetry,
  error,
}: {
  className: string;
  message: string;
  onRetry?: (() => void) | undefined;
  /** What failed (never shown): a 403 or 404 gets its own designed state. */
  error?: unknown;
}) {
  const common = useTranslator(commonMessages);
  const access = accessProblemOf(error);
  if (access) return <AccessProblem className={className} kind={access} />;
  return (
    <div role="alert" className={className} data-problem="failed">
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="cqs-button" onClick={onRetry}>
          {common("common.retry")}
        </button>
      ) : null}
    </div>
  );
}
