// Bundle size (esbuild minify + gzip -9, as size-limit measures) of the built client, with ky and openapi-fetch as
// anchors measured in the same run, then where the up-front bytes go, per source module. Run after `build`:
//   pnpm --filter @chinhquyenso/client bench:size
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { attribute } from "./lib/attribute.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(path.join(tmpdir(), "cqs-bench-size-"));
// Lazy chunks (stream, pages, files, hook payloads) are fetched by import() on first use; "up front" leaves them
// out, as an app's bundler does.
const lazy = {
  name: "lazy",
  setup(b) {
    b.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) =>
      args.kind === "dynamic-import" ? { path: args.path, external: true } : undefined,
    );
  },
};

async function bundle(label, source, { upFront = false, sourcemap = false } = {}) {
  const entry = path.join(work, `${label.replace(/\W+/g, "-")}.mjs`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    minify: true,
    write: false,
    outdir: work,
    sourcemap: sourcemap ? "external" : false,
    absWorkingDir: root,
    nodePaths: [path.join(root, "node_modules")],
    plugins: upFront ? [lazy] : [],
    // Lazy chunks import shared chunks for ordering only; esbuild warns that it drops those bare imports.
    logLevel: "error",
  });
  const output = (extension) => result.outputFiles.find((file) => file.path.endsWith(extension));
  const code = output(".js").text;
  return {
    label,
    code,
    map: sourcemap ? JSON.parse(output(".map").text) : undefined,
    bytes: gzipSync(code, { level: 9 }).length,
  };
}

// Sources as the dist's own source maps name them: ../src/runtime/transport.ts, ../node_modules/ky/…
const moduleOf = (source) =>
  source.includes("node_modules/ky/")
    ? "ky 1.14.3 (all its modules)"
    : source.includes("node_modules/")
      ? source.replace(/.*node_modules\//, "")
      : `src/${source.split("/src/").pop()}`;

const dist = path.join(root, "dist/index.js");
try {
  const main = await bundle("main", `export * from ${JSON.stringify(dist)};`, {
    upFront: true,
    sourcemap: true,
  });
  main.label = "@chinhquyenso/client main entry, up front (ky included)";
  const rows = [
    main,
    await bundle(
      "@chinhquyenso/client main entry + every lazy chunk (stream, pages, files, hook payloads)",
      `export * from ${JSON.stringify(dist)};`,
    ),
    await bundle("ky 1.14.3 alone", `export { default } from "ky";`),
    await bundle("openapi-fetch 0.17 alone", `export { default } from "openapi-fetch";`),
    await bundle(
      "openapi-fetch 0.17 + ky 1.14.3",
      `export { default } from "openapi-fetch"; export { default as ky } from "ky";`,
    ),
  ];
  const anchor = rows[4].bytes;
  console.log("| bundle (esbuild minify + gzip -9) | bytes | vs openapi-fetch + ky |");
  console.log("|---|---|---|");
  for (const row of rows)
    console.log(`| ${row.label} | ${row.bytes} | ${(row.bytes / anchor).toFixed(2)}× |`);

  console.log(`\nWhere the ${main.bytes} up-front bytes go (gzip: what removing the module's code saves):\n`);
  console.log("| module | minified bytes | gzip bytes |");
  console.log("|---|---|---|");
  for (const row of attribute(main.code, main.map, moduleOf))
    console.log(`| ${row.group} | ${row.bytes} | ${row.gzip} |`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
