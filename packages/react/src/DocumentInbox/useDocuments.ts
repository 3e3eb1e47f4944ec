import type { Document, DocumentsListParams } from "@chinhquyenso/client";
import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { useCallback } from "react";
import { useConnection } from "../provider/hooks";

/** Pages of `documents.list` (cursor pagination), refreshed by `document.*` and `signing.*` stream events. */
export function useDocuments(params: DocumentsListParams) {
  const { queries, queryClient } = useConnection("DocumentInbox");
  return useInfiniteQuery(queries.documents.listInfinite(params), queryClient);
}

/**
 * Completes the user's part of a document (`documents.complete`, If-Match the document's etag). Pass one
 * `idempotencyKey` per user intent so that a retry after a lost answer is not applied twice.
 */
export function useCompleteDocument() {
  const { queries, queryClient } = useConnection("DocumentInbox");
  return useMutation(queries.documents.complete(), queryClient);
}

/** Assigns a lead unit and supporting units with instructions (`documents.assign`), for hosts with a picker. */
export function useAssignDocument() {
  const { queries, queryClient } = useConnection("DocumentInbox");
  return useMutation(queries.documents.assign(), queryClient);
}

/** Downloads a document's PDF as a Blob with its file name (`documents.download`). */
export function useDocumentPdf() {
  const { client } = useConnection("DocumentInbox");
  return useCallback(
    async (document: Pick<Document, "id" | "file">, signal?: AbortSignal) => {
      const download = await client.documents.download(document.id, signal ? { signal } : undefined);
      const bytes = await download.blob();
      // Keep the served type on the Blob, so the browser opens it as what it is.
      const blob = bytes.type ? bytes : new Blob([bytes], { type: download.contentType });
      return { blob, filename: download.filename ?? document.file?.name ?? `${document.id}.pdf` };
    },
    [client],
  );
}
