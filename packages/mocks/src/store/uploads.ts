// The contract's upload limits (x-upload-limits, read through @chinhquyenso/spec: the same numbers the client and
// the widgets use), applied to what a request carries; and the SHA-256 check of a dossier attachment.
import { openapiDocument, uploadLimits } from "@chinhquyenso/spec";
import { field, invalid, ProblemError } from "./problem";

const LIMITS = uploadLimits(openapiDocument);

/** A file as the multipart reader gives it. */
export type UploadedFile = Blob & { name?: string };

const mediaType = (file: UploadedFile) => (file.type.split(";")[0] ?? "").trim().toLowerCase();

/** Throws the contract's answer when `files` break the operation's limits: 413 too large, 422 wrong type or count. */
export function checkUploads(operationId: string, files: readonly UploadedFile[]): void {
  const limits = LIMITS[operationId];
  if (!limits) return;
  if (files.length > limits.maxFiles)
    throw invalid([field(`/${limits.field}`, "too_many_files", `at most ${limits.maxFiles} files`)]);
  files.forEach((file, index) => {
    const pointer = limits.maxFiles > 1 ? `/${limits.field}/${index}` : `/${limits.field}`;
    if (file.size > limits.maxFileBytes)
      throw new ProblemError(
        413,
        "file_too_large",
        "Payload too large",
        `${pointer} is larger than ${limits.maxFileBytes / 1_000_000} MB.`,
      );
    if (!limits.contentTypes.includes(mediaType(file)))
      throw invalid([field(pointer, "unsupported_type", `must be one of ${limits.contentTypes.join(", ")}`)]);
  });
}

/** The text alternative of each file; an image without one is refused (422 `alt_required`). */
export function altsFor(
  files: readonly UploadedFile[],
  alts: readonly string[] | undefined,
): (string | null)[] {
  return files.map((file, index) => {
    const alt = alts?.[index]?.trim() ?? "";
    if (mediaType(file).startsWith("image/") && alt === "")
      throw invalid([field(`/fileAlts/${index}`, "alt_required", "an image needs its text alternative")]);
    return alt === "" ? null : alt;
  });
}

/** Lowercase hex SHA-256 of the bytes. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Refuses bytes whose SHA-256 is not the one the sender computed (422 `hash_mismatch`). */
export async function checkHash(bytes: Uint8Array, declared: string | undefined): Promise<string> {
  const actual = await sha256Hex(bytes);
  if (declared !== undefined && declared !== actual)
    throw invalid(
      [field("/sha256", "hash_mismatch", "does not match the file's bytes")],
      "hash_mismatch",
      "The file was damaged on its way",
    );
  return actual;
}
