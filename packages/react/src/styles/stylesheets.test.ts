import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// What every widget stylesheet owes the pages that embed it. Government sites often send a strict
// Content-Security-Policy (`img-src 'self'`, no `data:`): a url() in a widget's CSS, even a data: URI, would be
// blocked there, and whatever it drew (an icon, a pattern) would silently vanish. Widgets draw with CSS and
// inline markup only.
const root = path.join(__dirname, "..");
const stylesheets = readdirSync(root, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".css"))
  .map((file) => ({
    file,
    css: readFileSync(path.join(root, file), "utf8").replace(/\/\*[\s\S]*?\*\//g, ""),
  }));

describe("widget stylesheets", () => {
  it("are all found", () => {
    expect(stylesheets.map(({ file }) => path.basename(file))).toEqual(
      expect.arrayContaining(["tokens.css", "base.css", "document-inbox.css", "dossier-queue.css"]),
    );
  });

  it("load nothing: no url() and no @import, which a strict Content-Security-Policy would block", () => {
    for (const { file, css } of stylesheets) {
      expect(css, file).not.toMatch(/url\s*\(/i);
      expect(css, file).not.toMatch(/@import/i);
    }
  });
});
