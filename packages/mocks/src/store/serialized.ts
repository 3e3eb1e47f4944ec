// JSON text computed once per record version: a list answer is its records' texts joined, not a fresh
// JSON.stringify of twenty views per request. `Json<T>` is the text of a `T`, so a handler can still only send
// the body the contract declares.
import type { ApiDossier, DossierRecord } from "../dataset/types";
import { MINUTE_MS } from "../util";
import type { MockStore } from "./store";
import { dossierView } from "./views";

/** JSON text of a value of type `T` (branded: only `jsonOf` and the helpers below make one). */
export type Json<T> = string & { readonly __jsonOf: T };

export const jsonOf = <T>(value: T): Json<T> => JSON.stringify(value) as Json<T>;

interface Cached {
  readonly version: number;
  readonly minute: number;
  readonly status: string;
  readonly updatedAt: number;
  readonly text: Json<ApiDossier>;
}

const dossierTexts = new WeakMap<DossierRecord, Cached>();

/**
 * `JSON.stringify(dossierView(store, record))`, cached per record version and clock minute — the keys of the view's
 * own time-dependent part (`dossierClock`). Whoever changes a record bumps its `version`, as its etag requires;
 * the status and `updatedAt` are checked too, as tests that set them directly do not always.
 */
export function dossierJson(store: MockStore, record: DossierRecord): Json<ApiDossier> {
  const minute = Math.floor(store.now() / MINUTE_MS);
  const cached = dossierTexts.get(record);
  if (
    cached?.version === record.version &&
    cached.minute === minute &&
    cached.status === record.status &&
    cached.updatedAt === record.updatedAt
  )
    return cached.text;
  const text = jsonOf(dossierView(store, record));
  const { version, status, updatedAt } = record;
  dossierTexts.set(record, { version, minute, status, updatedAt, text });
  return text;
}

/** The text of a page `{ items, nextCursor, total }`, byte for byte what `JSON.stringify` gives for it. */
export function pageJson<T>(
  items: readonly Json<T>[],
  nextCursor: string | null,
  total: number,
): Json<{ items: T[]; nextCursor: string | null; total: number }> {
  return `{"items":[${items.join(",")}],"nextCursor":${JSON.stringify(nextCursor)},"total":${total}}` as Json<{
    items: T[];
    nextCursor: string | null;
    total: number;
  }>;
}
