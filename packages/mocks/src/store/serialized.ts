// JSON computed once per record version, kept as UTF-8 bytes: a list answer is its records' bytes joined, not a
// fresh JSON.stringify of twenty views per request, nor a string the server encodes again on every write (at
// 16 kB of Vietnamese text, encoding and measuring the string cost more than routing the request).
// `Json<T>` is the JSON of a `T`, so a handler can still only send the body the contract declares.
import type { ApiDossier, DossierRecord } from "../dataset/types";
import { MINUTE_MS } from "../util";
import type { MockStore } from "./store";
import { dossierView } from "./views";

/** UTF-8 JSON of a value of type `T` (branded: only `jsonOf` and the helpers below make one). Never mutated. */
export type Json<T> = Uint8Array & { readonly __jsonOf: T };

const encoder = new TextEncoder();
const bytesOf = (text: string) => encoder.encode(text);

export const jsonOf = <T>(value: T): Json<T> => bytesOf(JSON.stringify(value)) as Json<T>;

interface Cached {
  readonly version: number;
  readonly minute: number;
  readonly status: string;
  readonly updatedAt: number;
  readonly json: Json<ApiDossier>;
}

const dossierJsons = new WeakMap<DossierRecord, Cached>();

/**
 * `JSON.stringify(dossierView(store, record))`, cached per record version and clock minute — the keys of the view's
 * own time-dependent part (`dossierClock`). Whoever changes a record bumps its `version`, as its etag requires;
 * the status and `updatedAt` are checked too, as tests that set them directly do not always.
 */
export function dossierJson(store: MockStore, record: DossierRecord): Json<ApiDossier> {
  const minute = Math.floor(store.now() / MINUTE_MS);
  const cached = dossierJsons.get(record);
  if (
    cached?.version === record.version &&
    cached.minute === minute &&
    cached.status === record.status &&
    cached.updatedAt === record.updatedAt
  )
    return cached.json;
  const json = jsonOf(dossierView(store, record));
  const { version, status, updatedAt } = record;
  dossierJsons.set(record, { version, minute, status, updatedAt, json });
  return json;
}

const PAGE_START = bytesOf('{"items":[');
const COMMA = bytesOf(",");

interface Page {
  readonly items: readonly Json<unknown>[];
  readonly nextCursor: string | null;
  readonly total: number;
  readonly json: Json<unknown>;
}

/** The last page made starting with each item: a list asked again, unchanged, is answered with the same bytes. */
const pagesByFirstItem = new WeakMap<Json<unknown>, Page>();

function samePage(page: Page, items: readonly Json<unknown>[], nextCursor: string | null, total: number) {
  if (page.nextCursor !== nextCursor || page.total !== total || page.items.length !== items.length)
    return false;
  for (let index = 0; index < items.length; index++) if (page.items[index] !== items[index]) return false;
  return true;
}

/** A page `{ items, nextCursor, total }`, byte for byte the UTF-8 of what `JSON.stringify` gives for it. */
export function pageJson<T>(
  items: readonly Json<T>[],
  nextCursor: string | null,
  total: number,
): Json<{ items: T[]; nextCursor: string | null; total: number }> {
  type PageJson = Json<{ items: T[]; nextCursor: string | null; total: number }>;
  const first = items[0];
  const known = first && pagesByFirstItem.get(first);
  if (known && samePage(known, items, nextCursor, total)) return known.json as PageJson;
  const made = joinPage(items, nextCursor, total) as PageJson;
  if (first) pagesByFirstItem.set(first, { items: [...items], nextCursor, total, json: made });
  return made;
}

function joinPage(items: readonly Uint8Array[], nextCursor: string | null, total: number): Uint8Array {
  const end = bytesOf(`],"nextCursor":${JSON.stringify(nextCursor)},"total":${total}}`);
  let length = PAGE_START.length + end.length + Math.max(0, items.length - 1);
  for (const item of items) length += item.length;
  const page = new Uint8Array(length);
  page.set(PAGE_START, 0);
  let at = PAGE_START.length;
  items.forEach((item, index) => {
    if (index > 0) {
      page.set(COMMA, at);
      at += 1;
    }
    page.set(item, at);
    at += item.length;
  });
  page.set(end, at);
  return page;
}
