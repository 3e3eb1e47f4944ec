export { EvidenceUploader, type EvidenceUploaderProps } from "./EvidenceUploader";
export type {
  EvidenceKind,
  EvidenceUploadHandler,
  EvidenceUploadInput,
  EvidenceUploadMeta,
} from "./types";
export {
  type EvidenceUploaderState,
  type UseEvidenceUploaderOptions,
  useEvidenceUploader,
} from "./useEvidenceUploader";
