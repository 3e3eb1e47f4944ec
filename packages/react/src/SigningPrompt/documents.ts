import type { SigningItemInput, SigningRequestCreate } from "@chinhquyenso/client";
import type { SigningMethod } from "./machine";
import type { SigningDocument } from "./types";

/** The contract's limit of items in one signing request. */
export const MAX_DOCUMENTS_PER_REQUEST = 50;

export type DocumentsProblem = "empty" | "too_many" | "duplicate" | "malformed";

/** Why a list of documents cannot be signed as given (undefined when it can). */
export function documentsProblem(
  documents: readonly SigningDocument[] | undefined,
): DocumentsProblem | undefined {
  if (!Array.isArray(documents) || documents.length === 0) return "empty";
  if (documents.some((document) => typeof document?.id !== "string" || document.id === ""))
    return "malformed";
  if (documents.length > MAX_DOCUMENTS_PER_REQUEST) return "too_many";
  const ids = new Set(documents.map((document) => `${document.source ?? "document"}/${document.id}`));
  return ids.size === documents.length ? undefined : "duplicate";
}

function itemOf(document: SigningDocument): SigningItemInput {
  const source = document.source ?? "document";
  return {
    source,
    ...(source === "document" ? { documentId: document.id } : { submissionId: document.id }),
    format: document.format ?? (source === "document" ? "pades" : "json"),
    ...(document.placement ? { placement: document.placement } : {}),
  };
}

/** The create-request body of an intent: fixed when the user confirms, resent as is by every retry. */
export function buildRequestBody(
  documents: readonly SigningDocument[],
  kind: string,
  method: SigningMethod,
  reason: string | undefined,
): SigningRequestCreate {
  return {
    provider: method.provider,
    ...(method.certificateSerial ? { certificateSerial: method.certificateSerial } : {}),
    kind,
    items: documents.map(itemOf),
    ...(reason ? { reason: reason.slice(0, 200) } : {}),
  };
}

const SHA256_HEX = /^[0-9a-f]{64}$/i;

/** A SHA-256 fingerprint in groups of four, upper case ("3F2A 9C1B …"); undefined when it is not one. */
export function formatFingerprint(value: string | undefined): string | undefined {
  if (typeof value !== "string" || !SHA256_HEX.test(value)) return undefined;
  return value.toUpperCase().replace(/(.{4})(?!$)/g, "$1 ");
}

/** SHA-256 of some bytes, hex (Web Crypto; throws where `crypto.subtle` is unavailable, e.g. plain http). */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
