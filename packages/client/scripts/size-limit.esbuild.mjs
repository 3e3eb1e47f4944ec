// esbuild config for the size-limit check of the main entry as an app loads it up front: the lazy chunks
// that dist/index.js fetches with import() (stream, pages, files, hook payloads) stay external, as an app's
// bundler splits them. size-limit.all.esbuild.mjs counts everything.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const lazyChunks = {
  name: "lazy-chunks-external",
  setup(build) {
    build.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) =>
      args.kind === "dynamic-import" ? { path: args.path, external: true } : undefined,
    );
  },
};

export const base = {
  entryPoints: [path.resolve(import.meta.dirname, "../dist/index.js")],
  bundle: true,
  format: "esm",
  minify: true,
  treeShaking: true,
  write: true,
  outdir: mkdtempSync(path.join(tmpdir(), "cqs-size-limit-")),
  // Lazy chunks import shared chunks for ordering only; esbuild warns that it drops those bare imports.
  logLevel: "error",
};

export default { ...base, plugins: [lazyChunks] };
