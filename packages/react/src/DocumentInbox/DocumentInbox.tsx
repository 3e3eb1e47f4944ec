import type { Document } from "@chinhquyenso/client";
import { DOCUMENT_DIRECTION_LABELS, labelOf } from "@chinhquyenso/core";
import * as Tabs from "@radix-ui/react-tabs";
import { type ReactNode, useId, useRef, useState } from "react";
import { RetryAlert } from "../boundary/RetryAlert";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { commonMessages } from "../i18n/common";
import { useTranslator } from "../i18n/useTranslator";
import { newIdempotencyKey } from "../internal/idempotencyKey";
import { saveFile } from "../internal/saveFile";
import { useChinhQuyenSoSettings, useConnection } from "../provider/hooks";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { DocumentRow, documentLabel, type InboxAction } from "./DocumentRow";
import { type InboxMessageKey, inboxMessages } from "./messages";
import {
  type DocumentInboxState,
  type InboxDirection,
  type InboxFilter,
  type InboxSort,
  type UseDocumentInboxOptions,
  useDocumentInbox,
} from "./useDocumentInbox";
import { useCompleteDocument, useDocumentPdf, useDocuments } from "./useDocuments";

export type DocumentInboxStatus = "loading" | "error" | "success";

export interface DocumentInboxProps extends UseDocumentInboxOptions {
  /**
   * Controlled mode: the documents (both directions; the widget filters by tab and filter, and sorts). Without
   * it the widget loads them from the provider's client (`documents.list`, 50 a page).
   */
  documents?: readonly Document[];
  status?: DocumentInboxStatus;
  onRetry?: () => void;
  /** Controlled mode: more pages exist (shows "Tải thêm", calling `onLoadMore`). */
  hasMore?: boolean;
  onLoadMore?: () => void;
  /** A document's subject was activated (open it in your app). */
  onOpen?: (document: Document) => void;
  /** "Ký số" on a row or for the selection: open `SigningPrompt` with these documents. */
  onRequestSignature?: (documents: Document[]) => void;
  /** Controlled mode: complete the user's part (a rejected promise shows the error, with a retry). */
  onComplete?: (document: Document) => void | Promise<void>;
  /** Controlled mode: download the PDF. */
  onDownload?: (document: Document) => void | Promise<void>;
  className?: string;
}

/** What the view needs to act on a document, from props (controlled) or the client (connected). */
interface InboxActions {
  complete: ((document: Document) => Promise<void>) | undefined;
  download: ((document: Document) => Promise<void>) | undefined;
}

/**
 * Incoming and outgoing official documents (Decree 30/2020/NĐ-CP): number and notation, issuer, type, subject,
 * arrival number and date, urgency and secrecy, due-date warnings, lead and supporting assignments with their
 * instructions, national exchange status; "awaiting my signature" hands documents to the host's signing flow.
 */
export function DocumentInbox(props: DocumentInboxProps) {
  const t = useTranslator(inboxMessages);
  return (
    <WidgetBoundary widget="DocumentInbox" label={t("inbox.widgetName")}>
      <DocumentInboxContent {...props} />
    </WidgetBoundary>
  );
}

function DocumentInboxContent(props: DocumentInboxProps) {
  const inbox = useDocumentInbox(props);
  if (props.documents !== undefined) {
    const actions: InboxActions = {
      complete: props.onComplete ? async (document) => props.onComplete?.(document) : undefined,
      download: props.onDownload ? async (document) => props.onDownload?.(document) : undefined,
    };
    return (
      <DocumentInboxView
        {...props}
        inbox={inbox}
        rows={inbox.rowsOf(props.documents, true)}
        status={props.status ?? "success"}
        actions={actions}
      />
    );
  }
  return <ConnectedDocumentInbox {...props} inbox={inbox} />;
}

