// Bundle size (esbuild minify + gzip, as size-limit measures) of the built client, with ky and openapi-fetch as
// anchors measured in the same run. Run after `build`: pnpm --filter @chinhquyenso/client bench:size
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(path.join(tmpdir(), "cqs-bench-size-"));
// The stream chunk is fetched by import() on the first stream() call; "up front" leaves it out, as an app's bundler does.
const lazy = {
  name: "lazy",
  setup(b) {
    b.onResolve({ filter: /^\.\/sse-\w+\.js$/ }, (args) =>
      args.kind === "dynamic-import" ? { path: args.path, external: true } : undefined,
    );
  },
};

async function size(label, source, { upFront = false } = {}) {
  const entry = path.join(work, `${label.replace(/\W+/g, "-")}.mjs`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    minify: true,
    write: false,
    absWorkingDir: root,
    nodePaths: [path.join(root, "node_modules")],
    plugins: upFront ? [lazy] : [],
  });
  return { label, bytes: gzipSync(result.outputFiles[0].contents, { level: 9 }).length };
}

const dist = path.join(root, "dist/index.js");
try {
  const rows = [
    await size(
      "@chinhquyenso/client main entry, up front (ky included)",
      `export * from ${JSON.stringify(dist)};`,
      { upFront: true },
    ),
    await size(
      "@chinhquyenso/client main entry + lazy stream chunk",
      `export * from ${JSON.stringify(dist)};`,
    ),
    await size("ky 1.14.3 alone", `export { default } from "ky";`),
    await size("openapi-fetch 0.17 alone", `export { default } from "openapi-fetch";`),
    await size(
      "openapi-fetch 0.17 + ky 1.14.3",
      `export { default } from "openapi-fetch"; export { default as ky } from "ky";`,
    ),
  ];
  const anchor = rows[4].bytes;
  console.log("| bundle (esbuild minify + gzip -9) | bytes | vs openapi-fetch + ky |");
  console.log("|---|---|---|");
  for (const row of rows)
    console.log(`| ${row.label} | ${row.bytes} | ${(row.bytes / anchor).toFixed(2)}× |`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
