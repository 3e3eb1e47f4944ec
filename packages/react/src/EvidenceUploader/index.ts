export { EvidenceUploader, type EvidenceUploaderProps } from "./EvidenceUploader";
export type {
  EvidenceKind,
  EvidenceUploadHandler,
  EvidenceUploadInput,
  EvidenceUploadMeta,
  StoredDocument,
  StoredDocumentReuseHandler,
  StoredDocumentsLoader,
} from "./types";
export {
  type EvidenceUploaderState,
  type UseEvidenceUploaderOptions,
  useEvidenceUploader,
} from "./useEvidenceUploader";
export {
  type ReuseState,
  type StoredDocumentsState,
  type StoredDocumentsStatus,
  type UseStoredDocumentsOptions,
  useStoredDocuments,
} from "./useStoredDocuments";
