// The inbox as the user sees it, the same in controlled and connected mode: tabs, filters, rows, notices.
import type { Document } from "@chinhquyenso/client";
import { DOCUMENT_DIRECTION_LABELS, labelOf } from "@chinhquyenso/core";
import * as Tabs from "@radix-ui/react-tabs";
import { type ReactNode, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { RetryAlert } from "../boundary/RetryAlert";
import { commonMessages } from "../i18n/common";
import { useTranslator } from "../i18n/useTranslator";
import { useChinhQuyenSoSettings } from "../provider/hooks";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { DocumentRow, documentLabel, type InboxAction } from "./DocumentRow";
import { failureKey } from "./failures";
import { type InboxMessageKey, inboxMessages } from "./messages";
import type { DocumentInboxProps, DocumentInboxStatus, InboxActions } from "./types";
import type {
  DocumentInboxState,
  DocumentOrder,
  InboxDirection,
  InboxFilter,
  InboxSort,
} from "./useDocumentInbox";

interface Notice {
  kind: "success" | "error";
  text: string;
  retry?: () => void;
}

interface DocumentInboxViewProps extends DocumentInboxProps {
  inbox: DocumentInboxState;
  order: DocumentOrder;
  status: DocumentInboxStatus;
  actions: InboxActions;
}

const FILTERS: readonly InboxFilter[] = ["all", "pending", "awaiting_my_signature"];
const SORTS: readonly InboxSort[] = ["urgency", "due", "arrival"];
const DIRECTIONS: readonly InboxDirection[] = ["incoming", "outgoing"];
const PAGE_SIZE = 50;
// useLayoutEffect warns on the server; the focus move it does only ever follows a click in the browser.
const useBrowserLayoutEffect = typeof window === "undefined" ? () => {} : useLayoutEffect;

function pageSizeOf(value: number | undefined): number {
  return value !== undefined && value >= 1 ? value : PAGE_SIZE;
}

/**
 * The first rows of the view, a page more per "Hiện thêm"; back to one page when the tab, filter or sort
 * changes. Revealing moves focus to the first revealed row (keyboard users land where the new rows start).
 */
function useShownRows(
  order: DocumentOrder,
  view: string,
  pageSize: number,
  table: { current: HTMLElement | null },
) {
  const [shown, setShown] = useState({ view, count: pageSize });
  // Another view starts over at one page (reset while rendering, React's pattern for state derived from props).
  if (shown.view !== view) setShown({ view, count: pageSize });
  const count = shown.view === view ? shown.count : pageSize;
  const focusAt = useRef(-1);
  useBrowserLayoutEffect(() => {
    if (focusAt.current < 0) return;
    // The first revealed row's focus stop; a row without one (nothing to open or act on) takes the focus itself,
    // so focus never falls to the page when the "show more" button goes away with the last page.
    const row = table.current?.querySelectorAll<HTMLElement>("tbody tr")[focusAt.current];
    const target = row?.querySelector<HTMLElement>("[data-cqs-row-target]");
    if (row && !target) row.tabIndex = -1;
    (target ?? row)?.focus();
    focusAt.current = -1;
  });
  const total = order.size;
  return {
    // Only the shown rows are put in order (a page out of thousands, on the server too).
    rows: useMemo(() => order.first(count), [order, count]),
    rest: Math.max(0, total - count),
    showMore() {
      focusAt.current = count;
      setShown({ view, count: count + pageSize });
    },
    /** Rows loaded from the platform are shown as they arrive. */
    growBy(extra: number) {
      setShown({ view, count: Math.max(count, total) + extra });
    },
  };
}

export function DocumentInboxView(props: DocumentInboxViewProps) {
  const { inbox, order, status, actions } = props;
  const t = useTranslator(inboxMessages);
  const common = useTranslator(commonMessages);
  const { locale } = useChinhQuyenSoSettings();
  const root = useWidgetRoot("cqs-inbox", props.className);
  const titleId = useId();
  const sortId = useId();
  const [busy, setBusy] = useState<Record<string, InboxAction>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const pageSize = pageSizeOf(props.pageSize);
  const shown = useShownRows(order, `${inbox.direction}|${inbox.filter}|${inbox.sort}`, pageSize, table);

  const run = async (action: InboxAction, document: Document) => {
    const perform = action === "complete" ? actions.complete : actions.download;
    if (!perform || busy[document.id]) return;
    const label = documentLabel(document, t("inbox.noNumber"));
    setBusy((current) => ({ ...current, [document.id]: action }));
    try {
      await perform(document);
      setNotice({
        kind: "success",
        text: t(action === "complete" ? "inbox.completed" : "inbox.downloaded", { document: label }),
      });
    } catch (error) {
      const what = t(action === "complete" ? "inbox.failed.complete" : "inbox.failed.download", {
        document: label,
      });
      setNotice({
        kind: "error",
        text: `${what} ${t(failureKey(error))}`,
        retry: () => void run(action, document),
      });
    } finally {
      setBusy(({ [document.id]: _done, ...rest }) => rest);
    }
  };

  const selectable = Boolean(props.onRequestSignature) && order.documents.some(inbox.canSign);
  // In the inbox's order (the full order is sorted only once something is selected).
  const selected =
    inbox.selectedIds.length === 0
      ? []
      : order
          .first(Number.POSITIVE_INFINITY)
          .filter((document) => inbox.isSelected(document) && inbox.canSign(document));
  const emptyKey: InboxMessageKey =
    inbox.filter === "all" ? `inbox.empty.all.${inbox.direction}` : `inbox.empty.${inbox.filter}`;

  let body: ReactNode;
  if (status === "loading") {
    body = (
      <div className="cqs-inbox__loading" aria-busy="true">
        <p className="cqs-visually-hidden" role="status">
          {common("common.loading")}
        </p>
        {[70, 85, 60, 90, 75].map((width) => (
          <span key={width} className="cqs-skeleton cqs-inbox__skeleton-row" style={{ width: `${width}%` }} />
        ))}
      </div>
    );
  } else if (status === "error") {
    body = (
      <RetryAlert
        className="cqs-inbox__error"
        message={t("inbox.error")}
        onRetry={props.onRetry}
        error={props.error}
      />
    );
  } else if (order.size === 0) {
    body = <p className="cqs-inbox__empty">{t(emptyKey)}</p>;
  } else {
    body = (
      <div className="cqs-inbox__scroll">
        <table ref={table} className="cqs-inbox__table" onKeyDown={inbox.onRowsKeyDown}>
          <caption className="cqs-visually-hidden">
            {`${labelOf(DOCUMENT_DIRECTION_LABELS, inbox.direction, locale)} – ${t(`inbox.filter.${inbox.filter}`)}`}
          </caption>
          <thead>
            <tr>
              <th scope="col" data-column="select">
                <span className="cqs-visually-hidden">{t("inbox.column.select")}</span>
              </th>
              <th scope="col">{t("inbox.column.number")}</th>
              <th scope="col">{t("inbox.column.subject")}</th>
              <th scope="col">{t("inbox.column.due")}</th>
              <th scope="col">{t("inbox.column.assignment")}</th>
              <th scope="col">{t("inbox.column.state")}</th>
              <th scope="col">{t("inbox.column.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((document) => (
              <DocumentRow
                key={document.id}
                document={document}
                selectable={selectable && inbox.canSign(document)}
                selected={inbox.isSelected(document)}
                onToggle={() => inbox.toggleSelected(document)}
                canSign={inbox.canSign(document)}
                canComplete={inbox.canComplete(document) && actions.complete !== undefined}
                canDownload={actions.download !== undefined}
                busy={busy[document.id]}
                currentUserId={props.currentUserId}
                onOpen={props.onOpen ? () => props.onOpen?.(document) : undefined}
                onSign={props.onRequestSignature ? () => props.onRequestSignature?.([document]) : undefined}
                onComplete={() => void run("complete", document)}
                onDownload={() => void run("download", document)}
              />
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <section
      {...root}
      {...(props.title === null ? { "aria-label": t("inbox.label") } : { "aria-labelledby": titleId })}
      data-state={status}
    >
      {props.title === null ? null : (
        <h2 id={titleId} className="cqs-inbox__title">
          {props.title ?? t("inbox.label")}
        </h2>
      )}
      <Tabs.Root
        value={inbox.direction}
        onValueChange={(value) => inbox.setDirection(value as InboxDirection)}
        className="cqs-inbox__tabs"
      >
        <Tabs.List className="cqs-inbox__tab-list" aria-label={t("inbox.directions")}>
          {DIRECTIONS.map((direction) => (
            <Tabs.Trigger key={direction} value={direction} className="cqs-inbox__tab">
              {labelOf(DOCUMENT_DIRECTION_LABELS, direction, locale)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {DIRECTIONS.map((direction) => (
          <Tabs.Content key={direction} value={direction} className="cqs-inbox__panel">
            {direction !== inbox.direction ? null : (
              <>
                <div className="cqs-inbox__toolbar">
                  {/* biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a form fieldset */}
                  <div className="cqs-inbox__filters" role="group" aria-label={t("inbox.filters")}>
                    {FILTERS.map((filter) => (
                      <button
                        key={filter}
                        type="button"
                        className="cqs-button"
                        aria-pressed={inbox.filter === filter}
                        data-selected={inbox.filter === filter ? "" : undefined}
                        onClick={() => inbox.setFilter(filter)}
                      >
                        {t(`inbox.filter.${filter}`)}
                      </button>
                    ))}
                  </div>
                  <label className="cqs-inbox__sort" htmlFor={sortId}>
                    {t("inbox.sort")}
                    <select
                      id={sortId}
                      value={inbox.sort}
                      onChange={(event) => inbox.setSort(event.target.value as InboxSort)}
                    >
                      {SORTS.map((sort) => (
                        <option key={sort} value={sort}>
                          {t(`inbox.sort.${sort}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                </div>
                <div className="cqs-inbox__notices">
                  <p className="cqs-inbox__notice" role="status" data-kind="success">
                    {notice?.kind === "success" ? notice.text : ""}
                  </p>
                  {notice?.kind === "error" ? (
                    <div className="cqs-inbox__notice" role="alert" data-kind="error">
                      <p>{notice.text}</p>
                      {notice.retry ? (
                        <button type="button" className="cqs-button" onClick={notice.retry}>
                          {common("common.retry")}
                        </button>
                      ) : null}
                      <button type="button" className="cqs-button" onClick={() => setNotice(null)}>
                        {t("inbox.dismiss")}
                      </button>
                    </div>
                  ) : null}
                </div>
                {selected.length > 0 ? (
                  <div className="cqs-inbox__bulk">
                    <p>{t("inbox.selection", { count: selected.length })}</p>
                    <button
                      type="button"
                      className="cqs-button"
                      data-variant="primary"
                      onClick={() => props.onRequestSignature?.(selected)}
                    >
                      {t("inbox.signSelected", { count: selected.length })}
                    </button>
                    <button type="button" className="cqs-button" onClick={inbox.clearSelection}>
                      {t("inbox.clearSelection")}
                    </button>
                  </div>
                ) : null}
                {body}
                {status === "success" && shown.rest > 0 ? (
                  <button type="button" className="cqs-button cqs-inbox__more" onClick={shown.showMore}>
                    {t("inbox.showMore", { count: Math.min(pageSize, shown.rest), rest: shown.rest })}
                  </button>
                ) : status === "success" && props.hasMore && props.onLoadMore ? (
                  <button
                    type="button"
                    className="cqs-button cqs-inbox__more"
                    onClick={() => {
                      shown.growBy(pageSize);
                      props.onLoadMore?.();
                    }}
                  >
                    {t("inbox.loadMore")}
                  </button>
                ) : null}
              </>
            )}
          </Tabs.Content>
        ))}
      </Tabs.Root>
    </section>
  );
}
