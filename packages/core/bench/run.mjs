// Benchmarks of @chinhquyenso/core, run by `pnpm --filter @chinhquyenso/core bench` (builds first, then
// measures dist/ — the code users get). Prints Markdown tables for the package README. Not part of npm test.
//   1. dueDate throughput for 1–20 working-day durations vs a naive day-by-day loop, in the same run.
//   2. searchVietnamese over 100,000 dossier summaries after a one-time index, per query.
//   2b. the DossierQueue case: memory and broad keystrokes, former vs compact index (bench/queue-search.mjs).
//   3. bundle sizes (min + gzip) of the whole entry and of single imports, via size-limit.
import { spawnSync } from "node:child_process";
import os from "node:os";
import { bundledHolidayYears, createSearchIndex, dueDate, normalizeVietnamese } from "../dist/index.js";
import { dossierSummaries, intakeInstants } from "./data.mjs";
import { naiveDueDate } from "./naive.mjs";
import { queueSearchBench } from "./queue-search.mjs";

// Memory figures need global.gc(): restart with --expose-gc rather than ask every caller for the flag.
if (typeof global.gc !== "function") {
  const child = spawnSync(process.execPath, ["--expose-gc", ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(child.status ?? 1);
}

const out = (line = "") => process.stdout.write(`${line}\n`);
const fmt = (n, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Runs `body(i)` for at least `ms` milliseconds after a warm-up; returns calls per second. */
function throughput(body, ms = 2000) {
  for (let i = 0; i < 200_000; i++) body(i);
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 50_000; i++) body(calls + i);
    calls += 50_000;
    elapsed = performance.now() - start;
  }
  return calls / (elapsed / 1000);
}

out(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, ${os.platform()} ${os.arch()}`,
);
out();

// 1. dueDate
const instants = intakeInstants(4096);
const durations = Array.from({ length: 20 }, (_, i) => ({ amount: i + 1, unit: "working_day" }));
const holidays = new Map(
  bundledHolidayYears().flatMap((year) => year.items.map((item) => [item.date, item.kind])),
);
for (const instant of instants) {
  for (const { amount, unit } of durations) {
    const fast = dueDate(instant, { amount, unit });
    const naive = naiveDueDate(instant, amount, holidays);
    if (fast !== naive)
      throw new Error(`dueDate and the naive loop disagree for ${instant} + ${amount}: ${fast} vs ${naive}`);
  }
}
let sink = 0;
const rounds = [];
for (let round = 0; round < 3; round++) {
  const fast = throughput((i) => {
    sink += dueDate(instants[i & 4095], durations[i % 20]).length;
  });
  const naive = throughput((i) => {
    sink += naiveDueDate(instants[i & 4095], (i % 20) + 1, holidays).length;
  });
  rounds.push({ fast, naive });
}
const best = rounds.reduce((a, b) => (b.fast / b.naive > a.fast / a.naive ? a : b)); // report the least favourable round
out("| dueDate, 1–20 working days (4,096 intake instants 2024–2026) | calls/s |");
out("|---|---:|");
out(`| \`dueDate\` (table-based) | ${fmt(best.fast)} |`);
out(`| naive day-by-day loop (bench/naive.mjs) | ${fmt(best.naive)} |`);
out(`| ratio | **${fmt(best.fast / best.naive, 1)}×** |`);
out(
  `\n(${instants.length * durations.length} results checked equal between the two; least favourable of 3 rounds)\n`,
);

// 2. search
const summaries = dossierSummaries(100_000);
let started = performance.now();
const index = createSearchIndex(summaries);
const indexMs = performance.now() - started;
started = performance.now();
const normalized = summaries.map((summary) => normalizeVietnamese(summary));
const normalizeMs = performance.now() - started;
const QUERIES = [
  "ho so dat dai",
  "dat dai",
  "Thu Dau Mot",
  "giay phep xay dung",
  "đăng ký kết hôn",
  "khai sinh di an",
  "nguyen van an",
  "Trần Thị Lan Thuận An",
  "thua dat so 12",
  "ly lich tu phap",
  "phú giáo",
  "cap doi giay phep lai xe",
  "tro cap",
  "ng",
  "h",
  "xã lai uyên bàu bàng",
];
out(
  `| searchVietnamese, 100,000 summaries | matches | ms/query (mean of 20) | naive scan ms/query | ratio |`,
);
out("|---|---:|---:|---:|---:|");
let worst = 0;
for (const query of QUERIES) {
  let total = 0;
  started = performance.now();
  for (let r = 0; r < 20; r++) total = index.search(query).total;
  const ms = (performance.now() - started) / 20;
  worst = Math.max(worst, ms);
  const words = normalizeVietnamese(query).split(" ");
  started = performance.now();
  let naiveTotal = 0;
  for (let r = 0; r < 5; r++)
    naiveTotal = normalized.filter((text) => words.every((w) => text.includes(w))).length;
  const naiveMs = (performance.now() - started) / 5;
  out(`| \`${query}\` | ${fmt(total)} | ${fmt(ms, 2)} | ${fmt(naiveMs, 2)} | ${fmt(naiveMs / ms, 1)}× |`);
  sink += naiveTotal;
}
out(
  `\nOne-time index: ${fmt(indexMs)} ms (normalising the same texts alone: ${fmt(normalizeMs)} ms). Slowest query: **${fmt(worst, 2)} ms** (budget 20 ms).`,
);
out(
  "The naive scan (substring match on pre-normalised texts, no ranking, no highlights) is a reference, not a rival.\n",
);

// 2b. the DossierQueue case
await queueSearchBench(out, fmt);

// 3. size
const size = spawnSync(process.execPath, ["node_modules/size-limit/bin.js", "--json"], { encoding: "utf8" });
if (size.status === 0) {
  out("| bundle (min + gzip, esbuild) | size |");
  out("|---|---:|");
  for (const entry of JSON.parse(size.stdout)) out(`| ${entry.name} | ${fmt(entry.size / 1024, 2)} kB |`);
} else {
  out(`size-limit failed: ${size.stderr}`);
}
if (sink === 0) out("(unreachable)");
