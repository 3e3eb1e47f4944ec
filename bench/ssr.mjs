// Server rendering bench (issue 18): renderToString of DossierQueue at 100 and 100,000 dossiers and of
// DocumentInbox at 100 and 3,000 documents, with the BUILT @chinhquyenso/react in Node. Cases interleave in
// rounds; each ratio is the median of per-round ratios (both sides measured in the same round), so a load change
// between rounds moves both. Prints Markdown and writes bench/results/ssr.md.
//   pnpm --filter @chinhquyenso/bench bench:ssr     (build @chinhquyenso/react and mocks first)
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDataset } from "@chinhquyenso/mocks";
import { ChinhQuyenSoProvider, DocumentInbox, DossierQueue } from "@chinhquyenso/react";
import { createElement as h } from "react";
import { renderToString } from "react-dom/server";
import { fmt, median } from "./lib/stats.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
// React picks its build from NODE_ENV when it is first imported: without it, renderToString is React's
// development build (owner stacks, prop validation per element), which no server runs. Run again in production.
if (process.env.NODE_ENV !== "production") {
  const again = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], {
    env: { ...process.env, NODE_ENV: "production" },
    stdio: "inherit",
  });
  process.exit(again.status ?? 1);
}
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const NOW = "2026-11-26T09:00:00+07:00";
const now = () => new Date(NOW);
const loadAtStart = os.loadavg()[0];

// Each widget's cases run in a process of their own (`BENCH_SSR_WIDGET`): the queue's 100,000 dossiers (~170 MB)
// would otherwise stay in the inbox's heap, where a collection in progress made every render of one run slower
// than in the next (the 100-document inbox ran at 1.3 ms in one run and 2.3 ms in another).
const WIDGETS = {
  queue: () => {
    const dossiers = createDataset({ size: 100_000, seed: 20261126, now: new Date(NOW) }).dossiers;
    return {
      cases: {
        "queue.100": () => h(DossierQueue, { rows: dossiers.slice(0, 100) }),
        "queue.100000": () => h(DossierQueue, { rows: dossiers }),
      },
      ratios: { "queue.ratio": ["queue.100000", "queue.100"] },
    };
  },
  inbox: () => {
    const base = createDataset({ size: 2000, seed: 7, now: new Date(NOW) }).documents ?? [];
    if (base.length === 0) throw new Error("the data set has no documents");
    /** `count` documents from the data set's own, with unique ids (the data set has fewer). */
    const documents = (count) =>
      Array.from({ length: count }, (_, index) => {
        const document = base[index % base.length];
        return { ...document, id: `doc_bench_${index}`, number: String(index + 1), direction: "incoming" };
      });
    /**
     * The first 100 documents, then older routine ones (no deadline, normal urgency, arrived earlier) that sort
     * after them: the first page is the one at 100, so the ratio to 100 is the cost of the count alone. With the
     * data set's documents repeated, the first page at 3,000 holds other documents (more urgent ones, with
     * deadlines to count).
     */
    const samePage = (count) => [
      ...documents(100),
      ...documents(count - 100).map((document, index) => ({
        ...document,
        id: `doc_older_${index}`,
        number: String(101 + index),
        urgency: "normal",
        dueAt: null,
        arrivalDate: "2020-01-02",
      })),
    ];
    return {
      cases: {
        "inbox.100": () => h(DocumentInbox, { documents: documents(100) }),
        "inbox.3000": () => h(DocumentInbox, { documents: documents(3000) }),
        "inbox.3000.samePage": () => h(DocumentInbox, { documents: samePage(3000) }),
      },
      ratios: {
        "inbox.ratio": ["inbox.3000", "inbox.100"],
        "inbox.samePage.ratio": ["inbox.3000.samePage", "inbox.100"],
      },
    };
  },
};

/** Runs one widget's cases in rounds; returns the samples (ms per case and per ratio, HTML bytes) and loads. */
function measure(widget) {
  const { cases, ratios } = WIDGETS[widget]();
  const inputs = Object.fromEntries(Object.entries(cases).map(([name, make]) => [name, make()]));
  // One sample is the mean of a few renders in a row: a single 3 ms render is at the mercy of one garbage
  // collection (often of another case's garbage), while a few in a row pay for their own.
  const render = (name) => {
    let html = "";
    const start = performance.now();
    for (let i = 0; i < RENDERS_PER_SAMPLE; i++)
      html = renderToString(h(ChinhQuyenSoProvider, { now }, inputs[name]));
    return { ms: (performance.now() - start) / RENDERS_PER_SAMPLE, bytes: html.length };
  };
  for (const name of Object.keys(cases)) for (let i = 0; i < 3; i++) render(name); // warm-up
  const samples = {};
  const loads = [];
  const push = (name, value) => {
    samples[name] ??= [];
    samples[name].push(value);
  };
  for (let round = 0; round < ROUNDS; round++) {
    loads.push(os.loadavg()[0]);
    const names = Object.keys(cases);
    for (let i = 0; i < round % names.length; i++) names.push(names.shift());
    const times = {};
    for (const name of names) {
      const { ms, bytes } = render(name);
      times[name] = ms;
      push(name, ms);
      samples[`${name}.bytes`] = [bytes];
    }
    for (const [ratio, [over, under]] of Object.entries(ratios)) push(ratio, times[over] / times[under]);
  }
  return { samples, loads };
}

