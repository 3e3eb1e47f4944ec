// The public status lookup's second factor: the 6-digit PIN printed on the receipt beside the dossier code. The
// sandbox derives it from the data set's seed and the code (stable across restarts, different per data set), and
// locks a code after repeated wrong PINs so that the PIN cannot be guessed by trying (429 with Retry-After).
import type { World } from "../dataset/types";
import { hashString } from "../util";
import { notFound, ProblemError } from "./problem";
import type { MockStore } from "./store";

/** Wrong PINs in a row before a code is locked, and for how long. */
export const LOOKUP_ATTEMPTS = 5;
export const LOOKUP_LOCK_SECONDS = 15 * 60;

/** The lookup PIN of a dossier in this store's data set. */
export function dossierLookupPin(store: MockStore, code: string): string {
  return String(hashString(`${store.datasetOptions.seed}|pin|${code}`) % 1_000_000).padStart(6, "0");
}

const failures = new WeakMap<World, Map<string, { count: number; lockedUntil: number }>>();

/** Throws 404 for an unknown code or a wrong PIN (the same answer), 429 while the code is locked. */
export function checkLookupPin(store: MockStore, code: string, pin: string | undefined): void {
  const byCode = failures.get(store.world) ?? new Map<string, { count: number; lockedUntil: number }>();
  failures.set(store.world, byCode);
  const now = store.now();
  const entry = byCode.get(code);
  if (entry && entry.lockedUntil > now) {
    const retryAfter = Math.ceil((entry.lockedUntil - now) / 1000);
    throw new ProblemError(
      429,
      "rate_limited",
      "Too many requests",
      "Too many wrong lookup PINs for this code; try again later.",
      { retryAfter },
      { "retry-after": String(retryAfter), ratelimit: `"lookup";r=0;t=${retryAfter}` },
    );
  }
  if (store.dossiers.has(code) && pin === dossierLookupPin(store, code)) {
    byCode.delete(code);
    return;
  }
  const count = (entry?.count ?? 0) + 1;
  byCode.set(code, {
    count: count >= LOOKUP_ATTEMPTS ? 0 : count,
    lockedUntil: count >= LOOKUP_ATTEMPTS ? now + LOOKUP_LOCK_SECONDS * 1000 : 0,
  });
  throw notFound("A dossier with this code and lookup PIN");
}
