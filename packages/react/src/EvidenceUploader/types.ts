import type { Attachment } from "@chinhquyenso/client";

/** What the file is in the dossier (the contract's `AttachmentUpload.kind`). */
export type EvidenceKind = "application" | "supplement" | "result" | "other";

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