const RENDERS_PER_SAMPLE = Number(process.env.BENCH_SSR_REPEAT ?? 20);
if (process.env.BENCH_SSR_WIDGET) {
  process.stdout.write(JSON.stringify(measure(process.env.BENCH_SSR_WIDGET)));
  process.exit(0);
}
const samples = {};
const loads = [];
for (const widget of Object.keys(WIDGETS)) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_SSR_WIDGET: widget },
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) process.exit(child.status ?? 1);
  const result = JSON.parse(child.stdout.toString());
  Object.assign(samples, result.samples);
  loads.push(...result.loads);
}
const m = (name) => median(samples[name]);
const kb = (name) => `${fmt(m(`${name}.bytes`) / 1024, 1)} kB`;
const verdict = (ok) => (ok ? "pass" : "**FAIL**");
const underLoad = Math.max(...loads) > 1.5;
const report = [
  "# Server rendering (issue 18)",
  "",
  "Command: `pnpm --filter @chinhquyenso/bench bench:ssr` (after `pnpm turbo run build --filter=@chinhquyenso/react --filter=@chinhquyenso/mocks`)",
  "",
  `Machine: ${os.cpus()[0]?.model.trim()}, ${os.cpus().length} cores, Node ${process.versions.node}; load average (1 min) ${fmt(loadAtStart, 2)} at start, per round ${fmt(Math.min(...loads), 2)}–${fmt(Math.max(...loads), 2)}${underLoad ? " — **taken under load** (shared machine): ratios pair both sides within a round" : ""}; ${ROUNDS} rounds.`,
  "",
  "| case | median | HTML | budget | result |",
  "|---|---:|---:|---:|---|",
  `| DossierQueue, 100 dossiers | ${fmt(m("queue.100"), 2)} ms | ${kb("queue.100")} | | |`,
  `| DossierQueue, 100,000 dossiers | ${fmt(m("queue.100000"), 2)} ms | ${kb("queue.100000")} | | |`,
  `| DossierQueue 100,000 / 100 (median of per-round ratios) | ${fmt(m("queue.ratio"), 2)}× | | ≤ 1.2× | ${verdict(m("queue.ratio") <= 1.2)} |`,
  `| DocumentInbox, 100 documents | ${fmt(m("inbox.100"), 2)} ms | ${kb("inbox.100")} | | |`,
  `| DocumentInbox, 3,000 documents | ${fmt(m("inbox.3000"), 2)} ms | ${kb("inbox.3000")} | | |`,
  `| DocumentInbox 3,000 / 100 (median of per-round ratios) | ${fmt(m("inbox.ratio"), 2)}× | | ≤ 1.5× | ${verdict(m("inbox.ratio") <= 1.5)} |`,
  `| DocumentInbox, 3,000 documents whose first page is the one at 100 | ${fmt(m("inbox.3000.samePage"), 2)} ms | ${kb("inbox.3000.samePage")} | | |`,
  `| DocumentInbox 3,000 (same first page) / 100: the count alone | ${fmt(m("inbox.samePage.ratio"), 2)}× | | | recorded |`,
  "",
  "## Method",
  "",
  "- `renderToString` of `<ChinhQuyenSoProvider now={…}>` around the widget, from the built `@chinhquyenso/react` (`dist/index.js`) in Node, production React (`NODE_ENV=production`: the bench runs itself again with it when it is unset). Rows from `@chinhquyenso/mocks` `createDataset` (seed 20261126, 100,000 dossiers; the first 100 for the small case); documents are the data set's own repeated with unique ids (incoming tab, default sort): the first page at 3,000 is not the one at 100 (more urgent documents, with deadlines), so a second 3,000 case keeps the first page of 100 and adds older routine documents after it, to show the cost of the count alone.",
  "- Each widget's cases run in a Node process of their own (the queue's 100,000 dossiers are not in the inbox's heap). The element trees and data are built before timing; three warm-up samples per case; cases in a rotating order each round; a sample is the mean of RENDERS renders in a row (`BENCH_SSR_REPEAT`), so that each case pays for its own garbage collection (with single renders of 2–3 ms, or 5 in a row, and both widgets in one process, the DocumentInbox ratio read anywhere from 1.3× to 2.4× from one run to the next; with 20 and a process per widget, three runs in a row agree within 0.1×). The rows arrays are the same every round: nothing is cached between renders (the widgets keep no module state for a rows array on the server; the search index is never built there).".replace(
    "RENDERS",
    String(RENDERS_PER_SAMPLE),
  ),
  "",
].join("\n");
process.stdout.write(report);
if (!process.env.BENCH_NO_WRITE) writeFileSync(path.join(here, "results/ssr.md"), report);
