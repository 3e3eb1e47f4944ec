/**
 * A fresh UUID v4 for the `Idempotency-Key` of one user intent (every widget's writes use this one helper).
 * `crypto.randomUUID` exists only in secure contexts (https, localhost); intranet pages served over plain http
 * get a key built from `crypto.getRandomValues`, which exists everywhere — as the client does for its own keys.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // variant 10xx
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
