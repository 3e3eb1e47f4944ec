import { LOOKUP_REASON_PROBLEM_LABELS, labelOf } from "@chinhquyenso/core";
import { type FormEvent, useId } from "react";
import type { Translate } from "../i18n/translator";
import type { Locale } from "../provider/context";
import type { householdLookupMessages } from "./messages";
import type { HouseholdLookupState } from "./useHouseholdLookup";

type Key = keyof (typeof householdLookupMessages)["vi"];

/** The reason (purpose and detail) comes first: the ID field and the button follow it, and nothing is sent without it. */
export function LookupForm({
  state,
  t,
  locale,
}: {
  state: HouseholdLookupState;
  t: Translate<Key>;
  locale: Locale;
}) {
  const id = useId();
  const lang = locale === "en" ? "en" : "vi";
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const fix = state.submit();
    if (fix) document.getElementById(`${id}-${fix === "citizenId" ? "citizen" : fix}`)?.focus();
  };
  const reasonProblem = state.reasonProblem;
  const purposeInvalid = reasonProblem === "purpose_missing";
  const detailInvalid = reasonProblem !== null && !purposeInvalid;
  return (
    <form className="cqs-household__form" onSubmit={onSubmit} noValidate>
      <fieldset className="cqs-household__reason">
        <legend>{t("household.reasonRequired")}</legend>
        <label htmlFor={`${id}-purpose`}>{t("household.purpose")}</label>
        <select
          className="cqs-control"
          id={`${id}-purpose`}
          value={state.purposeCode}
          onChange={(event) => state.setPurpose(event.target.value)}
          aria-invalid={purposeInvalid}
          aria-describedby={purposeInvalid ? `${id}-reason-problem` : `${id}-source`}
          required
        >
          <option value="">{t("household.purposeChoose")}</option>
          {state.purposes.map((purpose) => (
            <option key={purpose.code} value={purpose.code}>
              {purpose.label[lang]}
            </option>
          ))}
        </select>
        <p id={`${id}-source`} className="cqs-household__hint">
          {state.purpose ? t("household.purposeSource", { source: state.purpose.source }) : ""}
        </p>
        <label htmlFor={`${id}-detail`}>
          {t("household.detail")}
          {state.purpose ? ` (${state.purpose.detailHint[lang]})` : ""}
        </label>
        <input
          className="cqs-control"
          id={`${id}-detail`}
          type="text"
          value={state.detail}
          onChange={(event) => state.setDetail(event.target.value)}
          aria-invalid={detailInvalid}
          aria-describedby={detailInvalid ? `${id}-reason-problem` : undefined}
          autoComplete="off"
          maxLength={480}
          required
        />
        {reasonProblem ? (
          <p id={`${id}-reason-problem`} className="cqs-household__problem" role="alert">
            {labelOf(LOOKUP_REASON_PROBLEM_LABELS, reasonProblem, locale)}
          </p>
        ) : null}
      </fieldset>
      <label htmlFor={`${id}-citizen`}>{t("household.citizenId")}</label>
      <input
        className="cqs-control"
        id={`${id}-citizen`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={state.citizenId}
        onChange={(event) => state.setCitizenId(event.target.value)}
        aria-invalid={state.citizenIdProblem}
        aria-describedby={`${id}-citizen-hint`}
        maxLength={16}
        required
      />
      <p
        id={`${id}-citizen-hint`}
        className={state.citizenIdProblem ? "cqs-household__problem" : "cqs-household__hint"}
      >
        {state.citizenIdProblem ? t("household.citizenIdInvalid") : t("household.citizenIdHint")}
      </p>
      <button type="submit" className="cqs-button" data-variant="primary" disabled={state.pending}>
        {state.pending ? t("household.submitting") : t("household.submit")}
      </button>
    </form>
  );
}
