import { defineConfig } from "vitest/config";

// End-to-end tests: Node drives Debian's Chromium (playwright-core) against the built app and a real sandbox.
// Timeouts are generous because the machine is shared; no test sleeps for a fixed time, each waits for a state.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A flaky failure must be seen, not retried away.
    retry: 0,
  },
});
