import { defineConfig } from "tsup";

const entry = {
  index: "src/index.ts",
  "query/index": "src/query/index.ts",
  "webhooks/index": "src/webhooks/index.ts",
  "uploads/index": "src/uploads/index.ts",
};

export default defineConfig([
  {
    entry,
    format: ["esm"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    treeshake: true,
  },
  {
    // ky ships ESM only: bundle it into the CommonJS build so require() works (attw alone does not catch it).
    entry,
    format: ["cjs"],
    dts: true,
    sourcemap: true,
    target: "es2022",
    treeshake: true,
    noExternal: ["ky"],
  },
]);
