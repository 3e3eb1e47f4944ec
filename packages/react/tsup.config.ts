import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  // Stylesheets ship as dist/styles.css (scripts/build-css.mjs); components never import CSS.
  external: ["react", "react-dom", "react/jsx-runtime"],
});
