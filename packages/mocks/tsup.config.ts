import { defineConfig } from "tsup";

export default defineConfig({
  // `cli` is the `chinhquyenso-mocks` command; package.json's `bin` points at its ESM build.
  entry: { index: "src/index.ts", cli: "src/cli.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
});
