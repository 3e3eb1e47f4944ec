/**
 * A v4 UUID built from `crypto.getRandomValues`, which exists everywhere. For intranet pages served over plain http:
 * `crypto.randomUUID` exists only in secure contexts (https, localhost).
 */
export const uuid = (): string =>
  // Each 0/1/8 of the template becomes a random hex digit; 4 (version) stays, 8 keeps the variant bits 10xx.
  "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (digit) =>
    (+digit ^ ((crypto.getRandomValues(new Uint8Array(1))[0] as number) & (15 >> (+digit / 4)))).toString(16),
  );

/**
 * The Idempotency-Key of a write: a v4 UUID from crypto.randomUUID, or from the fallback above where it is missing.
 * The fallback is in the main entry anyway (exported as `newIdempotencyKey`), so it is not a lazy chunk.
 */
export const newIdempotencyKey = (): string => crypto.randomUUID?.() ?? uuid();
