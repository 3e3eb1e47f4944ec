import { defineConfig } from "vitest/config";

// The whole suite runs three times, with the host in Vietnam, UTC and New York: results must not depend on
// the host's time zone. src/time-zone.test.ts fails if a project's TZ did not actually apply.
const TIME_ZONES = ["Asia/Ho_Chi_Minh", "UTC", "America/New_York"];
// Tests that never read a clock or a date run once, in the first zone: three runs would only triple their cost.
const ZONE_FREE = ["src/text/search-equivalence.test.ts"];

export default defineConfig({
  test: {
    projects: TIME_ZONES.map((zone, index) => ({
      test: {
        name: `core TZ=${zone}`,
        environment: "node",
        // Files share a worker per project: they keep no global state, and start-up dominated the run.
        isolate: false,
        include: ["src/**/*.test.ts"],
        exclude: index === 0 ? [] : ZONE_FREE,
        env: { TZ: zone, CQS_EXPECTED_TZ: zone },
      },
    })),
  },
});
