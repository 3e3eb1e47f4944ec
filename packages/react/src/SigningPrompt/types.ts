import type {
  Certificate,
  Placement,
  PluginInstructions,
  SignatureFormat,
  SignatureKind,
  SigningItem,
  SigningProvider,
  SigningRequest,
  SigningRequestCreate,
} from "@chinhquyenso/client";

/** A document (or eForm submission) to sign, as the review step shows it. */
export interface SigningDocument {
  /** The document id (`source: "document"`) or the eForm submission id (`source: "eform"`). */
  id: string;
  /** Default `document` (a PDF, signed with PAdES). */
  source?: "document" | "eform";
  /** Default `pades` for documents, `json` for eForms. */
  format?: SignatureFormat;
  /** Number and notation, e.g. "142/UBND-VX" (empty before issuance). */
  number?: string;
  /** Trích yếu. */
  subject?: string;
  /** Document type, e.g. "Công văn". */
  type?: string;
  pages?: number;
  /**
   * SHA-256 of the content (64 hex characters), so the signer can check what they sign. Connected widgets
   * compute it from the downloaded file when it is not given.
   */
  fingerprint?: string;
  /** Where the visible signature goes (Decree 30 Annex I), in PDF points from the bottom-left corner. */
  placement?: Placement;
}

/**
 * The platform operations the flow needs. Connected widgets build them from the provider's client; controlled
 * widgets receive them as a prop. Throw a `SigningError` (or let a client error through) to report a failure.
 */
export interface SigningActions {
  /** Must send `idempotencyKey` as the `Idempotency-Key` header: the platform then creates one request per key. */
  createRequest(body: SigningRequestCreate, options: { idempotencyKey: string }): Promise<SigningRequest>;
  getRequest(requestId: string, options?: { signal?: AbortSignal }): Promise<SigningRequest>;
  /** Confirms with an OTP. Never retried by the widget: each attempt counts. */
  confirm(requestId: string, otp: string): Promise<SigningRequest>;
  cancel(requestId: string): Promise<SigningRequest>;
  /** Plugin flow only: uploads the file the VGCA plugin signed. */
  uploadSigned?(
    requestId: string,
    upload: { file: Blob; itemIndex: number },
    options: { idempotencyKey: string },
  ): Promise<SigningRequest>;
}

/** What the plugin adapter gets to sign one item of a request. */
export interface PluginSignInput {
  instructions: PluginInstructions;
  item: SigningItem;
  itemIndex: number;
  requestId: string;
}

/**
 * The local signing plugin (VGCA). `detect` must be cheap and SSR-safe; `sign` resolves with the signed file,
 * or rejects with a `SigningError` (`plugin_missing`, `user_rejected`…).
 */
export interface SigningPlugin {
  detect(): boolean;
  sign(input: PluginSignInput): Promise<Blob>;
}

export type { Certificate, SignatureKind, SigningProvider, SigningRequest };
