import { useMemo, useRef } from "react";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { useTranslator } from "../i18n/useTranslator";
import { newIdempotencyKey } from "../internal/idempotencyKey";
import { saveFile } from "../internal/saveFile";
import { useConnection } from "../provider/hooks";
import { DocumentInboxView } from "./DocumentInboxView";
import { statusOf } from "./failures";
import { inboxMessages } from "./messages";
import type { DocumentInboxProps, InboxActions } from "./types";
import { type DocumentInboxState, useDocumentInbox } from "./useDocumentInbox";
import { useCompleteDocument, useDocumentPdf, useDocuments } from "./useDocuments";

export type { DocumentInboxProps, DocumentInboxStatus } from "./types";

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
  const { documents } = props;
  const order = useMemo(
    () => (documents === undefined ? undefined : inbox.orderOf(documents, true)),
    [inbox.orderOf, documents],
  );
  if (order !== undefined) {
    const actions: InboxActions = {
      complete: props.onComplete ? async (document) => props.onComplete?.(document) : undefined,
      download: props.onDownload ? async (document) => props.onDownload?.(document) : undefined,
    };
    return (
      <DocumentInboxView
        {...props}
        inbox={inbox}
        order={order}
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
  const order = useMemo(
    () =>
      inbox.orderOf(
        query.data?.pages.flatMap((page) => (Array.isArray(page?.items) ? page.items : [])) ?? [],
        false,
      ),
    [inbox.orderOf, query.data],
  );
  return (
    <DocumentInboxView
      {...props}
      order={order}
      status={query.isPending ? "loading" : query.isError && !query.data ? "error" : "success"}
      onRetry={() => void query.refetch()}
      error={query.error}
      hasMore={query.hasNextPage}
      onLoadMore={() => void query.fetchNextPage()}
      actions={actions}
    />
  );
}
