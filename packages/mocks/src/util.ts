// Small helpers shared by the data set, the store and the handlers. Browser-safe: no Node built-ins.
import { formatVietnamIso } from "./seed/dates";

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** ISO 8601 with `+07:00` of epoch milliseconds, as the contract writes every date-time. */
export function isoOf(ms: number): string {
  return formatVietnamIso(new Date(ms));
}

/** `YYYY-MM-DD` in Vietnam time. */
export function dayOf(ms: number): string {
  return isoOf(ms).slice(0, 10);
}

/** Epoch milliseconds of Vietnam midnight starting the day `YYYY-MM-DD`. */
export function vietnamMidnight(day: string): number {
  return Date.parse(`${day}T00:00:00+07:00`);
}

/** FNV-1a over a string: a fast, stable 32-bit hash for etags, fingerprints and derived seeds. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** FNV-1a over bytes. */
export function hashBytes(bytes: Uint8Array, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A seed for an independent random stream: the same data-set seed gives the same stream for each name. */
export function streamSeed(seed: number, name: string): number {
  return hashString(name, (seed ^ 0x9e3779b9) >>> 0);
}

/** JSON with object keys sorted, so that equal values always serialise the same way. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** `value` without the properties whose value is `undefined` (for `exactOptionalPropertyTypes`). */
export function compact<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) result[key] = item;
  return result as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** Base64url of a UTF-8 string (cursors). */
export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The UTF-8 string of a base64url text, or `undefined` when it is not base64url. */
export function fromBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}
