import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "conformance",
    environment: "node",
    include: ["src/**/*.test.ts"],
    // Runs of the kit talk to real servers over loopback on a loaded 2-core machine; time is not what they test.
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
