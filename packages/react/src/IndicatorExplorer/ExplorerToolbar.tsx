import { labelOf, THRESHOLD_STATE_LABELS, THRESHOLD_STATES } from "@chinhquyenso/core";
import { useId } from "react";
import type { Translate } from "../i18n/translator";
import type { Locale } from "../provider/context";
import type { indicatorExplorerMessages } from "./messages";
import type { ExplorerField, StateFilter } from "./types";
import type { IndicatorExplorerState } from "./useIndicatorExplorer";

type Key = keyof (typeof indicatorExplorerMessages)["vi"];

export function ExplorerToolbar({
  state,
  fields,
  t,
  locale,
}: {
  state: IndicatorExplorerState;
  fields: readonly ExplorerField[];
  t: Translate<Key>;
  locale: Locale;
}) {
  const id = useId();
  const scopedTotal = Object.values(state.counts).reduce((sum, count) => sum + count, 0);
  return (
    <div className="cqs-explorer__toolbar">
      <div className="cqs-explorer__control cqs-explorer__control--search">
        <label htmlFor={`${id}-q`}>{t("explorer.search")}</label>
        <input
          className="cqs-control"
          id={`${id}-q`}
          type="search"
          value={state.query}
          onChange={(event) => state.setQuery(event.target.value)}
          aria-describedby={`${id}-q-hint`}
          autoComplete="off"
          maxLength={200}
        />
        <span id={`${id}-q-hint`} className="cqs-explorer__hint">
          {t("explorer.searchHint")}
        </span>
      </div>
      <div className="cqs-explorer__control">
        <label htmlFor={`${id}-field`}>{t("explorer.field")}</label>
        <select
          className="cqs-control"
          id={`${id}-field`}
          value={state.fieldCode}
          onChange={(event) => state.setFieldCode(event.target.value)}
        >
          <option value="">
            {state.preparing
              ? t("explorer.allFieldsPending")
              : t("explorer.allFields", { count: state.total })}
          </option>
          {fields.map((field) => (
            <option key={field.code} value={field.code}>
              {state.preparing
                ? field.name
                : t("explorer.fieldOption", {
                    name: field.name,
                    count: state.fieldCounts.get(field.code) ?? 0,
                  })}
            </option>
          ))}
        </select>
      </div>
      <div className="cqs-explorer__control">
        <label htmlFor={`${id}-state`}>{t("explorer.state")}</label>
        <select
          className="cqs-control"
          id={`${id}-state`}
          value={state.stateFilter}
          onChange={(event) => state.setStateFilter(event.target.value as StateFilter)}
        >
          <option value="all">
            {state.preparing
              ? t("explorer.allStatesPending")
              : t("explorer.allStates", { count: scopedTotal })}
          </option>
          {THRESHOLD_STATES.map((value) => {
            const label = labelOf(THRESHOLD_STATE_LABELS, value, locale);
            return (
              <option key={value} value={value}>
                {state.preparing ? label : t("explorer.stateOption", { label, count: state.counts[value] })}
              </option>
            );
          })}
        </select>
      </div>
      <p
        className="cqs-explorer__count"
        aria-live="polite"
        aria-busy={state.searching || state.preparing || undefined}
      >
        {state.preparing
          ? t("explorer.preparing")
          : t("explorer.count", { shown: state.rows.length, total: state.total })}
      </p>
    </div>
  );
}
