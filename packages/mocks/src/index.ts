// @chinhquyenso/mocks — browser-safe: the seeded data set, the store and the msw handlers (no Node built-ins
// anywhere this entry reaches; the HTTP sandbox is `@chinhquyenso/mocks/sandbox`, the vocabulary
// `@chinhquyenso/mocks/seed`).
export type { DatasetOptions } from "./dataset/options";
export { createDataset, type Dataset, datasetOf } from "./dataset/snapshot";
export type { SigningOutcome } from "./dataset/types";
export { MockOptionsError } from "./errors";
export { HOLIDAY_COVERAGE_HEADER } from "./handlers/catalogue";
export { createHandlers, type HandlersOptions, type MockHandlers } from "./handlers/create";
export { REPLAYED_HEADER } from "./handlers/pipeline";
export {
  OPEN311_SANDBOX_ACCOUNT,
  OPEN311_SANDBOX_API_KEY,
  type Open311Options,
  type Open311Principal,
  type ResolveOpen311ApiKey,
} from "./open311/settings";
export type { OperationId } from "./openapi/document";
export { createRandom, type Random } from "./random";
export { type Clock, createManualClock, type ManualClock } from "./store/clock";
export { createStore } from "./store/create";
export { dossierLookupPin, LOOKUP_ATTEMPTS, LOOKUP_LOCK_SECONDS } from "./store/lookup-pin";
export { PAYMENT_OUTCOMES, type PaymentOutcome, type PaymentSimulation } from "./store/payment-ops";
export {
  DEFAULT_TOKENS,
  defaultUsers,
  type Principal,
  parseUsers,
  type UserEntry,
} from "./store/principals";
export { applyScenario, SCENARIO_NAMES, type Scenario } from "./store/scenarios";
export type {
  AuthOptions,
  AuthSettings,
  MockStore,
  SigningBehaviour,
  SigningSettings,
  StoreOptions,
} from "./store/store";
export type { WebhookDelivery, WebhookOptions } from "./store/webhooks";
