import { settlePayments } from "./payment-ops";
import { settleSigning } from "./signing-ops";
import { MockStore, type StoreOptions } from "./store";

/** A store with a freshly generated data set (see `StoreOptions`). */
export function createStore(options: StoreOptions = {}): MockStore {
  const store = new MockStore(options);
  store.onSettle(settleSigning);
  store.onSettle((self) => settlePayments(self));
  store.settle();
  return store;
}
