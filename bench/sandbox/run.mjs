// Sandbox throughput (issue 18): list requests per second and latency at 10 connections, the mocks' sandbox
// against its two anchors — Prism (`@stoplight/prism-cli`, a static mock of the same bundled spec: what a
// contract mock without state costs) and a bare node:http server sending the very bytes of the sandbox's
// answer (what Node alone costs). Each server runs in its own process; the load generator (keep-alive, 10
// requests in flight) runs here. Rounds rotate the order of the servers; ratios are medians of per-round ratios.
//   pnpm --filter @chinhquyenso/bench bench:sandbox      (build @chinhquyenso/mocks and @chinhquyenso/spec first)
//   BENCH_SIZE=20000 … bench:sandbox                     (a larger data set: the sandbox's own work grows, Prism's not)
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fmt, median, percentile } from "../lib/stats.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const SIZE = process.env.BENCH_SIZE ? Number(process.env.BENCH_SIZE) : undefined;
const CONNECTIONS = 10;
const PATH = "/v1/dossiers?limit=20";
// The default officer (`DEFAULT_TOKENS.officer`): unknown tokens are refused by the sandbox.
const HEADERS = { authorization: "Bearer sbx-officer" };
const SPEC = require.resolve("@chinhquyenso/spec/openapi.json");
const PRISM = require.resolve("@stoplight/prism-cli/dist/index.js");
const PRISM_VERSION = require("@stoplight/prism-cli/package.json").version;

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

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Prism on the bundled spec, static examples, no request logging; resolves once it answers the bench's request. */
async function startPrism() {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [PRISM, "mock", SPEC, "--host", "127.0.0.1", "--port", String(port), "--verboseLevel", "silent"],
    { cwd: here, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  let exited = null;
  child.once("exit", (code) => {
    exited = code;
  });
  const url = `http://127.0.0.1:${port}`;
  const until = performance.now() + 120_000;
  for (;;) {
    if (exited !== null) throw new Error(`prism exited with ${exited}: ${stderr.trim()}`);
    const answer = await get(new Agent(), url).catch(() => null);
    if (answer?.status === 200) return { url, child, sample: answer };
    if (answer) throw new Error(`prism answered ${answer.status}: ${answer.body}`);
    if (performance.now() > until) throw new Error(`prism did not answer in 120 s: ${stderr.trim()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
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
const sandbox = await start(SIZE ? ["sandbox", String(SIZE)] : ["sandbox"]);
const servers = { sandbox };
const results = { sandbox: [], bare: [], prism: [], overBare: [], overPrism: [], load: [] };
let prismError = null;
try {
  const sample = await get(new Agent(), sandbox.url);
  if (sample.status !== 200) throw new Error(`sandbox answered ${sample.status}: ${sample.body}`);
  const bodyFile = path.join(os.tmpdir(), `cqs-sandbox-bench-${process.pid}.json`);
  writeFileSync(bodyFile, sample.body);
  servers.bare = await start(["bare", bodyFile, String(sample.type)]);
  try {
    servers.prism = await startPrism();
  } catch (error) {
    prismError = error.message;
    process.stderr.write(`Prism could not run: ${prismError}\n`);
  }
  const names = Object.keys(servers);
  for (const name of names) await load(servers[name].url); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    results.load.push(os.loadavg()[0]);
    process.stderr.write(`round ${round + 1}/${ROUNDS} (load ${os.loadavg()[0].toFixed(2)})\n`);
    const order = names.map((_, index) => names[(index + round) % names.length]);
    const measured = {};
    for (const name of order) measured[name] = await load(servers[name].url);
    for (const name of names) results[name].push(measured[name]);
    results.overBare.push(measured.bare.rps / measured.sandbox.rps);
    if (measured.prism) results.overPrism.push(measured.sandbox.rps / measured.prism.rps);
  }
  results.sampleBytes = sample.body.length;
} finally {
  for (const server of Object.values(servers)) server.child.kill();
}
const med = (list, key) => median(list.map((entry) => entry[key]));
const underLoad = Math.max(...results.load) > 1.5;
const sandboxP99 = med(results.sandbox, "p99");
const overPrism = results.overPrism.length ? median(results.overPrism) : null;
const row = (label, list) =>
  `| ${label} | ${fmt(med(list, "rps"), 0)} | ${fmt(med(list, "p50"), 1)} ms | ${fmt(med(list, "p99"), 1)} ms |`;
const report = [
  "# Sandbox throughput (issue 18)",
  "",
  "Command: `pnpm --filter @chinhquyenso/bench bench:sandbox` (after `pnpm turbo run build --filter=@chinhquyenso/mocks`)" +
    (SIZE ? ` with \`BENCH_SIZE=${SIZE}\`` : ""),
  "",
  `Machine: ${os.cpus()[0]?.model.trim()}, ${os.cpus().length} cores, Node ${process.versions.node}; load average (1 min) ${fmt(loadAtStart, 2)} at start, per round ${fmt(Math.min(...results.load), 2)}–${fmt(Math.max(...results.load), 2)}${underLoad ? " — **taken under load** (shared machine)" : ""}; ${ROUNDS} rounds of ${SECONDS} s per server (order rotated each round), ${CONNECTIONS} requests in flight, keep-alive.`,
  "",
  `\`GET ${PATH}\` as the default officer (\`sbx-officer\`); the sandbox's data set: ${SIZE ? `${SIZE} dossiers` : "default (200 dossiers)"}, answer ${fmt(results.sampleBytes / 1024, 1)} kB of JSON. Prism ${PRISM_VERSION} answers the contract's static example (one dossier) and keeps no state.`,
  "",
  "| server | req/s | p50 | p99 |",
  "|---|---:|---:|---:|",
  row("sandbox (`@chinhquyenso/mocks` `startSandbox`)", results.sandbox),
  results.prism.length
    ? row(`Prism ${PRISM_VERSION} (\`prism mock\`, same bundled spec; anchor)`, results.prism)
    : `| Prism (\`@stoplight/prism-cli\`) | could not run: ${prismError} | | |`,
  row("bare `node:http`, the sandbox's bytes (anchor)", results.bare),
  "",
  "| budget | measured | result |",
  "|---|---:|---|",
  `| sandbox req/s ≥ 3× Prism (median of per-round ratios) | ${overPrism === null ? "not measured" : `${fmt(overPrism, 2)}×`} | ${overPrism === null ? "**not measured**" : overPrism >= 3 ? "pass" : "**FAIL**"} |`,
  `| sandbox p99 ≤ 50 ms at ${CONNECTIONS} connections | ${fmt(sandboxP99, 1)} ms | ${sandboxP99 <= 50 ? "pass" : "**FAIL**"} |`,
  `| bare / sandbox req/s (what Node alone would allow) | ${fmt(median(results.overBare), 2)}× | recorded |`,
  "",
].join("\n");
process.stdout.write(report);
if (!process.env.BENCH_NO_WRITE) writeFileSync(path.join(here, "../results/sandbox.md"), report);
