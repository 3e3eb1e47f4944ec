import type { DossierPublicStatus } from "@chinhquyenso/client";

export type { DossierPublicStatus };

/** Only what a citizen may read: the hook copies these fields and nothing else from the platform's answer. */
export interface PublicStatusView {
  readonly code: string;
  readonly procedureName: string;
  readonly agencyName: string;
  readonly status: string;
  readonly statusText: string;
  readonly nextStep: string;
  readonly nextStepText: string;
  readonly amountDue: unknown;
  readonly dateText: string | null;
  readonly dateIso: string | null;
  readonly dateNote: string;
  readonly dateNoteText: string;
  readonly pausedAtText: string | null;
  readonly receivedText: string | null;
}

export interface DossierStatusLookupProps {
  /** Prefill the code (e.g. from a QR code on the receipt); the PIN is always typed. */
  defaultCode?: string | undefined;
  /**
   * Controlled mode: look the dossier up yourself and pass the answer here (`dossiers.lookupStatus`); with
   * `onLookup`, the form calls it instead of the client.
   */
  result?: DossierPublicStatus | null | undefined;
  loading?: boolean | undefined;
  error?: unknown;
  onLookup?: ((code: string, pin: string) => void) | undefined;
  title?: string | undefined;
  headingLevel?: 2 | 3 | 4 | 5 | undefined;
  className?: string | undefined;
}
