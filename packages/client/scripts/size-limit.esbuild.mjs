// esbuild config for the size-limit check of the main entry as an app loads it up front: the stream chunk
// that dist/index.js fetches with import() on the first stream() call stays external (an app's bundler
// splits it the same way). Another check counts everything.
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

export default {
  entryPoints: [path.resolve(import.meta.dirname, "../dist/index.js")],
  bundle: true,
  format: "esm",
  minify: true,
  treeShaking: true,
  write: true,
  outdir: mkdtempSync(path.join(tmpdir(), "cqs-size-limit-")),
  plugins: [lazyChunks],
};
