import type { Household, HouseholdField } from "@chinhquyenso/client";
import {
  HOUSEHOLD_FIELD_LABELS,
  labelOf,
  maskAddress,
  maskBirthDate,
  maskCitizenId,
} from "@chinhquyenso/core";
import type { Translate } from "../i18n/translator";
import { safeDate } from "../internal/dates";
import type { HeadingLevel } from "../internal/headings";
import type { Locale } from "../provider/context";
import type { householdLookupMessages } from "./messages";
import type { HouseholdLookupState, RevealKey } from "./useHouseholdLookup";

type Key = keyof (typeof householdLookupMessages)["vi"];

interface FieldProps {
  state: HouseholdLookupState;
  t: Translate<Key>;
  target: RevealKey;
  masked: string;
  /** How the full value reads once revealed (a date formatted). */
  format?: (value: string) => string;
  /** Accessible names of the buttons: "Xem ngày sinh của Nguyễn Văn An". */
  revealLabel: string;
  hideLabel: string;
}

/** A masked value with its "Xem" button; the value shows only once its reveal is recorded. */
function MaskedField({ state, t, target, masked, format, revealLabel, hideLabel }: FieldProps) {
  const value = state.revealedValue(target);
  const shown = value !== undefined;
  const busy = state.isRevealing(target);
  return (
    <span className="cqs-household__field" data-revealed={shown || undefined}>
      <span className="cqs-household__value">
        {shown ? (value === "" ? "—" : (format?.(value) ?? value)) : masked}
      </span>{" "}
      {shown ? (
        <button
          type="button"
          className="cqs-button cqs-household__reveal"
          aria-label={hideLabel}
          onClick={() => state.hide(target)}
        >
          {t("household.hide")}
        </button>
      ) : (
        <button
          type="button"
          className="cqs-button cqs-household__reveal"
          aria-label={revealLabel}
          aria-busy={busy || undefined}
          disabled={busy}
          onClick={() => state.reveal(target)}
        >
          {busy ? t("household.revealing") : t("household.reveal")}
        </button>
      )}
      {state.revealFailed(target) ? (
        <span className="cqs-household__problem" role="alert">
          {t("household.revealFailed")}
        </span>
      ) : null}
    </span>
  );
}

export function HouseholdResult({
  household,
  state,
  t,
  locale,
  headingLevel,
}: {
  household: Household;
  state: HouseholdLookupState;
  t: Translate<Key>;
  locale: Locale;
  headingLevel: HeadingLevel;
}) {
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${Math.min(6, headingLevel + 1) as HeadingLevel}` as const;
  const fieldName = (field: HouseholdField) => labelOf(HOUSEHOLD_FIELD_LABELS, field, locale).toLowerCase();
  const members = Array.isArray(household.members) ? household.members : [];
  // The platform masks (`masked: true`); what an older one sent in full is masked here before it is shown.
  const mask = (value: unknown, masker: (text: string) => string) =>
    household.masked === true ? String(value ?? "") : masker(String(value ?? ""));
  return (
    <section className="cqs-household__result" aria-label={t("household.result")}>
      <Heading>{t("household.result")}</Heading>
      <p className="cqs-household__hint">{t("household.householdId", { id: household.householdId })}</p>
      <p className="cqs-household__hint">{t("household.masked")}</p>
      <p>
        <strong>{t("household.address")}: </strong>
        <MaskedField
          state={state}
          t={t}
          target={{ field: "address", memberIndex: null }}
          masked={mask(household.address, maskAddress)}
          revealLabel={t("household.revealAddressLabel")}
          hideLabel={t("household.hideAddressLabel")}
        />
      </p>
      <Sub>{t("household.members", { count: members.length })}</Sub>
      <div className="cqs-household__scroll">
        <table className="cqs-household__members">
          <thead>
            <tr>
              <th scope="col">{t("household.col.name")}</th>
              <th scope="col">{t("household.col.relationship")}</th>
              <th scope="col">{t("household.col.citizenId")}</th>
              <th scope="col">{t("household.col.birthDate")}</th>
              <th scope="col">{t("household.col.gender")}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member, index) => {
              const name = String(member.fullName ?? "");
              const labels = (field: HouseholdField) => ({
                revealLabel: t("household.revealLabel", { field: fieldName(field), name }),
                hideLabel: t("household.hideLabel", { field: fieldName(field), name }),
              });
              return (
                // Members have no id of their own; their order is the platform's and fixed for one result.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <tr key={index}>
                  <th scope="row">{name}</th>
                  <td>{String(member.relationship ?? "")}</td>
                  <td>
                    <MaskedField
                      state={state}
                      t={t}
                      target={{ field: "citizenId", memberIndex: index }}
                      masked={mask(member.citizenId, maskCitizenId)}
                      {...labels("citizenId")}
                    />
                  </td>
                  <td>
                    <MaskedField
                      state={state}
                      t={t}
                      target={{ field: "birthDate", memberIndex: index }}
                      masked={member.birthDate ? mask(member.birthDate, maskBirthDate) : "—"}
                      format={safeDate}
                      {...labels("birthDate")}
                    />
                  </td>
                  <td>
                    {member.gender === "male"
                      ? t("household.gender.male")
                      : member.gender === "female"
                        ? t("household.gender.female")
                        : t("household.gender.unknown")}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
