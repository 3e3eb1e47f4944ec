// The pending payment requests of the store by expiry, so that settling (before every request) takes the due
// ones off the end of a sorted list instead of scanning every dossier's requests (at 20,000 dossiers the scan
// was three quarters of the sandbox's CPU). Built in one scan when the store's dossier map is new or changed
// (`RecordMap` counts additions and removals; a plain Map is rescanned on every use, as `dossier-index.ts`
// does) and kept on writes: `requestPayment` adds each new request. A request never returns to `pending` and
// its `expiresAt` is fixed at creation, so an entry only goes stale (paid, failed, expired another way): it is
// dropped when its time comes. The due requests are returned in the order the scan found them (dossiers in map
// order, each dossier's requests in order), so notifications and webhooks keep their order and ids.
import type { ApiPaymentRequest, DossierRecord } from "../dataset/types";
import { type BuiltOver, builtOver, currentIndex, stillCurrent } from "./record-map";
import type { MockStore } from "./store";

interface Entry {
  /** `Date.parse(request.expiresAt)` when the entry was made. */
  readonly at: number;
  /** The dossier's place in the map's order, then the request's in the dossier's list: the scan's order. */
  readonly dossierOrder: number;
  readonly requestOrder: number;
  readonly record: DossierRecord;
  readonly request: ApiPaymentRequest;
}

interface ExpiryIndex extends BuiltOver<DossierRecord> {
  readonly dossierOrders: Map<DossierRecord, number>;
  /** Latest expiry first: the due entries are at the end. */
  readonly byExpiry: Entry[];
}

const indexes = new WeakMap<MockStore, ExpiryIndex>();

const laterFirst = (a: Entry, b: Entry) => b.at - a.at;

function entryOf(index: ExpiryIndex, record: DossierRecord, request: ApiPaymentRequest): Entry {
  return {
    at: Date.parse(request.expiresAt),
    dossierOrder: index.dossierOrders.get(record) ?? Number.POSITIVE_INFINITY,
    requestOrder: record.paymentRequests.indexOf(request),
    record,
    request,
  };
}

function build(map: Map<string, DossierRecord>): ExpiryIndex {
  const index: ExpiryIndex = {
    ...builtOver(map),
    dossierOrders: new Map(),
    byExpiry: [],
  };
  for (const record of map.values()) {
    index.dossierOrders.set(record, index.dossierOrders.size);
    for (const request of record.paymentRequests)
      if (request.state === "pending") add(index.byExpiry, entryOf(index, record, request));
  }
  index.byExpiry.sort(laterFirst);
  return index;
}

const current = (store: MockStore) => currentIndex(indexes, store, store.dossiers, build);

/** An expiry that is no instant never falls due (the scan's `<=` is false for it): such a request is not kept. */
function add(list: Entry[], entry: Entry): void {
  if (Number.isFinite(entry.at)) list.push(entry);
}

/** Puts `entry` in place: after every entry expiring later, before every one expiring at the same time or earlier. */
function insert(list: Entry[], entry: Entry): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] as Entry).at > entry.at) low = middle + 1;
    else high = middle;
  }
  list.splice(low, 0, entry);
}

/** A new pending request of `record` (call after adding it to `record.paymentRequests`). */
export function trackPaymentRequest(
  store: MockStore,
  record: DossierRecord,
  request: ApiPaymentRequest,
): void {
  const index = indexes.get(store);
  // Not built yet, or about to be rebuilt from the map (which then finds the request itself).
  if (!index || !stillCurrent(index, store.dossiers)) return;
  const entry = entryOf(index, record, request);
  if (Number.isFinite(entry.at)) insert(index.byExpiry, entry);
}

/**
 * The pending requests whose expiry is at or before `now`, in the order a scan of every dossier finds them —
 * what `for (record of store.dossiers.values()) for (request of record.paymentRequests)` filtered on
 * `state === "pending" && Date.parse(expiresAt) <= now` gives.
 */
export function duePaymentRequests(
  store: MockStore,
  now: number,
): { record: DossierRecord; request: ApiPaymentRequest }[] {
  const list = current(store).byExpiry;
  const due: Entry[] = [];
  while (list.length > 0 && (list[list.length - 1] as Entry).at <= now) {
    const entry = list.pop() as Entry;
    if (entry.request.state === "pending") due.push(entry);
  }
  if (due.length > 1) due.sort((a, b) => a.dossierOrder - b.dossierOrder || a.requestOrder - b.requestOrder);
  return due;
}

/**
 * When the next pending request falls due (epoch milliseconds), or `null`: the store's timer wakes then, so that an
 * expiry and its webhook happen without waiting for traffic. Entries no longer pending are dropped on the way (a
 * request never returns to `pending`).
 */
export function nextPaymentExpiry(store: MockStore): number | null {
  const list = current(store).byExpiry;
  while (list.length > 0 && (list[list.length - 1] as Entry).request.state !== "pending") list.pop();
  return list.length === 0 ? null : (list[list.length - 1] as Entry).at;
}
