// Seeding benchmark of @chinhquyenso/mocks, run by `pnpm --filter @chinhquyenso/mocks bench` (builds first,
// then measures dist/ — the code users get). Prints Markdown tables for the package README. Not part of npm test.
//   1. createStore (the whole data set, dossiers simulated through core) at 10 / 1,000 / 100,000 dossiers, against
//      the anchor: drawing the same number of dossier-like records from the vocabulary alone, in the same run.
//   2. Answering queue requests over the 100,000-dossier store through the msw handlers.
import os from "node:os";
import { getResponse } from "msw";
import { createHandlers, createRandom, createStore } from "../dist/index.js";
import {
  drawOfficeTime,
  generateAddress,
  generateDossierSummary,
  generatePersonName,
  pickProcedure,
  windowBefore,
} from "../dist/seed/index.js";

const NOW = "2026-11-26T10:00:00+07:00";
const out = (line = "") => process.stdout.write(`${line}\n`);
const fmt = (n, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
let sink = 0;

/** The anchor: dossier-like records from the vocabulary only (no lifecycle, no due dates, no other collections). */
function vocabularyRecords(count) {
  const random = createRandom(1);
  const window = windowBefore(new Date(NOW), 150);
  for (let i = 0; i < count; i++) {
    const applicant = generatePersonName(random);
    const address = generateAddress(random);
    const procedure = pickProcedure(random);
    const submittedAt = drawOfficeTime(random, window);
    sink += generateDossierSummary(random, procedure, { applicant, address, submittedAt }).length;
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(action, runs) {
  action(); // warm-up
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    action();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

out(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, ${os.platform()} ${os.arch()}`,
);
out();
out("| dossiers | createStore (median) | per dossier | vocabulary-only anchor | ratio |");
out("|---:|---:|---:|---:|---:|");
for (const [size, runs] of [
  [10, 20],
  [1000, 10],
  [100_000, 3],
]) {
  const store = time(() => {
    sink += createStore({ seed: 1, size, now: NOW }).dossiers.size;
  }, runs);
  const anchor = time(() => vocabularyRecords(size), runs);
  out(
    `| ${fmt(size)} | ${fmt(store, 1)} ms | ${fmt((store * 1000) / size, 1)} µs | ${fmt(anchor, 1)} ms | ${fmt(store / anchor, 1)}× |`,
  );
}

out();
const handlers = createHandlers({ seed: 1, size: 100_000, now: NOW });
const request = (path) =>
  getResponse(
    handlers,
    new Request(`http://sandbox.local${path}`, { headers: { authorization: "Bearer bench" } }),
  );
out("| request over 100,000 dossiers | first | warm (median of 5) |");
out("|---|---:|---:|");
for (const path of [
  "/v1/dossier-counts",
  "/v1/dossiers?queue=due_or_overdue&limit=20",
  "/v1/dossiers?q=thu%20dau%20mot&limit=20",
  "/v1/dossiers?sort=dueAt&limit=20",
]) {
  let started = performance.now();
  sink += (await (await request(path)).text()).length;
  const first = performance.now() - started;
  const warm = [];
  for (let run = 0; run < 5; run++) {
    started = performance.now();
    sink += (await (await request(path)).text()).length;
    warm.push(performance.now() - started);
  }
  out(`| \`GET ${path}\` | ${fmt(first, 0)} ms | ${fmt(median(warm), 0)} ms |`);
}
handlers.store.close();
if (sink === 0) out("(nothing measured)");
