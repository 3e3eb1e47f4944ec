// Consumer tests from packed tarballs: what department developers actually install.
//   1. pnpm pack every package (workspace: ranges become real versions);
//   2. npm install the tarballs into throwaway consumers, built for production, in parallel (browser checks
//      take turns): a React 19 + Vite app and a React 18 + Vite app (with server rendering of every widget,
//      CommonJS and ES module scripts, TypeScript samples, the mocks' sandbox command), a Next.js App Router app,
//      a React Router 7 framework-mode app against the sandbox, and the conformance kit's command against the
//      sandbox's command.
// `node scripts/consumers/run.mjs next react-router` runs only those consumers (vite, next, react-router,
// conformance).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { conformanceConsumer } from "./lib/conformance.mjs";
import { nextConsumer } from "./lib/next.mjs";
import { packAll } from "./lib/pack.mjs";
import { reactRouterConsumer } from "./lib/react-router.mjs";
import { viteConsumers } from "./lib/vite.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const CONSUMERS = {
  vite: viteConsumers,
  next: nextConsumer,
  "react-router": reactRouterConsumer,
  conformance: conformanceConsumer,
};

const only = process.argv.slice(2);
const unknown = only.filter((name) => !(name in CONSUMERS));
if (unknown.length > 0) {
  console.error(`✖ unknown consumer ${unknown.join(", ")}: pick from ${Object.keys(CONSUMERS).join(", ")}`);
  process.exit(2);
}
const chosen = only.length > 0 ? only : Object.keys(CONSUMERS);
const work = mkdtempSync(path.join(tmpdir(), "cqs-consumers-"));
const started = performance.now();

try {
  console.log(`packing the packages into ${work}`);
  const tarballs = packAll(root, work);
  const context = { fixtures: path.join(here, "fixtures"), work, tarballs };
  const results = await Promise.allSettled(
    chosen.map(async (name) => {
      const since = performance.now();
      await CONSUMERS[name](context);
      console.log(`✔ ${name} consumers (${((performance.now() - since) / 1000).toFixed(1)} s)`);
    }),
  );
  const failures = results.filter((result) => result.status === "rejected").map((result) => result.reason);
  if (failures.length > 0) throw new Error(failures.map((error) => error.message).join("\n✖ "));
  console.log(`✔ consumer tests passed (${((performance.now() - started) / 1000).toFixed(1)} s)`);
} catch (error) {
  console.error(`✖ ${error.message}`);
  process.exitCode = 1;
} finally {
  // CQS_CONSUMERS_KEEP=1 keeps the installed consumers to look into a failure.
  if (process.env.CQS_CONSUMERS_KEEP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
