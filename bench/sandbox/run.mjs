// Sandbox throughput (issue 18): list requests per second and latency at 10 connections, the mocks' sandbox
// against a bare node:http server sending the very bytes of the sandbox's answer (the anchor: what Node alone
// costs). Each server runs in its own process; the load generator (keep-alive, 10 requests in flight) runs here.
// Rounds alternate the two; the ratio is the median of per-round ratios. Prism (`@stoplight/prism-cli`) is the
// issue's other anchor and is not in this run (see BENCHMARKS.md).
//   pnpm --filter @chinhquyenso/bench bench:sandbox      (build @chinhquyenso/mocks first)
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fmt, median, percentile } from "../lib/stats.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
const PATH = "/v1/dossiers?limit=20";
const HEADERS = { authorization: "Bearer bench-token" };

function start(args) {
  const child = spawn(process.execPath, [path.join(here, "server.mjs"), ...args], {
    cwd: here,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`server ${args[0]} exited with ${code}`)));
    child.stdout.once("data", (chunk) => resolve({ url: String(chunk).trim(), child }));
  });
}

function get(agent, url) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(`${url}${PATH}`, { agent, headers: HEADERS }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode,
          type: response.headers["content-type"],
          body: Buffer.concat(chunks),
          ms: performance.now() - started,
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

async function load(url) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies = [];
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        const result = await get(agent, url);
        if (result.status !== 200) throw new Error(`${url}: status ${result.status}`);
        latencies.push(result.ms);
      }
    }),
  );
  agent.destroy();
  return { rps: latencies.length / SECONDS, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

const loadAtStart = os.loadavg()[0];
const sandbox = await start(["sandbox"]);
const sample = await get(new Agent(), sandbox.url);
if (sample.status !== 200) throw new Error(`sandbox answered ${sample.status}: ${sample.body}`);
const bodyFile = path.join(os.tmpdir(), `cqs-sandbox-bench-${process.pid}.json`);
writeFileSync(bodyFile, sample.body);
const bare = await start(["bare", bodyFile, String(sample.type)]);
const results = { sandbox: [], bare: [], ratio: [], load: [] };
try {
  await load(sandbox.url); // warm-up
  await load(bare.url);
  for (let round = 0; round < ROUNDS; round++) {
    results.load.push(os.loadavg()[0]);
    process.stderr.write(`round ${round + 1}/${ROUNDS} (load ${os.loadavg()[0].toFixed(2)})\n`);
    const order = round % 2 ? ["bare", "sandbox"] : ["sandbox", "bare"];
    const measured = {};
    for (const name of order) measured[name] = await load(name === "sandbox" ? sandbox.url : bare.url);
    results.sandbox.push(measured.sandbox);
    results.bare.push(measured.bare);
    results.ratio.push(measured.bare.rps / measured.sandbox.rps);
  }
} finally {
  sandbox.child.kill();
  bare.child.kill();
}
const med = (list, key) => median(list.map((entry) => entry[key]));
const underLoad = Math.max(...results.load) > 1.5;
const report = [
  "# Sandbox throughput (issue 18)",
  "",
  "Command: `pnpm --filter @chinhquyenso/bench bench:sandbox` (after `pnpm turbo run build --filter=@chinhquyenso/mocks`)",
  "",
  `Machine: ${os.cpus()[0]?.model.trim()}, ${os.cpus().length} cores, Node ${process.versions.node}; load average (1 min) ${fmt(loadAtStart, 2)} at start, per round ${fmt(Math.min(...results.load), 2)}–${fmt(Math.max(...results.load), 2)}${underLoad ? " — **taken under load** (shared machine)" : ""}; ${ROUNDS} rounds of ${SECONDS} s per server, ${CONNECTIONS} requests in flight.`,
  "",
  `\`GET ${PATH}\` (${fmt(sample.body.length / 1024, 1)} kB of JSON):`,
  "",
  "| server | req/s | p50 | p99 | budget | result |",
  "|---|---:|---:|---:|---:|---|",
  `| sandbox (\`@chinhquyenso/mocks\` \`startSandbox\`, default data set) | ${fmt(med(results.sandbox, "rps"), 0)} | ${fmt(med(results.sandbox, "p50"), 1)} ms | ${fmt(med(results.sandbox, "p99"), 1)} ms | p99 ≤ 50 ms | ${med(results.sandbox, "p99") <= 50 ? "pass" : "**FAIL**"} |`,
  `| bare \`node:http\`, the same bytes (anchor) | ${fmt(med(results.bare, "rps"), 0)} | ${fmt(med(results.bare, "p50"), 1)} ms | ${fmt(med(results.bare, "p99"), 1)} ms | | |`,
  `| bare / sandbox (median of per-round ratios) | ${fmt(median(results.ratio), 1)}× | | | | |`,
  "| Prism (`@stoplight/prism-cli`) on the same spec | not measured | | | sandbox ≥ 3× Prism | **not measured** |",
  "",
].join("\n");
process.stdout.write(report);
if (!process.env.BENCH_NO_WRITE) writeFileSync(path.join(here, "../results/sandbox.md"), report);
