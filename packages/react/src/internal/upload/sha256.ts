// SHA-256 of a file in the browser, with Web Crypto. `crypto.subtle` exists only in secure contexts (https, or
// localhost): on an intranet page served over plain http it is missing. Then no hash is computed and the upload
// goes without one (the contract's `sha256` is optional; the platform still hashes what it stored and answers
// with it) — the widget says so rather than failing. A pure-JS fallback (e.g. @noble/hashes) would cost ~3 kB
// for pages that should move to https anyway.

/** Lowercase hex SHA-256 of the bytes, or `undefined` where Web Crypto is unavailable (plain-http pages). */
export async function sha256Hex(blob: Blob): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = new Uint8Array(await subtle.digest("SHA-256", await blob.arrayBuffer()));
  let hex = "";
  for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
