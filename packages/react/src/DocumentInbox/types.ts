// The props of the document inbox, apart from its components (the view and the connected wrapper both read them).
import type { Document } from "@chinhquyenso/client";
import type { UseDocumentInboxOptions } from "./useDocumentInbox";

export type DocumentInboxStatus = "loading" | "error" | "success";

export interface DocumentInboxProps extends UseDocumentInboxOptions {
  /**
   * Controlled mode: the documents (both directions; the widget filters by tab and filter, and sorts). Without
   * it the widget loads them from the provider's client (`documents.list`, 50 a page).
   */
  documents?: readonly Document[];
  status?: DocumentInboxStatus;
  onRetry?: () => void;
  /** Controlled mode: what failed (never shown); a 403 or 404 shows its designed state instead of a retry. */
  error?: unknown;
  /** Controlled mode: more pages exist (shows "Tải thêm", calling `onLoadMore`). */
  hasMore?: boolean;
  onLoadMore?: () => void;
  /**
   * Rows rendered at first and added by each "Hiện thêm" (default 50), so that 3,000 documents render (on the
   * server too) as fast as 50. `Infinity` renders every row.
   */
  pageSize?: number;
  /** A document's subject was activated (open it in your app). */
  onOpen?: (document: Document) => void;
  /** "Ký số" on a row or for the selection: open `SigningPrompt` with these documents. */
  onRequestSignature?: (documents: Document[]) => void;
  /** Controlled mode: complete the user's part (a rejected promise shows the error, with a retry). */
  onComplete?: (document: Document) => void | Promise<void>;
  /** Controlled mode: download the PDF. */
  onDownload?: (document: Document) => void | Promise<void>;
  className?: string;
  /**
   * The widget's heading ("Văn bản" / "Documents" by default). `null` leaves it out when the host page's own
   * heading already says it; the section keeps the default as its accessible name.
   */
  title?: string | null;
}

/** What the view needs to act on a document, from props (controlled) or the client (connected). */
export interface InboxActions {
  complete: ((document: Document) => Promise<void>) | undefined;
  download: ((document: Document) => Promise<void>) | undefined;
}
