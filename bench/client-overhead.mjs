// Client overhead: the same GET through bare fetch, openapi-fetch (with the contract's paths), bare ky (the
// transport @chinhquyenso/client is built on) and @chinhquyenso/client, to a loopback server that runs in its own
// process (bench/client/server.mjs), so the server's work neither shares the clients' event loop nor pulls every
// ratio towards 1. Within a run the contenders are interleaved in many short rounds, and each ratio (ours / bare
// ky, ours / bare fetch, ours / openapi-fetch) is the median of its per-round ratios: contenders measured seconds
// apart share the machine's state, so a burst of other work moves one round, not the figure. Every run records
// the machine's load; a noisy run (the machine was busy before it, or its rounds disagree) is repeated, up to
// --max-runs. The figures are the medians over the quiet runs (over all runs, and said so, when too few were
// quiet). Prints a Markdown table and writes it to bench/results/client.md.
//   pnpm --filter @chinhquyenso/client build && pnpm --filter @chinhquyenso/bench bench:client
//   node bench/client-overhead.mjs [--requests 200] [--rounds 40] [--runs 3] [--max-runs 8] [--json] [--no-write]
//     [--compare path/to/other/dist/index.js]   adds another build of the client (e.g. the previous version) as a
//                                               contender, with ours / that build in the ratios
import { fork } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createClient } from "@chinhquyenso/client";
import createFetchClient from "openapi-fetch";
import { load, machine } from "./lib/machine.mjs";
import { fmt, median, percentile } from "./lib/stats.mjs";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "200" },
    rounds: { type: "string", default: "40" },
    runs: { type: "string", default: "3" },
    "max-runs": { type: "string", default: "8" },
    json: { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    compare: { type: "string" },
  },
});
const REQUESTS = Number(values.requests);
const ROUNDS = Number(values.rounds);
const RUNS = Number(values.runs);
const MAX_RUNS = Math.max(RUNS, Number(values["max-runs"]));
// A run is noisy when the machine was already busy before it (1-min load average above twice the core count:
// other processes competed for the cores; the bench itself, client and server, accounts for up to about 2), or
// when its rounds disagree: the interquartile range of its per-round ours / bare ky ratios above 35% of their
// median. Calibrated on this 2-core machine: 18–32% on a quiet machine, 70–500% with a load average of 20–35.
const CORES = os.cpus().length;
const MAX_LOAD = 2 * CORES;
const MAX_ROUND_SPREAD = 0.35;
// The issue's budgets: ours / bare ky ≤ 1.05 ("Full-scale performance"); ours / bare fetch ≤ 1.10 and
// ours ≤ openapi-fetch (issue 8).
const BUDGET = { overKy: 1.05, overBare: 1.1, overOpenapiFetch: 1 };

// The very ky the client bundles (the bench does not depend on ky itself).
const clientEntry = import.meta.resolve("@chinhquyenso/client");
const kyPath = createRequire(clientEntry).resolve("ky");
const { default: ky } = await import(pathToFileURL(kyPath).href);
const kyVersion = createRequire(kyPath)("../package.json").version;

const NAMES = {
  bare: "bare fetch",
  anchor: "openapi-fetch 0.17",
  ky: `bare ky ${kyVersion}`,
  ours: "@chinhquyenso/client",
  oursDefaults: "@chinhquyenso/client, retries on",
  ...(values.compare && {
    compared: "@chinhquyenso/client, compared build (--compare)",
    comparedDefaults: "@chinhquyenso/client, compared build, retries on",
  }),
};
const compared = values.compare && (await import(pathToFileURL(path.resolve(values.compare)).href));
const code = "000.00.19.X74-261126-0001";

/** Starts the server process; resolves to its base URL and a stop function. */
async function startServer() {
  const child = fork(new URL("client/server.mjs", import.meta.url), { stdio: "inherit" });
  const port = await new Promise((resolve, reject) => {
    child.once("message", (message) => resolve(message.port));
    child.once("exit", (status) => reject(new Error(`the bench server exited (${status})`)));
  });
  const stop = () =>
    new Promise((resolve) => {
      child.once("exit", resolve);
      child.send("stop");
    });
  return { baseUrl: `http://127.0.0.1:${port}`, stop };
}

