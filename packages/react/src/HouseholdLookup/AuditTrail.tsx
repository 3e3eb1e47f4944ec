import type { LookupAuditEntry } from "@chinhquyenso/client";
import {
  HOUSEHOLD_FIELD_LABELS,
  LOOKUP_AUDIT_KIND_LABELS,
  labelOf,
  lookupPurposeLabel,
} from "@chinhquyenso/core";
import { RetryAlert } from "../boundary/RetryAlert";
import type { Translate } from "../i18n/translator";
import { safeDateTime } from "../internal/dates";
import type { HeadingLevel } from "../internal/headings";
import type { Locale } from "../provider/context";
import type { householdLookupMessages } from "./messages";
import type { useLookupAudit } from "./useLookupAudit";

type Key = keyof (typeof householdLookupMessages)["vi"];

function detailOf(entry: LookupAuditEntry, t: Translate<Key>, locale: Locale): string {
  if (entry.kind === "lookup") return entry.found ? "" : t("household.audit.notFound");
  const field = entry.field ? labelOf(HOUSEHOLD_FIELD_LABELS, entry.field, locale) : "";
  return typeof entry.memberIndex === "number"
    ? `${field}, ${t("household.audit.member", { index: entry.memberIndex + 1 })}`
    : field;
}

/** The officer's own trail: every lookup (found or not) and every reveal, newest first. */
export function AuditTrail({
  audit,
  t,
  locale,
  headingLevel,
}: {
  audit: ReturnType<typeof useLookupAudit>;
  t: Translate<Key>;
  locale: Locale;
  headingLevel: HeadingLevel;
}) {
  const Heading = `h${headingLevel}` as const;
  const entries = audit.data?.pages.flatMap((page) => (Array.isArray(page.items) ? page.items : [])) ?? [];
  return (
    <section className="cqs-household__audit" aria-label={t("household.audit")}>
      <Heading>{t("household.audit")}</Heading>
      {audit.isPending ? (
        <p aria-busy="true">{t("household.audit.loading")}</p>
      ) : audit.isError && entries.length === 0 ? (
        <RetryAlert
          className="cqs-household__problem"
          message={t("household.audit.error")}
          onRetry={() => void audit.refetch()}
        />
      ) : entries.length === 0 ? (
        <p>{t("household.audit.empty")}</p>
      ) : (
        <div className="cqs-household__scroll">
          <table className="cqs-household__trail">
            <thead>
              <tr>
                <th scope="col">{t("household.audit.col.at")}</th>
                <th scope="col">{t("household.audit.col.kind")}</th>
                <th scope="col">{t("household.audit.col.subject")}</th>
                <th scope="col">{t("household.audit.col.reason")}</th>
                <th scope="col">{t("household.audit.col.detail")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} data-kind={entry.kind}>
                  <td>{safeDateTime(entry.at)}</td>
                  <td>{labelOf(LOOKUP_AUDIT_KIND_LABELS, entry.kind, locale)}</td>
                  <td>{entry.subject}</td>
                  <td>
                    {entry.purpose ? (
                      <span className="cqs-household__purpose">
                        {lookupPurposeLabel(entry.purpose, locale)}
                      </span>
                    ) : null}
                    <span>{entry.reason}</span>
                  </td>
                  <td>{detailOf(entry, t, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {audit.hasNextPage ? (
        <button
          type="button"
          className="cqs-button"
          disabled={audit.isFetchingNextPage}
          onClick={() => void audit.fetchNextPage()}
        >
          {t("household.audit.more")}
        </button>
      ) : null}
    </section>
  );
}
