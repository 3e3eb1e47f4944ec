// Where a pending signing intent survives a remount or a reload of the tab: its idempotency key, the exact body
// it was created with (the same key with another body would be refused) and, once known, the request id. The
// record holds ids only (documents, provider, certificate serial): no token, no personal data.

import type { SigningIntent } from "./machine";
import type { SigningDocument } from "./types";

/** Storage for pending intents, keyed by a scope (the documents and the kind of signature). */
export interface SigningIntentStore {
  get(scope: string): SigningIntent | undefined;
  set(scope: string, intent: SigningIntent): void;
  delete(scope: string): void;
}

const PREFIX = "cqs.signing.intent:";

/** The scope of an intent: the same documents (in any order) and kind share one pending intent. */
export function intentScope(documents: readonly SigningDocument[], kind: string): string {
  const ids = (Array.isArray(documents) ? documents : [])
    .map((document) => `${document?.source ?? "document"}/${String(document?.id)}`)
    .sort();
  return `${kind}|${ids.join(",")}`;
}

function isIntent(value: unknown): value is SigningIntent {
  if (typeof value !== "object" || value === null) return false;
  const intent = value as Partial<SigningIntent>;
  return (
    typeof intent.key === "string" &&
    intent.key.length >= 8 &&
    typeof intent.body === "object" &&
    intent.body !== null &&
    Array.isArray(intent.body.items) &&
    typeof intent.method === "object" &&
    intent.method !== null &&
    typeof intent.method.provider === "string" &&
    (intent.requestId === undefined || typeof intent.requestId === "string")
  );
}

/** An in-memory store (one per page): survives remounts, not reloads. */
export function memoryIntentStore(): SigningIntentStore {
  const intents = new Map<string, SigningIntent>();
  return {
    get: (scope) => intents.get(scope),
    set: (scope, intent) => void intents.set(scope, intent),
    delete: (scope) => void intents.delete(scope),
  };
}

function sessionStorageOrNull(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.sessionStorage;
  } catch {
    // Storage disabled (privacy settings, sandboxed iframe): fall back to memory.
    return null;
  }
}

/**
 * The default store: the tab's sessionStorage (survives a reload of the tab), with an in-memory fallback when
 * storage is unavailable. A record that cannot be read is dropped rather than guessed at.
 */
export function sessionIntentStore(): SigningIntentStore {
  const memory = memoryIntentStore();
  return {
    get(scope) {
      const storage = sessionStorageOrNull();
      if (!storage) return memory.get(scope);
      const raw = storage.getItem(PREFIX + scope);
      if (raw === null) return undefined;
      try {
        const value: unknown = JSON.parse(raw);
        if (isIntent(value)) return value;
      } catch {
        // fall through: unreadable
      }
      storage.removeItem(PREFIX + scope);
      return undefined;
    },
    set(scope, intent) {
      const storage = sessionStorageOrNull();
      try {
        if (storage) return storage.setItem(PREFIX + scope, JSON.stringify(intent));
      } catch {
        // Quota exceeded: memory still protects remounts.
      }
      memory.set(scope, intent);
    },
    delete(scope) {
      sessionStorageOrNull()?.removeItem(PREFIX + scope);
      memory.delete(scope);
    },
  };
}

let defaultStore: SigningIntentStore | undefined;

/** The page-wide default store (created lazily, never at module load: SSR-safe). */
export function defaultIntentStore(): SigningIntentStore {
  defaultStore ??= sessionIntentStore();
  return defaultStore;
}

// Create calls in flight, by idempotency key: a remount, a second mounted prompt or React's double effects join
// the call instead of sending another.
const inflight = new Map<string, Promise<unknown>>();

/** Runs `call` once per key at a time; later callers with the same key get the same promise. */
export function singleFlight<T>(key: string, call: () => Promise<T>): Promise<T> {
  const running = inflight.get(key);
  if (running) return running as Promise<T>;
  const promise = call().finally(() => inflight.delete(key));
  inflight.set(key, promise);
  return promise;
}
