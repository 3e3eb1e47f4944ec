// In Chromium: jsdom's Web Crypto and Blob come from different realms.
import { afterEach, describe, expect, it, vi } from "vitest";
import { sha256Hex } from "./sha256";

describe("sha256Hex", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("hashes the bytes of a file (the NIST vector for 'abc')", async () => {
    expect(await sha256Hex(new Blob(["abc"]))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });

  it("gives undefined, not an error, where Web Crypto is missing (a plain-http page)", async () => {
    vi.stubGlobal("crypto", { getRandomValues: crypto.getRandomValues.bind(crypto) });
    expect(globalThis.crypto.subtle).toBeUndefined();
    expect(await sha256Hex(new Blob(["abc"]))).toBeUndefined();
  });
});
