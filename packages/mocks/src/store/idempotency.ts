// Idempotency-Key handling: the first response to a key is kept for 24 h (the contract's retentionHours) and
// replayed to every repeat; a repeat that arrives while the first is still being handled waits for it; the same
// key with another request gives 422 `idempotency_key_reused`.

export interface StoredResponse {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Uint8Array;
}

interface Entry {
  readonly fingerprint: string;
  readonly createdAt: number;
  result: Promise<StoredResponse | null>;
}

export type IdempotencyLookup =
  | { readonly kind: "new"; complete(response: StoredResponse | null): void }
  | { readonly kind: "replay"; readonly response: Promise<StoredResponse | null> }
  | { readonly kind: "mismatch" };

export const RETENTION_MS = 24 * 3_600_000;

export class IdempotencyCache {
  readonly #entries = new Map<string, Entry>();

  /**
   * Looks a key up. `new`: the caller handles the request and must call `complete` (with null when the
   * response must not be kept — a 5xx — so that a retry acts again). `replay`: the kept (or awaited) response.
   */
  begin(key: string, fingerprint: string, now: number): IdempotencyLookup {
    const existing = this.#entries.get(key);
    if (existing && now - existing.createdAt < RETENTION_MS) {
      if (existing.fingerprint !== fingerprint) return { kind: "mismatch" };
      return { kind: "replay", response: existing.result };
    }
    let settle: (response: StoredResponse | null) => void = () => {};
    const entry: Entry = {
      fingerprint,
      createdAt: now,
      result: new Promise((resolve) => (settle = resolve)),
    };
    this.#entries.set(key, entry);
    return {
      kind: "new",
      complete: (response) => {
        if (response === null && this.#entries.get(key) === entry) this.#entries.delete(key);
        settle(response);
      },
    };
  }

  get size(): number {
    return this.#entries.size;
  }

  clear(): void {
    this.#entries.clear();
  }
}
