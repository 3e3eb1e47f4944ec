// What an app built with Vite loads first for one widget import, and what it fetches later (its lazy chunks).
// The size-limit "first load" entries use esbuild, which splits code per statement: it can move into a lazy
// chunk code that Vite (Rolldown), Rollup and webpack keep in the first chunk, because they place a whole
// module in one chunk (core's dist is one module: the calendar a lazy picker uses stays in the first load when
// the eager part imports anything from core). This prints the Vite figures beside them.
// Usage: node scripts/first-load-vite.mjs [Widget …]   (after `pnpm turbo run build --filter=@chinhquyenso/react...`)
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const widgets = process.argv.slice(2);
const root = mkdtempSync(path.join(tmpdir(), "cqs-first-load-vite-"));
const distIndex = path.resolve(import.meta.dirname, "../dist/index.js");
for (const widget of widgets.length > 0 ? widgets : ["DossierQueue", "DossierDetail", "DossierActions"]) {
  const entry = path.join(root, `${widget}.js`);
  writeFileSync(entry, `export { ${widget} } from ${JSON.stringify(distIndex)};\n`);
  const result = await build({
    configFile: false,
    logLevel: "silent",
    root,
    build: {
      write: false,
      minify: true,
      rollupOptions: {
        input: entry,
        preserveEntrySignatures: "exports-only",
        external: [/^react(-dom)?(\/|$)/, /^@radix-ui\//, /^@tanstack\//],
      },
    },
  });
  const chunks = new Map(
    (Array.isArray(result) ? result : [result])
      .flatMap((r) => r.output)
      .filter((o) => o.type === "chunk")
      .map((o) => [o.fileName, o]),
  );
  // The first load: the entry chunk and every chunk it imports statically; the rest is fetched on demand.
  const first = new Set();
  const visit = (name) => {
    if (first.has(name)) return;
    first.add(name);
    for (const imported of chunks.get(name)?.imports ?? []) if (chunks.has(imported)) visit(imported);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  const gz = (names) => names.reduce((sum, name) => sum + gzipSync(chunks.get(name).code).length, 0) / 1000;
  const lazy = [...chunks.keys()].filter((name) => !first.has(name));
  console.log(
    `${widget}\tfirst load ${gz([...first]).toFixed(2)} kB gz (${first.size} chunks)\tlazy ${gz(lazy).toFixed(2)} kB gz (${lazy.join(", ") || "none"})`,
  );
}
