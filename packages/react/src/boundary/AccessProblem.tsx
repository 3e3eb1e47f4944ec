import { commonMessages } from "../i18n/common";
import { useTranslator } from "../i18n/useTranslator";
import type { AccessProblem as AccessProblemKind } from "../internal/errors";

/**
 * The designed answer to a 403 ("you are not allowed") or a 404 ("not found, or not yours": the platform answers
 * another agency's record exactly as a missing one). No retry: trying again changes neither. Internal (not
 * exported from the package): every widget reaches it through `RetryAlert`'s `error`, or renders it directly.
 */
export function AccessProblem({ className, kind }: { className: string; kind: AccessProblemKind }) {
  const t = useTranslator(commonMessages);
  const forbidden = kind === "forbidden";
  return (
    <div role="alert" className={className} data-problem={kind}>
      <p>{t(forbidden ? "common.forbidden" : "common.notFound")}</p>
      <p>{t(forbidden ? "common.forbiddenHint" : "common.notFoundHint")}</p>
    </div>
  );
}
