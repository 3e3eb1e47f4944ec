#!/usr/bin/env node
// The two README commands (also the everyday ones):
//   npm run demo   → sandbox API + example dashboard + Storybook on printed local URLs
//   npm test       → lint, typecheck, build, unit/browser tests, stories as tests, packaging checks
// Each first installs what it needs: pnpm at the pinned version, dependencies, Chromium for browser tests.
import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { demo } from "./lib/demo.mjs";
import { checkNode, ensureChromium, ensurePnpm, installDependencies, root } from "./lib/preflight.mjs";
import { fatal, ok, reportAndExit, seconds, step } from "./lib/ui.mjs";

const USAGE = "usage: node scripts/cqs.mjs <test|demo> [--check]   (npm test, npm run demo)";

// Turbo, Storybook and friends must not phone home: the machines have no network beyond the registries.
Object.assign(process.env, {
  TURBO_TELEMETRY_DISABLED: "1",
  TURBO_NO_UPDATE_NOTIFIER: "1",
  STORYBOOK_DISABLE_TELEMETRY: "1",
  DO_NOT_TRACK: "1",
});

/** Every task of the test command, run by turbo with its cache (a second run without changes is quick). */
const TEST_TASKS = [
  "lint",
  "test:architecture",
  "build",
  "typecheck",
  "test",
  "check:package",
  "build:storybook",
  "test:storybook",
  "test:demo",
  "test:e2e",
  "test:consumers",
  "test:readme",
  "test:release",
  "test:workflows",
];

/**
 * How many turbo tasks run at once. Turbo's default is 10: on a 2-core machine that starts the browser tests, the
 * stories, the end-to-end tests and the consumer apps together, and their Chromiums fight over two cores (README,
 * "Figures"). Two tasks per core keeps both cores busy while one task waits on I/O. CQS_TEST_CONCURRENCY overrides.
 */
const concurrency = process.env.CQS_TEST_CONCURRENCY ?? String(2 * availableParallelism());

function test() {
  ensureChromium();
  const started = performance.now();
  step(`running ${TEST_TASKS.join(", ")}`);
  const turbo = spawnSync(
    "pnpm",
    [
      "exec",
      "turbo",
      "run",
      ...TEST_TASKS,
      "--output-logs=errors-only",
      "--continue=dependencies-successful",
      `--concurrency=${concurrency}`,
    ],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  if (turbo.status !== 0) fatal("tests failed: see the task output above");
  ok(`all tests passed (${seconds(started)})`);
}

async function main() {
  const [command, ...flags] = process.argv.slice(2);
  if (command !== "test" && command !== "demo")
    fatal(command ? `unknown command "${command}" — ${USAGE}` : USAGE);
  const unknown = flags.filter((flag) => flag !== "--check");
  if (unknown.length > 0 || (command === "test" && flags.length > 0))
    fatal(`unknown option ${flags.join(" ")} — ${USAGE}`);

  checkNode();
  ensurePnpm();
  installDependencies();
  if (command === "test") {
    test();
    return;
  }
  const build = spawnSync(
    "pnpm",
    [
      "exec",
      "turbo",
      "run",
      "build",
      "build:storybook",
      "--filter=./packages/*",
      "--filter=//",
      "--output-logs=errors-only",
      "--continue=dependencies-successful",
    ],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  if (build.status !== 0) fatal("building the packages or Storybook failed: see the output above");
  await demo({ check: flags.includes("--check") });
}

main().catch(reportAndExit);
