// Public since the signing prompt needed it; one helper for every widget's writes.
export { newIdempotencyKey } from "../internal/idempotencyKey";
export { classifySigningError, SigningError } from "./errors";
export { failureOfRequest, type SigningFailure, type SigningFailureKind } from "./failures";
export type { UseSigningFlowOptions } from "./flowOptions";
export {
  defaultIntentStore,
  intentScope,
  memoryIntentStore,
  type SigningIntentStore,
  sessionIntentStore,
} from "./intent";
export {
  canRetry,
  initialSigningState,
  isLive,
  type SigningFlowEvent,
  type SigningFlowState,
  type SigningIntent,
  type SigningMethod,
  signingReducer,
} from "./machine";
export { SigningPrompt, type SigningPromptProps, VGCA_INSTALL_URL } from "./SigningPrompt";
export type { PluginSignInput, SigningActions, SigningDocument, SigningPlugin } from "./types";
export {
  signingActionsOf,
  type UseSigningRequestOptions,
  useDocumentFingerprint,
  useSigningCertificates,
  useSigningProviders,
  useSigningRequest,
} from "./useSigningData";
export { type SigningFlow, useSigningFlow } from "./useSigningFlow";
export { createVgcaPlugin, detectVgcaPlugin, type VgcaPluginOptions } from "./vgca";
