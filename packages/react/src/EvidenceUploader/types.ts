import type { Attachment, StoredDocument as ClientStoredDocument } from "@chinhquyenso/client";

/** What the file is in the dossier (the contract's `AttachmentUpload.kind`). */
export type EvidenceKind = "application" | "supplement" | "result" | "other";

export const EVIDENCE_KINDS: readonly EvidenceKind[] = ["application", "supplement", "result", "other"];

/** One file to upload to a dossier (the API's `AttachmentUpload`). */
export interface EvidenceUploadInput {
  file: File;
  kind: EvidenceKind;
  /** The file is a digitised copy with legal value (số hóa). */
  digitised: boolean;
  /** SHA-256 computed in the browser; absent on plain-http pages, where Web Crypto is missing. */
  sha256?: string;
}

export interface EvidenceUploadMeta {
  /** Reuse it when the same file is sent again, so the platform stores it once. */
  idempotencyKey: string;
  signal: AbortSignal;
  onUploadProgress: (progress: { loaded: number; total: number }) => void;
}

/** Uploads one file; resolve with the platform's `Attachment`. */
export type EvidenceUploadHandler = (
  input: EvidenceUploadInput,
  meta: EvidenceUploadMeta,
) => Promise<unknown>;

export type { Attachment };

/**
 * A document of the applicant's store (the contract's `StoredDocument`), reusable without a new upload. Its
 * `kind` may be one a newer platform added: shown as "other".
 */
export type StoredDocument = ClientStoredDocument;

/** Lists the applicant's stored documents (`dossiers.listReusableDocuments`). */
export type StoredDocumentsLoader = (signal: AbortSignal) => Promise<readonly StoredDocument[]>;

/** Attaches one stored document by reference (`dossiers.reuseDocument`); resolve with the `Attachment`. */
export type StoredDocumentReuseHandler = (
  input: { storedDocumentId: string; kind: EvidenceKind },
  meta: { idempotencyKey: string },
) => Promise<unknown>;
