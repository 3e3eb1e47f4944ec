import { readFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

// package.json "exports" is the one list of entry points: "." and one per widget (`./DossierQueue` is built from
// src/DossierQueue/index.ts) are client components; "./server" is for React Server Components.
const manifest = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  exports: Record<string, unknown>;
};
const clientEntries = Object.fromEntries(
  Object.entries(manifest.exports)
    .filter(([subpath, target]) => typeof target === "object" && subpath !== "./server")
    .map(([subpath]) => {
      const name = subpath === "." ? "index" : subpath.slice(2);
      return [name, name === "index" ? "src/index.ts" : `src/${name}/index.ts`];
    }),
);

const shared = {
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  target: "es2022",
  // The build script empties dist/ first: two configs building at once must not clean each other's files.
  clean: false,
  // Stylesheets ship as dist/styles.css (scripts/build-css.mjs); components never import CSS.
  external: ["react", "react-dom", "react/jsx-runtime"],
} satisfies Options;

export default defineConfig([
  {
    ...shared,
    // Shared chunks in both formats, so every entry sees one provider context, also under require(). The
    // "use client" directive is put on each entry file afterwards (scripts/use-client.mjs): esbuild drops it.
    entry: clientEntries,
    splitting: true,
  },
  {
    ...shared,
    // Its own bundle, tree-shaken on its own: split chunks shared with the client entries would load
    // client-only modules (contexts) on the server. scripts/use-client.mjs checks what it imports.
    entry: { server: "src/server/index.ts" },
    splitting: false,
  },
]);
