export {
  DocumentInbox,
  type DocumentInboxProps,
  type DocumentInboxStatus,
} from "./DocumentInbox";
export { type DocumentDeadline, documentDeadline } from "./documentDeadline";
export {
  type DocumentInboxState,
  type InboxDirection,
  type InboxFilter,
  type InboxSort,
  type UseDocumentInboxOptions,
  useDocumentInbox,
} from "./useDocumentInbox";
export { useAssignDocument, useCompleteDocument, useDocumentPdf, useDocuments } from "./useDocuments";
