// @chinhquyenso/mocks — browser-safe: the seeded data set, the store and the msw handlers (no Node built-ins
// anywhere this entry reaches; the HTTP sandbox is `@chinhquyenso/mocks/sandbox`).
export type { DatasetOptions } from "./dataset/options";
export { MockOptionsError } from "./errors";
export { createHandlers, type HandlersOptions, type MockHandlers } from "./handlers/create";
export { createRandom, type Random } from "./random";
export { type Clock, createManualClock, type ManualClock } from "./store/clock";
export { createStore } from "./store/create";
export type { AuthOptions, MockStore, SigningBehaviour, StoreOptions } from "./store/store";
export type { WebhookDelivery, WebhookOptions } from "./store/webhooks";
