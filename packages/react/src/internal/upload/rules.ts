import { UPLOAD_LIMITS } from "@chinhquyenso/client/uploads";

// What a file field accepts, from the contract's x-upload-limits (the client's generated UPLOAD_LIMITS): the same
// numbers the platform enforces, so a file the widget accepts is not refused later for its size or type.

export interface UploadRules {
  /** Files one send may carry. */
  maxFiles: number;
  /** Bytes per file. */
  maxFileBytes: number;
  /** Accepted media types, lowercase. */
  contentTypes: readonly string[];
}

export type UploadOperation = keyof typeof UPLOAD_LIMITS;

/** The contract's rules for an upload operation. */
export function uploadRulesFor(operationId: UploadOperation): UploadRules {
  const { maxFiles, maxFileBytes, contentTypes } = UPLOAD_LIMITS[operationId];
  return { maxFiles, maxFileBytes, contentTypes };
}

export type FileProblem = "type" | "size" | "empty";

const mediaType = (file: Blob) => (file.type.split(";")[0] ?? "").trim().toLowerCase();

/** Why a file cannot be sent under the rules, or undefined. */
export function checkFile(file: Blob, rules: UploadRules): FileProblem | undefined {
  if (!rules.contentTypes.includes(mediaType(file))) return "type";
  if (file.size > rules.maxFileBytes) return "size";
  if (file.size === 0) return "empty";
  return undefined;
}

/** An image the browser can show as a thumbnail (it then needs a text alternative). */
export const isImage = (file: Blob) => mediaType(file).startsWith("image/");

/** The `accept` attribute of the file input: the media types. */
export const acceptOf = (rules: UploadRules) => rules.contentTypes.join(",");