function ConnectedDocumentInbox(props: DocumentInboxProps & { inbox: DocumentInboxState }) {
  const { inbox } = props;
  const { queryClient, queries } = useConnection("DocumentInbox");
  const query = useDocuments(inbox.listParams);
  const complete = useCompleteDocument();
  const pdf = useDocumentPdf();
  // One key per document until its completion succeeds: a retry after a lost answer is not applied twice.
  const keys = useRef(new Map<string, string>());
  const actions: InboxActions = {
    complete: async (document) => {
      const idempotencyKey = keys.current.get(document.id) ?? newIdempotencyKey();
      keys.current.set(document.id, idempotencyKey);
      try {
        await complete.mutateAsync({
          documentId: document.id,
          body: {},
          params: { ifMatch: document.etag },
          idempotencyKey,
        });
        keys.current.delete(document.id);
      } catch (error) {
        if (statusOf(error) === 412 || statusOf(error) === 409) {
          keys.current.delete(document.id);
          void queryClient.invalidateQueries({ queryKey: queries.documents.key });
        }
        throw error;
      }
    },
    download: async (document) => {
      const { blob, filename } = await pdf(document);
      saveFile(blob, filename);
    },
  };
  const documents = query.data?.pages.flatMap((page) => (Array.isArray(page?.items) ? page.items : []));
  return (
    <DocumentInboxView
      {...props}
      rows={inbox.rowsOf(documents ?? [], false)}
      status={query.isPending ? "loading" : query.isError && !query.data ? "error" : "success"}
      onRetry={() => void query.refetch()}
      hasMore={query.hasNextPage}
      onLoadMore={() => void query.fetchNextPage()}
      actions={actions}
    />
  );
}

/** HTTP status of a client error (duck-typed, so the widget does not bundle the client's error classes). */
function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}

function failureKey(error: unknown): InboxMessageKey {
  const status = statusOf(error);
  if (status === 409 || status === 412) return "inbox.failed.changed";
  if ((error as { name?: unknown } | null)?.name === "NetworkError") return "inbox.failed.network";
  return "inbox.failed.other";
}

interface Notice {
  kind: "success" | "error";
  text: string;
  retry?: () => void;
}

interface DocumentInboxViewProps extends DocumentInboxProps {
  inbox: DocumentInboxState;
  rows: Document[];
  status: DocumentInboxStatus;
  actions: InboxActions;
}

const FILTERS: readonly InboxFilter[] = ["all", "pending", "awaiting_my_signature"];
const SORTS: readonly InboxSort[] = ["urgency", "due", "arrival"];
const DIRECTIONS: readonly InboxDirection[] = ["incoming", "outgoing"];

function DocumentInboxView(props: DocumentInboxViewProps) {
  const { inbox, rows, status, actions } = props;
  const t = useTranslator(inboxMessages);
  const common = useTranslator(commonMessages);
  const { locale } = useChinhQuyenSoSettings();
  const root = useWidgetRoot("cqs-inbox", props.className);
  const titleId = useId();
  const sortId = useId();
  const [busy, setBusy] = useState<Record<string, InboxAction>>({});
  const [notice, setNotice] = useState<Notice | null>(null);

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

  const selectable = Boolean(props.onRequestSignature) && rows.some(inbox.canSign);
  const selected = rows.filter((document) => inbox.isSelected(document) && inbox.canSign(document));
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
    body = <RetryAlert className="cqs-inbox__error" message={t("inbox.error")} onRetry={props.onRetry} />;
  } else if (rows.length === 0) {
    body = <p className="cqs-inbox__empty">{t(emptyKey)}</p>;
  } else {
    body = (
      <div className="cqs-inbox__scroll">
        <table className="cqs-inbox__table" onKeyDown={inbox.onRowsKeyDown}>
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
            {rows.map((document) => (
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
    <section {...root} aria-labelledby={titleId} data-state={status}>
      <h2 id={titleId} className="cqs-inbox__title">
        {t("inbox.label")}
      </h2>
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
                {status === "success" && props.hasMore && props.onLoadMore ? (
                  <button type="button" className="cqs-button cqs-inbox__more" onClick={props.onLoadMore}>
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
