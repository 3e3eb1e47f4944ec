import { DOSSIER_QUEUES } from "@chinhquyenso/core";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { AccessProblem } from "../boundary/AccessProblem";
import { useWorkingCalendar } from "../hooks/useWorkingCalendar";
import { commonMessages } from "../i18n/common";
import { useTranslator } from "../i18n/useTranslator";
import { accessProblemOf, classifyError, type WidgetErrorKind } from "../internal/errors";
import { yearsSpanned } from "../internal/provisional";
import { useChinhQuyenSoSettings } from "../provider/hooks";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { BulkBar } from "./BulkBar";
import type { CellContext } from "./cells";
import { hasFilters } from "./clientRows";
import { type QueueMessageKey, queueMessages } from "./messages";
import type { DossierQueueModel } from "./model";
import { QueueGrid } from "./QueueGrid";
import { QueueTabs } from "./QueueTabs";
import { QueueToolbar } from "./QueueToolbar";
import { selectionText } from "./selectionText";

export interface DossierQueueViewProps {
  model: DossierQueueModel;
  /** Menus shown as tabs, in order (default: all eight); an empty list hides the tabs. */
  queues?: readonly string[] | undefined;
  className?: string | undefined;
  /** Accessible name of the grid. */
  label?: string | undefined;
  /** The dossier code to scroll to and focus once loaded (coming back from it). */
  returnTo?: string | undefined;
}

/** Which sentence explains a load failure: the one error classifier's word, never the error's message. */
const LOAD_ERROR_KEYS: Partial<Record<WidgetErrorKind, QueueMessageKey>> = {
  network: "queue.error.network",
  timeout: "queue.error.timeout",
  unauthorized: "queue.error.unauthorized",
  forbidden: "queue.error.forbidden",
  server: "queue.error.server",
};

function emptyKey(queue: string, filtered: boolean): QueueMessageKey {
  if (filtered) return "queue.empty.filtered";
  return (DOSSIER_QUEUES as readonly string[]).includes(queue)
    ? (`queue.empty.${queue}` as QueueMessageKey)
    : "queue.empty.other";
}

const MINUTE = 60_000;

