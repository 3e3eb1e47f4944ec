// ComplaintThread's bench now lives in the one widget harness, bench/widgets (built package, production React,
// Debian's Chromium, the same bare-list anchor, plus scrolling and heap): this script only runs it.
// Run: pnpm --filter @chinhquyenso/react bench  (= pnpm --filter @chinhquyenso/bench bench:widgets)
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const harness = path.resolve(here, "../../../../../bench/widgets/run.mjs");
const result = spawnSync(process.execPath, [harness], { stdio: "inherit" });
process.exit(result.status ?? 1);