function contenders(baseUrl) {
  const url = `${baseUrl}/v1/dossiers/${encodeURIComponent(code)}`;
  const headers = { authorization: "Bearer bench-token", accept: "application/json" };
  // Ours as an app configures it (token per attempt, default 30 s timeout), retries off like the others.
  const ours = createClient({ baseUrl, auth: { token: () => "bench-token" }, retry: false });
  // And with the defaults (GET retries on): what most apps run; not part of the budget.
  const oursDefaults = createClient({ baseUrl, auth: { token: () => "bench-token" } });
  const anchor = createFetchClient({ baseUrl, headers });
  const other = compared?.createClient({ baseUrl, auth: { token: () => "bench-token" }, retry: false });
  const otherDefaults = compared?.createClient({ baseUrl, auth: { token: () => "bench-token" } });
  return {
    [NAMES.bare]: async () => {
      const response = await fetch(url, { headers });
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    },
    [NAMES.anchor]: async () => {
      const { data, error } = await anchor.GET("/v1/dossiers/{code}", { params: { path: { code } } });
      if (error) throw new Error("openapi-fetch failed");
      return data;
    },
    // ky's defaults (10 s timeout, throwHttpErrors), no retry: what any call through ky costs at least.
    [NAMES.ky]: () => ky(url, { headers, retry: 0 }).json(),
    [NAMES.ours]: () => ours.dossiers.get(code),
    [NAMES.oursDefaults]: () => oursDefaults.dossiers.get(code),
    ...(other && {
      [NAMES.compared]: () => other.dossiers.get(code),
      [NAMES.comparedDefaults]: () => otherDefaults.dossiers.get(code),
    }),
  };
}

/** One run: a fresh server process, a warm-up, then ROUNDS interleaved rounds of REQUESTS calls each. */
async function run() {
  const loadBefore = Number(load());
  const server = await startServer();
  const calls = contenders(server.baseUrl);
  const names = Object.keys(calls);
  try {
    // Same answer from all, then a warm-up.
    for (const [name, call] of Object.entries(calls)) {
      const body = await call();
      if (body.code !== code) throw new Error(`${name} returned ${JSON.stringify(body)}`);
      for (let i = 0; i < 300; i++) await call();
    }
    const wall = Object.fromEntries(names.map((name) => [name, []]));
    // CPU time of this process (the clients only: the server has its own process) per request.
    const cpu = Object.fromEntries(names.map((name) => [name, []]));
    const roundLoads = [];
    for (let round = 0; round < ROUNDS; round++) {
      roundLoads.push(Number(load()));
      // Rotate the order each round so no contender always runs first.
      const order = [...names];
      for (let shift = 0; shift < round % order.length; shift++) order.push(order.shift());
      for (const name of order) {
        const call = calls[name];
        const cpuStart = process.cpuUsage();
        const started = performance.now();
        for (let i = 0; i < REQUESTS; i++) await call();
        wall[name].push(((performance.now() - started) * 1000) / REQUESTS);
        const { user, system } = process.cpuUsage(cpuStart);
        cpu[name].push((user + system) / REQUESTS);
      }
    }
    // Each ratio is the median of the per-round ratios (wall and CPU time alike).
    const perRound = (samples, a, b) =>
      samples[NAMES[a]].map((value, round) => value / samples[NAMES[b]][round]);
    const microseconds = Object.fromEntries(names.map((name) => [name, median(wall[name])]));
    const cpuMicroseconds = Object.fromEntries(names.map((name) => [name, median(cpu[name])]));
    const ratio = (a, b) => median(perRound(wall, a, b));
    const cpuRatio = (a, b) => median(perRound(cpu, a, b));
    const kyRounds = perRound(wall, "ours", "ky");
    const spread = (percentile(kyRounds, 75) - percentile(kyRounds, 25)) / median(kyRounds);
    const loadAfter = Number(load());
    return {
      load: {
        before: loadBefore,
        after: loadAfter,
        rounds: [Math.min(...roundLoads), Math.max(...roundLoads)],
      },
      microsecondsPerRequest: microseconds,
      cpuMicrosecondsPerRequest: cpuMicroseconds,
      oursOverKy: ratio("ours", "ky"),
      cpu: {
        oursOverKy: cpuRatio("ours", "ky"),
        oursOverBare: cpuRatio("ours", "bare"),
        oursOverOpenapiFetch: cpuRatio("ours", "anchor"),
        kyOverBare: cpuRatio("ky", "bare"),
        ...(compared && {
          oursOverCompared: cpuRatio("ours", "compared"),
          defaultsOverCompared: cpuRatio("oursDefaults", "comparedDefaults"),
        }),
      },
      ...(compared && {
        oursOverCompared: ratio("ours", "compared"),
        defaultsOverCompared: ratio("oursDefaults", "comparedDefaults"),
      }),
      oursOverBare: ratio("ours", "bare"),
      oursOverOpenapiFetch: ratio("ours", "anchor"),
      kyOverBare: ratio("ky", "bare"),
      roundSpread: spread,
      noisy: loadBefore > MAX_LOAD || spread > MAX_ROUND_SPREAD,
    };
  } finally {
    await server.stop();
  }
}