/** The styled queue over a model (either data mode): tabs, toolbar, bulk bar, grid and every state. */
export function DossierQueueView({
  model,
  queues = DOSSIER_QUEUES,
  className,
  label,
  returnTo,
}: DossierQueueViewProps) {
  const { locale, now: clock } = useChinhQuyenSoSettings();
  const t = useTranslator(queueMessages);
  const common = useTranslator(commonMessages);
  const root = useWidgetRoot("cqs-queue", className);
  const { view, rows, grid, status } = model;
  const [announcement, setAnnouncement] = useState("");

  // The clock changes the cells once a minute at most, so moving focus does not re-render every row.
  const minute = Math.floor(clock().getTime() / MINUTE);
  const now = useMemo(() => new Date(minute * MINUTE), [minute]);

  // Deadlines need the holidays of the years between today, intake and the due dates on screen.
  const years = yearsSpanned(now, now);
  for (const item of grid.virtualItems) {
    const row = rows[item.index];
    years.push(...yearsSpanned(row?.receivedAt ?? now, row?.dueAt));
  }
  const calendar = useWorkingCalendar(years);
  const context = useMemo<CellContext>(() => ({ t, locale, now, calendar }), [t, locale, now, calendar]);

  // Announce the number of results when the user changes what is shown (not on background refreshes).
  const shownKey = `${view.queue}|${JSON.stringify(view.filters)}|${model.appliedSearch}`;
  const announced = useRef<string | null>(null);
  useEffect(() => {
    if (status !== "ready" || model.refreshing) return;
    if (announced.current === null) {
      announced.current = shownKey;
      return;
    }
    if (announced.current === shownKey) return;
    announced.current = shownKey;
    setAnnouncement(t("queue.results", { count: model.total ?? rows.length }));
  }, [shownKey, status, model.refreshing, model.total, rows.length, t]);

  // Selection changes are announced once the user pauses (Space, Shift+arrows, Ctrl+A would otherwise say a
  // number per key); a bulk action's own result is not talked over by the selection it leaves behind.
  const selectedCount = view.selected.size;
  const lastSelected = useRef(selectedCount);
  const bulkSpoke = useRef(false);
  const loadedCount = rows.length;
  const total = model.total;
  useEffect(() => {
    if (lastSelected.current === selectedCount) return;
    lastSelected.current = selectedCount;
    if (bulkSpoke.current) {
      bulkSpoke.current = false;
      return;
    }
    const timer = setTimeout(() => setAnnouncement(selectionText(t, selectedCount, loadedCount, total)), 500);
    return () => clearTimeout(timer);
  }, [selectedCount, loadedCount, total, t]);
  const announceBulk = useCallback((text: string) => {
    bulkSpoke.current = true;
    setAnnouncement(text);
  }, []);

  // The focused dossier left the list (a live update, a filter from elsewhere): say where focus is now.
  const { departure } = grid;
  useEffect(() => {
    if (!departure) return;
    const { left, to } = departure;
    if (to.kind === "row") setAnnouncement(t("queue.focusMoved.row", { left, code: to.code }));
    else
      setAnnouncement(
        t(to.kind === "clear" ? "queue.focusMoved.clear" : "queue.focusMoved.search", { left }),
      );
  }, [departure, t]);

  // Coming back from a dossier: scroll to its row and focus it once it is loaded (once per mount).
  const returned = useRef(false);
  const { focusRow } = grid;
  useEffect(() => {
    if (!returnTo || returned.current || status !== "ready") return;
    if (focusRow(returnTo)) returned.current = true;
  });

  const filtered = hasFilters(view.filters) || model.appliedSearch.trim() !== "";
  // 403 and 404 are designed states, not failures to retry.
  const access = status === "error" ? accessProblemOf(model.error) : undefined;
  const body = (
    <>
      <QueueToolbar model={model} t={t} locale={locale} />
      <BulkBar model={model} t={t} locale={locale} announce={announceBulk} />
      {status === "loading" ? (
        <div className="cqs-queue__state cqs-queue__skeleton" data-state="loading" aria-busy="true">
          {[0, 1, 2, 3, 4, 5].map((line) => (
            <span key={line} className="cqs-skeleton cqs-queue__skeleton-line" />
          ))}
        </div>
      ) : status === "error" && access ? (
        <AccessProblem className="cqs-queue__state" kind={access} />
      ) : status === "error" ? (
        <div className="cqs-queue__state" data-state="error" role="alert">
          <p className="cqs-queue__state-title">{t("queue.error")}</p>
          <p>{t(LOAD_ERROR_KEYS[classifyError(model.error).kind] ?? "queue.error.other")}</p>
          <button type="button" className="cqs-button" onClick={model.retry}>
            {common("common.retry")}
          </button>
        </div>
      ) : rows.length === 0 ? (
        <div className="cqs-queue__state" data-state="empty">
          <p className="cqs-queue__state-title">{t(emptyKey(view.queue, filtered))}</p>
          {filtered ? (
            <button
              type="button"
              className="cqs-button"
              data-focus-fallback="clear"
              onClick={() => {
                view.setFilters({});
                view.setSearch("");
              }}
            >
              {t("queue.filters.clear")}
            </button>
          ) : null}
        </div>
      ) : (
        <QueueGrid model={model} context={context} label={label ?? t("queue.label")} />
      )}
    </>
  );

  return (
    <div {...root} data-state={status} data-mode={model.mode}>
      {queues.length > 0 ? (
        <QueueTabs
          queues={queues}
          value={view.queue}
          onValueChange={view.setQueue}
          counts={model.counts}
          t={t}
          locale={locale}
        >
          {body}
        </QueueTabs>
      ) : (
        body
      )}
      <div role="status" className="cqs-visually-hidden">
        {status === "loading"
          ? t("queue.loading")
          : model.indexing
            ? t("queue.search.indexing")
            : announcement}
      </div>
    </div>
  );
}
