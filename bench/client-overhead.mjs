// Client overhead: the same GET to one loopback server through bare fetch, openapi-fetch (with the contract's
// paths), bare ky (the transport @chinhquyenso/client is built on) and @chinhquyenso/client, interleaved in
// rounds so all four share the machine's state. Prints a Markdown table (median µs per request, the ratios
// against the budget) and writes it to bench/results/client.md.
//   pnpm --filter @chinhquyenso/bench bench:client
//   node bench/client-overhead.mjs [--requests 2000] [--rounds 9] [--json] [--no-write]
import { writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createClient } from "@chinhquyenso/client";
import createFetchClient from "openapi-fetch";
import { load, machine } from "./lib/machine.mjs";
import { fmt, median } from "./lib/stats.mjs";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "2000" },
    rounds: { type: "string", default: "9" },
    json: { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
  },
});
const REQUESTS = Number(values.requests);
const ROUNDS = Number(values.rounds);
// Issue 8's budget: ours / bare fetch ≤ 1.10 and ours ≤ openapi-fetch.
const BUDGET = { overBare: 1.1, overOpenapiFetch: 1 };

// The very ky the client bundles (the bench does not depend on ky itself).
const clientEntry = import.meta.resolve("@chinhquyenso/client");
const kyPath = createRequire(clientEntry).resolve("ky");
const { default: ky } = await import(pathToFileURL(kyPath).href);
const kyVersion = createRequire(kyPath)("../package.json").version;

const dossier = JSON.stringify({
  code: "000.00.19.X74-261126-0001",
  status: "processing",
  statusId: 4,
  procedure: { code: "1.900701.000.00.00.X74", name: "Cấp giấy phép xây dựng nhà ở riêng lẻ" },
  applicant: { name: "Nguyễn Văn An" },
  receivedAt: "2026-11-20T08:15:00+07:00",
  dueAt: "2026-12-11T08:15:00+07:00",
  etag: '"v3"',
});
const server = createServer((_request, response) => {
  response.writeHead(200, { "content-type": "application/json", etag: '"v3"' });
  response.end(dossier);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const baseUrl = `http://127.0.0.1:${server.address().port}`;
const code = "000.00.19.X74-261126-0001";
const url = `${baseUrl}/v1/dossiers/${encodeURIComponent(code)}`;
const headers = { authorization: "Bearer bench-token", accept: "application/json" };

// Ours as an app configures it (token per attempt, default 30 s timeout), retries off like the others.
const ours = createClient({ baseUrl, auth: { token: () => "bench-token" }, retry: false });
// And with the defaults (GET retries on): what most apps run; not part of the budget.
const oursDefaults = createClient({ baseUrl, auth: { token: () => "bench-token" } });
const anchor = createFetchClient({ baseUrl, headers });

const NAMES = {
  bare: "bare fetch",
  anchor: "openapi-fetch 0.17",
  ky: `bare ky ${kyVersion}`,
  ours: "@chinhquyenso/client",
  oursDefaults: "@chinhquyenso/client, retries on",
};
const contenders = {
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
};

const loadBefore = load();
// Same answer from all, then a warm-up.
for (const [name, call] of Object.entries(contenders)) {
  const body = await call();
  if (body.code !== code) throw new Error(`${name} returned ${JSON.stringify(body)}`);
  for (let i = 0; i < 300; i++) await call();
}

const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
// CPU time (user + system, client and server alike) per request: steadier than wall time when other
// processes compete for the cores.
const cpuSamples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  // Rotate the order each round so no contender always runs first.
  const order = Object.keys(contenders);
  for (let shift = 0; shift < round % order.length; shift++) order.push(order.shift());
  for (const name of order) {
    const call = contenders[name];
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (let i = 0; i < REQUESTS; i++) await call();
    samples[name].push(((performance.now() - started) * 1000) / REQUESTS);
    const { user, system } = process.cpuUsage(cpu);
    cpuSamples[name].push((user + system) / REQUESTS);
  }
}
server.close();
const loadAfter = load();

const perRequest = Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, median(list)]));
const cpuPerRequest = Object.fromEntries(
  Object.entries(cpuSamples).map(([name, list]) => [name, median(list)]),
);
const ratio = (a, b) => perRequest[NAMES[a]] / perRequest[NAMES[b]];
const result = {
  requests: REQUESTS,
  rounds: ROUNDS,
  machine: machine(),
  load: { before: Number(loadBefore), after: Number(loadAfter) },
  microsecondsPerRequest: perRequest,
  cpuMicrosecondsPerRequest: cpuPerRequest,
  oursOverBare: ratio("ours", "bare"),
  oursOverOpenapiFetch: ratio("ours", "anchor"),
  oursOverKy: ratio("ours", "ky"),
  kyOverBare: ratio("ky", "bare"),
};
const verdict = (value, budget) => `${value <= budget ? "pass" : "**fail**"} (≤ ${fmt(budget, 2)})`;

const table = [
  `${REQUESTS} sequential GETs × ${ROUNDS} rounds over loopback, one JSON dossier each; median of the rounds.`,
  "",
  "| client | µs per request (wall) | vs bare fetch | CPU µs per request | vs bare fetch (CPU) |",
  "|---|---|---|---|---|",
  ...Object.values(NAMES).map(
    (name) =>
      `| ${name} | ${fmt(perRequest[name])} | ${fmt(perRequest[name] / perRequest[NAMES.bare], 3)} | ` +
      `${fmt(cpuPerRequest[name])} | ${fmt(cpuPerRequest[name] / cpuPerRequest[NAMES.bare], 3)} |`,
  ),
  "",
  "Ratios of the wall-time medians (the issue's budget):",
  "",
  "| ratio | value | budget |",
  "|---|---|---|",
  `| ours / bare fetch | ${fmt(result.oursOverBare, 3)} | ${verdict(result.oursOverBare, BUDGET.overBare)} |`,
  `| ours / openapi-fetch | ${fmt(result.oursOverOpenapiFetch, 3)} | ${verdict(result.oursOverOpenapiFetch, BUDGET.overOpenapiFetch)} |`,
  `| ours / bare ky (what the runtime adds to ky) | ${fmt(result.oursOverKy, 3)} | — |`,
  `| bare ky / bare fetch (what ky costs) | ${fmt(result.kyOverBare, 3)} | — |`,
  "",
  `Machine: ${result.machine}. Load average (1 min): ${loadBefore} before, ${loadAfter} after.`,
].join("\n");

if (values.json) console.log(JSON.stringify(result));
else console.log(table);
if (!values["no-write"]) {
  const command =
    "pnpm --filter @chinhquyenso/client build && pnpm --filter @chinhquyenso/bench bench:client";
  const date = new Date().toISOString().slice(0, 16).replace("T", " ");
  writeFileSync(
    new URL("results/client.md", import.meta.url),
    `# Client overhead (issue 8)\n\nCommand: \`${command}\`, ${date} UTC.\n\n${table}\n`,
  );
}
