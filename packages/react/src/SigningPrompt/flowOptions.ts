// What useSigningFlow is given, in a module of its own: the flow hook and its effects (flowEffects.ts) both read
// it, and neither may import the other's module back (no import cycles, type-only ones included).
import type { SigningRequest } from "@chinhquyenso/client";
import type { SigningIntentStore } from "./intent";
import type { SigningActions, SigningDocument, SigningPlugin } from "./types";

export interface UseSigningFlowOptions {
  documents: readonly SigningDocument[];
  /** Default `approval` (ký duyệt). */
  kind?: string;
  /** Sent with the request (≤ 200 characters). */
  reason?: string;
  /** The platform operations; without them the flow renders but never calls anything (SSR, loading). */
  actions?: SigningActions | undefined;
  /** Resume a pending intent of these documents only while active (the dialog is open). Default true. */
  active?: boolean;
  /** How often a request awaiting the user is polled, in ms (default 5000). */
  pollInterval?: number;
  /** Where pending intents survive remounts and reloads (default: sessionStorage, memory as fallback). */
  intentStore?: SigningIntentStore;
  /** The local signing plugin (VGCA), for providers with the `plugin` flow. */
  plugin?: SigningPlugin | undefined;
  /** Every request the flow learns about (connected widgets write it to the query cache). */
  onRequest?: (request: SigningRequest) => void;
  onSigned?: (request: SigningRequest) => void;
  onCancelled?: () => void;
}
