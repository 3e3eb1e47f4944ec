import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "mocks",
    environment: "node",
    include: ["src/**/*.test.ts"],
    // Many tests generate a data set and talk to a real sandbox over loopback; under a loaded CI machine (turbo
    // runs packages in parallel on 2 cores) the default 5 s is too short. Durations are not what they test.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
