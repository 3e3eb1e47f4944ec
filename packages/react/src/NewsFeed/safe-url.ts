/**
 * A URL that is safe to put in `href` or `src`: an absolute http(s) URL, or a path on the same site (`/tin/12`).
 * Anything else — `javascript:`, `data:`, `//other.host`, `/\other.host`, relative paths, non-strings — gives
 * undefined, and the caller renders plain text (or no image) instead.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (text === "") return undefined;
  // A single leading slash: same-site path. "//x" and "/\x" are protocol-relative to another host in browsers.
  if (text.startsWith("/")) return /^\/(?![/\\])/.test(text) && !hasControlCharacter(text) ? text : undefined;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) < 0x20) return true;
  return false;
}
