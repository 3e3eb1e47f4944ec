import { defineConfig } from "tsup";

// Three entry points: the browser-safe main entry (data set, store, msw handlers), the Node-only sandbox server
// (`@chinhquyenso/mocks/sandbox`) and the seed vocabulary (`@chinhquyenso/mocks/seed`). `cli` is the
// `chinhquyenso-mocks` command; package.json's `bin` points at its ESM build.
const entry = {
  index: "src/index.ts",
  "sandbox/index": "src/sandbox/index.ts",
  "seed/index": "src/seed/index.ts",
};

export default defineConfig({
  entry: { ...entry, cli: "src/cli.ts" },
  format: ["esm", "cjs"],
  dts: { entry },
  sourcemap: true,
  clean: true,
  target: "es2022",
});
