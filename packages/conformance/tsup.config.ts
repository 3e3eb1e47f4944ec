import { defineConfig } from "tsup";

// The library entry (runConformance, the reporters, the contract validator) and the command (`bin`, ESM only).
const entry = { index: "src/index.ts" };

export default defineConfig({
  entry: { ...entry, cli: "src/cli.ts" },
  format: ["esm", "cjs"],
  dts: { entry },
  sourcemap: true,
  clean: true,
  target: "es2022",
});