const runs = [];
while (runs.length < MAX_RUNS && runs.filter((r) => !r.noisy).length < RUNS) {
  const result = await run();
  runs.push(result);
  if (!values.json)
    process.stderr.write(
      `run ${runs.length}: ours/ky ${fmt(result.oursOverKy, 3)} (CPU ${fmt(result.cpu.oursOverKy, 3)}), load ${result.load.before} → ${result.load.after}` +
        `, round spread ${fmt(result.roundSpread * 100)}%${result.noisy ? " (noisy)" : ""}\n`,
    );
}
const quiet = runs.filter((r) => !r.noisy);
const kept = quiet.length >= RUNS ? quiet : runs;
const medianOf = (pick) => median(kept.map(pick));
const rangeOf = (pick) => `${fmt(Math.min(...kept.map(pick)), 3)}–${fmt(Math.max(...kept.map(pick)), 3)}`;
const summary = {
  requests: REQUESTS,
  rounds: ROUNDS,
  machine: machine(),
  keptRuns: kept === quiet ? "quiet" : "all (too few quiet runs)",
  runs,
  microsecondsPerRequest: Object.fromEntries(
    Object.values(NAMES).map((name) => [name, medianOf((r) => r.microsecondsPerRequest[name])]),
  ),
  cpuMicrosecondsPerRequest: Object.fromEntries(
    Object.values(NAMES).map((name) => [name, medianOf((r) => r.cpuMicrosecondsPerRequest[name])]),
  ),
  oursOverKy: medianOf((r) => r.oursOverKy),
  oursOverBare: medianOf((r) => r.oursOverBare),
  oursOverOpenapiFetch: medianOf((r) => r.oursOverOpenapiFetch),
  kyOverBare: medianOf((r) => r.kyOverBare),
  ...(compared && {
    oursOverCompared: medianOf((r) => r.oursOverCompared),
    defaultsOverCompared: medianOf((r) => r.defaultsOverCompared),
  }),
  cpu: Object.fromEntries(
    [
      "oursOverKy",
      "oursOverBare",
      "oursOverOpenapiFetch",
      "kyOverBare",
      ...(compared ? ["oursOverCompared", "defaultsOverCompared"] : []),
    ].map((key) => [key, medianOf((r) => r.cpu[key])]),
  ),
};

// No verdict from noisy runs: a busy machine moves these ratios either way.
const verdict = (value, budget) =>
  kept === quiet
    ? `${value <= budget ? "met" : "**missed**"} (≤ ${fmt(budget, 2)})`
    : `≤ ${fmt(budget, 2)}: no verdict (noisy runs)`;
