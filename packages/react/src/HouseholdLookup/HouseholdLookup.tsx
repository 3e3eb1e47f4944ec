import type { Household } from "@chinhquyenso/client";
import type { LookupPurpose } from "@chinhquyenso/core";
import { useId } from "react";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { useTranslator } from "../i18n/useTranslator";
import type { HeadingLevel } from "../internal/headings";
import { useLocale } from "../provider/hooks";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { AuditTrail } from "./AuditTrail";
import { HouseholdResult } from "./HouseholdResult";
import { LookupForm } from "./LookupForm";
import { lookupErrorOf } from "./lookupErrors";
import { householdLookupMessages } from "./messages";
import { useHouseholdLookup } from "./useHouseholdLookup";
import { useLookupAudit } from "./useLookupAudit";

export interface HouseholdLookupProps {
  /** Controlled purpose code (`LOOKUP_PURPOSES` of `@chinhquyenso/core`); `defaultPurpose` for uncontrolled. */
  purpose?: string | undefined;
  defaultPurpose?: string | undefined;
  onPurposeChange?: ((purpose: string) => void) | undefined;
  /** The purposes offered; by default core's list in force on the provider's date. */
  purposes?: readonly LookupPurpose[] | undefined;
  /** Called with each household found. Personal data: never log it. */
  onLookup?: ((household: Household) => void) | undefined;
  /** Audit records per page (default 10). */
  auditPageSize?: number | undefined;
  /** Level of the widget's heading (default 2); sections use the next level. */
  headingLevel?: HeadingLevel | undefined;
  className?: string | undefined;
}

function HouseholdLookupInner(props: HouseholdLookupProps) {
  const t = useTranslator(householdLookupMessages);
  const locale = useLocale();
  const root = useWidgetRoot("cqs-household", props.className);
  const titleId = useId();
  const state = useHouseholdLookup(props);
  // The trail doubles as the permission check: without the lookup scope it answers 403 before any lookup.
  const audit = useLookupAudit(props.auditPageSize);
  const level = props.headingLevel ?? 2;
  const Heading = `h${level}` as const;
  const sub = Math.min(6, level + 1) as HeadingLevel;
  const forbidden =
    state.error?.kind === "forbidden" || (audit.isError && lookupErrorOf(audit.error).kind === "forbidden");
  const error = state.error;
  return (
    <section
      {...root}
      aria-labelledby={titleId}
      data-state={forbidden ? "forbidden" : state.household ? "found" : "idle"}
    >
      <Heading id={titleId} className="cqs-household__title">
        {t("household.title")}
      </Heading>
      {forbidden ? (
        <p role="alert" className="cqs-household__problem">
          {t("household.forbidden")}
        </p>
      ) : (
        <>
          <p className="cqs-household__hint">{t("household.intro")}</p>
          <LookupForm state={state} t={t} locale={locale} />
          {error ? (
            <p role="alert" className="cqs-household__problem" data-error={error.kind}>
              {error.kind === "rate_limited"
                ? t("household.rateLimited", { seconds: error.retryAfter ?? 60 })
                : error.kind === "not_found"
                  ? t("household.notFound")
                  : error.kind === "invalid"
                    ? t("household.invalid")
                    : t("household.failed")}
            </p>
          ) : null}
          {state.household ? (
            <HouseholdResult
              household={state.household}
              state={state}
              t={t}
              locale={locale}
              headingLevel={sub}
            />
          ) : null}
          <AuditTrail audit={audit} t={t} locale={locale} headingLevel={sub} />
        </>
      )}
    </section>
  );
}

/**
 * Household lookup in the national population database, for officers holding `citizens:lookup`: a lawful purpose
 * and its detail are required before any lookup, results are masked, each field is revealed deliberately and the
 * reveal recorded, and the officer's own trail of lookups and reveals is shown beneath. Connected only: it needs
 * the provider's client.
 */
export function HouseholdLookup(props: HouseholdLookupProps) {
  const t = useTranslator(householdLookupMessages);
  return (
    <WidgetBoundary widget="HouseholdLookup" label={t("household.name")}>
      <HouseholdLookupInner {...props} />
    </WidgetBoundary>
  );
}
