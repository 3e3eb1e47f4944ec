// The dossiers a principal can reach, already in the list's default order (most recently updated first, then
// by code), so that a list filters one agency's dossiers in order instead of filtering and sorting all of them.
// Kept on writes: the store's map counts its additions and removals (`RecordMap`), and the order is checked
// in one pass before use — a write that moved a dossier's `updatedAt` (through the store or by a test holding the
// record) is put back in place by a sort of the nearly sorted bucket. An agency is never reassigned, so a
// dossier's bucket is fixed. Authorization stays with `canSeeDossier`: the caller still filters with it, the
// bucket only narrows where to look.
import type { DossierRecord } from "../dataset/types";
import type { Principal } from "./principals";
import { type BuiltOver, builtOver, currentIndex } from "./record-map";
import type { MockStore } from "./store";

/** The list's default order: `updatedAt` descending, then `code` ascending. */
export function byRecentUpdate(a: DossierRecord, b: DossierRecord): number {
  return b.updatedAt - a.updatedAt || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

interface Buckets extends BuiltOver<DossierRecord> {
  readonly all: DossierRecord[];
  readonly byAgency: Map<string, DossierRecord[]>;
}

const indexes = new WeakMap<MockStore, Buckets>();
const EMPTY: readonly DossierRecord[] = Object.freeze([]);

function build(map: Map<string, DossierRecord>): Buckets {
  const all = [...map.values()].sort(byRecentUpdate);
  const byAgency = new Map<string, DossierRecord[]>();
  for (const record of all) {
    const bucket = byAgency.get(record.agencyCode);
    if (bucket) bucket.push(record);
    else byAgency.set(record.agencyCode, [record]);
  }
  return { ...builtOver(map), all, byAgency };
}

const current = (store: MockStore) => currentIndex(indexes, store, store.dossiers, build);

/** Sorts `bucket` in place if a write moved one of its dossiers (one pass when nothing did). */
function inOrder(bucket: DossierRecord[]): DossierRecord[] {
  for (let index = 1; index < bucket.length; index++) {
    if (byRecentUpdate(bucket[index - 1] as DossierRecord, bucket[index] as DossierRecord) > 0) {
      bucket.sort(byRecentUpdate);
      break;
    }
  }
  return bucket;
}

/**
 * Every dossier `principal` may reach — and perhaps some it may not: filter with `canSeeDossier` — in the
 * default order. Mirrors `reachesAgency`: staff see their agency's, a service account its agency's or all, a
 * citizen is looked for among all.
 */
export function dossiersInReach(store: MockStore, principal: Principal): readonly DossierRecord[] {
  const buckets = current(store);
  if (principal.unrestricted || principal.kind === "citizen") return inOrder(buckets.all);
  if (principal.agencyCode === null) return principal.kind === "service" ? inOrder(buckets.all) : EMPTY;
  const bucket = buckets.byAgency.get(principal.agencyCode);
  return bucket ? inOrder(bucket) : EMPTY;
}
