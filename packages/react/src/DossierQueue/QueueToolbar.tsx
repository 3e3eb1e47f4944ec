import type { DossierChannel, DossierStatus, OpenTimeliness } from "@chinhquyenso/client";
import {
  CHANNEL_LABELS,
  CHANNELS,
  DOSSIER_QUEUE_FILTERS,
  DOSSIER_STATUS_LABELS,
  DOSSIER_STATUSES,
  type DossierQueue,
  type Locale,
  labelOf,
  OPEN_TIMELINESS,
  TIMELINESS_LABELS,
} from "@chinhquyenso/core";
import { useId, useState } from "react";
import type { Translate } from "../i18n/translator";
import type { QueueMessageKey } from "./messages";
import type { DossierQueueModel } from "./model";
import type { DossierQueueFilters } from "./types";

interface QueueToolbarProps {
  model: DossierQueueModel;
  t: Translate<QueueMessageKey>;
  locale: Locale;
}

/** Statuses worth filtering by in a menu (none when the menu has only one). */
function statusesOf(queue: string): readonly string[] {
  const filter = Object.hasOwn(DOSSIER_QUEUE_FILTERS, queue)
    ? DOSSIER_QUEUE_FILTERS[queue as DossierQueue]
    : undefined;
  const statuses = !filter || filter.statuses === "any" ? DOSSIER_STATUSES : filter.statuses;
  return statuses.length > 1 ? statuses : [];
}

function activeCount(filters: DossierQueueFilters): number {
  return (
    (filters.status?.length ?? 0) +
    (filters.procedureCode === undefined ? 0 : 1) +
    (filters.channel === undefined ? 0 : 1) +
    (filters.timeliness === undefined ? 0 : 1)
  );
}

/** Search box and the filter panel (a disclosure: no popup, so nothing to trap or dismiss). */
export function QueueToolbar({ model, t, locale }: QueueToolbarProps) {
  const { view, procedures } = model;
  const { filters, setFilters } = view;
  const [open, setOpen] = useState(false);
  const id = useId();
  const active = activeCount(filters);
  const statuses = statusesOf(view.queue);
  const update = (patch: Partial<Record<keyof DossierQueueFilters, unknown>>) => {
    const next: Record<string, unknown> = { ...filters, ...patch };
    for (const key of Object.keys(next)) {
      const value = next[key];
      if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0))
        delete next[key];
    }
    setFilters(next as DossierQueueFilters);
  };
  const toggleStatus = (status: string, on: boolean) => {
    const current = filters.status ?? [];
    update({ status: on ? [...current, status] : current.filter((item) => item !== status) });
  };

  return (
    <div className="cqs-queue__toolbar">
      <div className="cqs-queue__toolbar-row">
        <div className="cqs-queue__search">
          <label htmlFor={`${id}-search`} className="cqs-queue__label">
            {t("queue.search")}
          </label>
          <input
            id={`${id}-search`}
            type="search"
            className="cqs-queue__input"
            value={view.search}
            placeholder={t("queue.search.placeholder")}
            aria-describedby={
              model.indexing ? `${id}-search-hint ${id}-search-indexing` : `${id}-search-hint`
            }
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => view.setSearch(event.target.value)}
            onFocus={model.prepareSearch}
            data-focus-fallback="search"
          />
          <span id={`${id}-search-hint`} className="cqs-visually-hidden">
            {t("queue.search.hint")}
          </span>
          {/* Shown while a search waits for its index; the queue's status region announces it. */}
          {model.indexing ? (
            <span id={`${id}-search-indexing`} className="cqs-queue__indexing">
              {t("queue.search.indexing")}
            </span>
          ) : null}
        </div>
        <button
          type="button"
          className="cqs-button"
          aria-expanded={open}
          aria-controls={`${id}-filters`}
          data-state={open ? "open" : "closed"}
          onClick={() => {
            if (!open) procedures.request();
            setOpen(!open);
          }}
        >
          {active > 0 ? t("queue.filters.active", { count: active }) : t("queue.filters")}
        </button>
        {active > 0 ? (
          <button type="button" className="cqs-button" onClick={() => setFilters({})}>
            {t("queue.filters.clear")}
          </button>
        ) : null}
      </div>
      <div id={`${id}-filters`} className="cqs-queue__filters" hidden={!open}>
        {statuses.length > 0 ? (
          <fieldset className="cqs-queue__fieldset">
            <legend className="cqs-queue__label">{t("queue.filters.status")}</legend>
            {statuses.map((status) => (
              <label key={status} className="cqs-queue__option">
                <input
                  type="checkbox"
                  checked={filters.status?.includes(status as DossierStatus) ?? false}
                  onChange={(event) => toggleStatus(status, event.target.checked)}
                />
                {labelOf(DOSSIER_STATUS_LABELS, status, locale)}
              </label>
            ))}
          </fieldset>
        ) : null}
        <div className="cqs-queue__field">
          <label htmlFor={`${id}-procedure`} className="cqs-queue__label">
            {t("queue.filters.procedure")}
          </label>
          <select
            id={`${id}-procedure`}
            className="cqs-queue__input"
            value={filters.procedureCode ?? ""}
            aria-busy={procedures.loading || undefined}
            onChange={(event) => update({ procedureCode: event.target.value })}
          >
            <option value="">{t("queue.filters.any")}</option>
            {filters.procedureCode !== undefined &&
            !procedures.options?.some((option) => option.code === filters.procedureCode) ? (
              <option value={filters.procedureCode}>{filters.procedureCode}</option>
            ) : null}
            {procedures.options?.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </select>
          {procedures.loading ? (
            <span className="cqs-queue__muted">{t("queue.filters.proceduresLoading")}</span>
          ) : procedures.failed ? (
            <span className="cqs-queue__muted">{t("queue.filters.proceduresFailed")}</span>
          ) : null}
        </div>
        <div className="cqs-queue__field">
          <label htmlFor={`${id}-channel`} className="cqs-queue__label">
            {t("queue.filters.channel")}
          </label>
          <select
            id={`${id}-channel`}
            className="cqs-queue__input"
            value={filters.channel ?? ""}
            onChange={(event) => update({ channel: event.target.value as DossierChannel })}
          >
            <option value="">{t("queue.filters.any")}</option>
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {labelOf(CHANNEL_LABELS, channel, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="cqs-queue__field">
          <label htmlFor={`${id}-timeliness`} className="cqs-queue__label">
            {t("queue.filters.timeliness")}
          </label>
          <select
            id={`${id}-timeliness`}
            className="cqs-queue__input"
            value={filters.timeliness ?? ""}
            onChange={(event) => update({ timeliness: event.target.value as OpenTimeliness })}
          >
            <option value="">{t("queue.filters.any")}</option>
            {OPEN_TIMELINESS.map((value) => (
              <option key={value} value={value}>
                {labelOf(TIMELINESS_LABELS, value, locale)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
