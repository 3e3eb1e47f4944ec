import { afterEach, describe, expect, it, vi } from "vitest";
// The helper is the client's (re-exported): tested here as every widget uses it.
import { newIdempotencyKey } from "./idempotencyKey";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => vi.unstubAllGlobals());

describe("newIdempotencyKey", () => {
  it("makes distinct UUID v4 strings the contract accepts (8–128 characters)", () => {
    const keys = new Set(Array.from({ length: 200 }, newIdempotencyKey));
    expect(keys.size).toBe(200);
    for (const key of keys) expect(key).toMatch(UUID_V4);
  });

  it("works without crypto.randomUUID, as on an intranet page served over plain http", () => {
    const real = globalThis.crypto;
    const getRandomValues = vi.fn(<T extends Uint8Array>(array: T) => real.getRandomValues(array));
    // Not a secure context: the browser exposes getRandomValues but no randomUUID.
    vi.stubGlobal("crypto", { getRandomValues });
    expect(globalThis.crypto.randomUUID).toBeUndefined();
    const keys = new Set(Array.from({ length: 200 }, newIdempotencyKey));
    expect(keys.size).toBe(200);
    for (const key of keys) expect(key).toMatch(UUID_V4);
    expect(getRandomValues.mock.calls.length).toBeGreaterThanOrEqual(200);
  });
});
