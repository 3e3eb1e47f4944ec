// esbuild config factory for size-limit's "first load" checks: what an app's bundler puts in the chunk that
// loads with a widget, i.e. the widget's import from dist/index.js with every `import()` target (the lazy parts:
// the deadline picker, the upload core…) left external, as Vite/webpack/Rollup split them off. size-limit runs a
// `config` file as the whole esbuild config (its `import`/`ignore` do not apply), so the entry and the
// externals are set here. React and third-party @radix-ui/@tanstack stay external ("our code"), like the
// "our code" entries in package.json.
// A lower bound: esbuild splits per statement, so it counts in the lazy part code that Vite/Rollup/webpack keep
// in the first chunk because the eager part imports something else from the same module (core's dist is one
// module, so the calendar the deadline picker uses stays in the first load there). scripts/first-load-vite.mjs
// prints the figures a Vite app gets.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const packageRoot = path.resolve(import.meta.dirname, "../..");

const lazyPartsExternal = {
  name: "lazy-parts-external",
  setup(build) {
    build.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) =>
      args.kind === "dynamic-import" ? { path: args.path, external: true } : undefined,
    );
  },
};

/** @param {string} widget a named export of dist/index.js */
export function firstLoad(widget) {
  return {
    stdin: {
      contents: `export { ${widget} } from "./dist/index.js";`,
      resolveDir: packageRoot,
      loader: "js",
    },
    bundle: true,
    format: "esm",
    minify: true,
    treeShaking: true,
    write: true,
    outdir: mkdtempSync(path.join(tmpdir(), `cqs-first-load-${widget}-`)),
    external: ["react", "react-dom", "react/jsx-runtime", "@radix-ui/*", "@tanstack/*"],
    plugins: [lazyPartsExternal],
    // Lazy chunks import shared chunks for ordering only; esbuild warns that it drops those bare imports.
    logLevel: "error",
  };
}