const bare = summary.microsecondsPerRequest[NAMES.bare];
const bareCpu = summary.cpuMicrosecondsPerRequest[NAMES.bare];
const table = [
  `${REQUESTS} sequential GETs × ${ROUNDS} interleaved rounds per run, one JSON dossier each, the server in its own`,
  `process; ${runs.length} runs, figures from ${kept === quiet ? `the ${kept.length} quiet runs` : `all ${kept.length} runs (fewer than ${RUNS} were quiet)`} (median of the runs' medians).`,
  "",
  "| run | load (1 min) before → after | during the rounds | ours / bare ky per round: IQR / median | ours / bare ky | ours / bare fetch | ours / openapi-fetch | |",
  "|---|---|---|---|---|---|---|---|",
  ...runs.map(
    (r, index) =>
      `| ${index + 1} | ${fmt(r.load.before, 2)} → ${fmt(r.load.after, 2)} | ${fmt(r.load.rounds[0], 2)}–${fmt(r.load.rounds[1], 2)} | ` +
      `${fmt(r.roundSpread * 100)}% | ${fmt(r.oursOverKy, 3)} | ${fmt(r.oursOverBare, 3)} | ${fmt(r.oursOverOpenapiFetch, 3)} | ${r.noisy ? "noisy" : "quiet"} |`,
  ),
  "",
  "| client | µs per request (wall) | vs bare fetch | CPU µs per request (clients' process) | vs bare fetch (CPU) |",
  "|---|---|---|---|---|",
  ...Object.values(NAMES).map((name) => {
    const wall = summary.microsecondsPerRequest[name];
    const cpu = summary.cpuMicrosecondsPerRequest[name];
    return `| ${name} | ${fmt(wall)} | ${fmt(wall / bare, 3)} | ${fmt(cpu)} | ${fmt(cpu / bareCpu, 3)} |`;
  }),
  "",
  "Ratios: per run, the median of the per-round ratios (wall time; CPU time of the clients' process, which other",
  "processes disturb less), then the median over the runs:",
  "",
  "| ratio | wall | range over the runs | CPU | budget (wall) |",
  "|---|---|---|---|---|",
  ...[
    ["ours / bare ky (what the runtime adds to ky)", "oursOverKy", BUDGET.overKy],
    ["ours / bare fetch", "oursOverBare", BUDGET.overBare],
    ["ours / openapi-fetch", "oursOverOpenapiFetch", BUDGET.overOpenapiFetch],
    ["bare ky / bare fetch (what ky costs)", "kyOverBare", undefined],
    ...(compared
      ? [
          ["ours / the compared build", "oursOverCompared", undefined],
          ["ours / the compared build, retries on", "defaultsOverCompared", undefined],
        ]
      : []),
  ].map(
    ([label, key, budget]) =>
      `| ${label} | ${fmt(summary[key], 3)} | ${rangeOf((r) => r[key])} | ${fmt(summary.cpu[key], 3)} | ` +
      `${budget === undefined ? "—" : verdict(summary[key], budget)} |`,
  ),
  "",
  `Machine: ${summary.machine}. A run is noisy when the 1-min load average before it exceeds ${MAX_LOAD} (twice the cores), or`,
  `when the interquartile range of its per-round ours / bare ky ratios exceeds ${MAX_ROUND_SPREAD * 100}% of their median; noisy runs are`,
  `repeated (at most ${MAX_RUNS} runs).`,
].join("\n");

if (values.json) console.log(JSON.stringify(summary));
else console.log(table);
if (!values["no-write"]) {
  const args = process.argv.slice(2).join(" ");
  const command = `pnpm --filter @chinhquyenso/client build && pnpm --filter @chinhquyenso/bench bench:client${args ? ` ${args}` : ""}`;
  const date = new Date().toISOString().slice(0, 16).replace("T", " ");
  writeFileSync(
    new URL("results/client.md", import.meta.url),
    `# Client overhead\n\nCommand: \`${command}\`, ${date} UTC.\n\n${table}\n`,
  );
}
