import { MockStore, type StoreOptions } from "./store";

/** A store with a freshly generated data set (see `StoreOptions`). */
export function createStore(options: StoreOptions = {}): MockStore {
  return new MockStore(options);
}
