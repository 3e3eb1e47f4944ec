// Every benchmark of issue 8, one after the other on a quiet machine, each writing its Markdown table under
// bench/results/ (BENCHMARKS.md at the root summarises them). Builds what it measures first.
//   pnpm --filter @chinhquyenso/bench bench
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const results = path.join(here, "results");
mkdirSync(results, { recursive: true });

function step(title, command, args, cwd, outputFile) {
  process.stdout.write(`\n▶ ${title}: ${command} ${args.join(" ")} (load ${os.loadavg()[0].toFixed(2)})\n`);
  const run = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", outputFile ? "pipe" : "inherit", "inherit"],
  });
  if (run.status !== 0) {
    process.stderr.write(`✖ ${title} failed (exit ${run.status})\n`);
    process.exit(1);
  }
  if (outputFile) {
    const header = `<!-- written by \`pnpm --filter @chinhquyenso/bench bench\`: ${command} ${args.join(" ")} -->\n`;
    writeFileSync(path.join(results, outputFile), header + run.stdout);
    process.stdout.write(run.stdout);
  }
}

const pnpm = process.platform === "win32" ? "pnpm.cmd" : "pnpm";
step("build", pnpm, ["turbo", "run", "build", "--output-logs=errors-only"], root);
step("core: deadlines, search, sizes", pnpm, ["--filter", "@chinhquyenso/core", "bench"], root, "core.md");
step("client: bundle size", pnpm, ["--filter", "@chinhquyenso/client", "bench:size"], root, "client-size.md");
step("client: type cost", pnpm, ["--filter", "@chinhquyenso/client", "bench:types"], root, "client-types.md");
step("client: request overhead", "node", ["client-overhead.mjs"], here);
step("widgets in Chromium", "node", ["widgets/run.mjs"], here);
step("server rendering", "node", ["ssr.mjs"], here);
step("sandbox throughput", "node", ["sandbox/run.mjs"], here);
process.stdout.write(
  `\n✔ results in ${path.relative(process.cwd(), results)}/ (load ${os.loadavg()[0].toFixed(2)})\n`,
);
