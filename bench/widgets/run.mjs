// Widget bench (issue 8): DossierQueue at 100 vs 100,000 dossiers and ComplaintThread at 500 entries in Debian's
// Chromium (never downloaded), production React and the BUILT @chinhquyenso/react (dist + styles.css). Data is
// generated here in Node with @chinhquyenso/mocks' seeded generator and served to the page as JSON over a
// loopback server. Measurements are interleaved in rounds; medians are printed as a Markdown table and written
// to bench/results/widgets.md.
//   pnpm --filter @chinhquyenso/bench bench:widgets            (build @chinhquyenso/react and mocks first)
//   BENCH_ROUNDS=9 BENCH_NO_WRITE=1 node bench/widgets/run.mjs
//   BENCH_CASES=thread node bench/widgets/run.mjs   (only the mounts whose name starts with "thread.", in the same
//   rotating rounds; prints their medians and the 500/50 ratios, never writes bench/results: a partial run is no
//   report)
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "../lib/stats.mjs";
import { openBenchPage } from "./open-page.mjs";
import { formatReport } from "./report.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const SEARCH = "nguyen";
// A prefix of the measurement names to run on their own (e.g. "thread"): mounts only, no keystrokes, scrolls, heap.
const CASES = process.env.BENCH_CASES;
const selected = (name) => CASES === undefined || name.startsWith(`${CASES}.`);

const loadAtStart = os.loadavg()[0];
const started = Date.now();
const { data, browser, call, dataHeap, close } = await openBenchPage({ search: SEARCH });
const samples = {};
const push = (name, value) => {
  samples[name] ??= [];
  samples[name].push(value);
};
let info;
try {
  const small = { kind: "queue", size: "100" };
  const large = { kind: "queue", size: "100000" };
  const thread = { kind: "thread", count: 500 };
  const threadSmall = { kind: "thread", count: 50 };
  // Every entry rendered, as after revealing all earlier pages: the worst case for typing, scrolling and heap.
  const threadAll = { kind: "thread", count: 500, all: true };
  const bare = { kind: "bare", count: 500 };
  // 50 entries, all rendered: ComplaintThread showing 500 vs showing 50.
  const threadFifty = { kind: "thread", count: 50, all: true };
  const anchor = { kind: "anchor", size: "100000" };
  const anchorSmall = { kind: "anchor", size: "100" };

  // Warm-up (JIT, style caches, the search index of the 100,000 rows), not recorded.
  for (const view of [small, large, thread, threadSmall, threadAll, threadFifty, bare, anchor, anchorSmall]) {
    if (CASES !== undefined && view.kind !== "thread" && view.kind !== "bare") continue;
    await call("mount", view);
    await call("settle");
  }
  if (CASES === undefined) {
    await call("mount", large);
    await call("queueSearch", "100000", SEARCH, data.expected);
  }
  await call("unmount");

  for (let round = 0; round < ROUNDS; round++) {
    const load = os.loadavg()[0];
    push("load", load);
    process.stderr.write(`round ${round + 1}/${ROUNDS} (load ${load.toFixed(2)})\n`);
    // Mounts, in a rotating order so that no case always runs first.
    const mounts = [
      ["queue.mount.100", small],
      ["queue.mount.100000", large],
      ["thread.mount.500", thread],
      ["thread.mount.50", threadSmall],
      ["thread.mount.bare500", bare],
      ["thread.mount.all500", threadAll],
      ["thread.mount.all50", threadFifty],
      ["anchor.mount.100000", anchor],
      ["anchor.mount.100", anchorSmall],
    ].filter(([name]) => selected(name));
    for (let i = 0; i < round % mounts.length; i++) mounts.push(mounts.shift());
    for (const [name, view] of mounts) {
      const { commit, frame, rendered } = await call("mount", view);
      push(name, commit);
      push(`${name}.frame`, frame);
      if (rendered !== undefined) push(`${name}.rendered`, rendered);
      await call("settle");
    }
    if (CASES !== undefined) continue;

    // Search keystrokes over 100,000 (index already built for this rows array).
    await call("mount", large);
    await call("settle");
    const typed = await call("queueSearch", "100000", SEARCH, data.expected);
    typed.forEach((result, i) => {
      push(`queue.key.${i + 1}.commit`, result.commit);
      push(`queue.key.${i + 1}.frame`, result.frame);
    });
    const worst = typed.reduce((a, b) => (b.commit > a.commit ? b : a));
    push("queue.key.worst.commit", worst.commit);
    push("queue.key.worst.frame", worst.frame);

    // Composer keystrokes at 500 entries, and the anchor's.
    for (const [name, view] of [
      ["thread", threadAll],
      ["bare", bare],
    ]) {
      await call("mount", view);
      await call("settle");
      const keys = await call("composerKeystrokes", 12);
      push(`${name}.key.commit`, median(keys.map((k) => k.commit)));
      push(`${name}.key.frame`, median(keys.map((k) => k.frame)));
      push(`${name}.key.max`, Math.max(...keys.map((k) => k.commit)));
    }

    // 2 s of continuous scrolling, and the heap, in fewer rounds (each takes seconds).
    if (round < Math.min(3, ROUNDS)) {
      // Issue 18's flow: mount, first keystroke with the index build, scroll to the last match, clear.
      const flow = await call("queueFlow", "100000", SEARCH.slice(0, 1), data.expected[0]);
      for (const [key, value] of Object.entries(flow)) push(`queue.flow.${key}`, value);
      await call("mount", anchor);
      const anchorScroll = await call("scroll", "anchor", 2000, 120);
      await call("mount", large);
      const queueScroll = await call("scroll", "grid", 2000, 120);
      await call("mount", threadAll);
      // All 500 shown: the thread's timeline scrolls in its own box (windowed).
      const threadScroll = await call("scroll", "thread", 2000, 60);
      for (const [name, result] of [
        ["queue.scroll", queueScroll],
        ["anchor.scroll", anchorScroll],
        ["thread.scroll", threadScroll],
      ]) {
        if (result.blankFrames > 0) throw new Error(`${name}: ${result.blankFrames} frames without a row`);
        for (const [key, value] of Object.entries(result)) push(`${name}.${key}`, value);
      }
      await call("unmount");
      const queueHeap = await call(
        "heapOf",
        { ...large, fresh: true },
        {
          size: "100000",
          text: SEARCH,
          expected: data.expected,
        },
      );
      const threadHeap = await call("heapOf", threadAll);
      const anchorHeap = await call("heapOf", anchor);
      for (const [name, result] of [
        ["queue.heap", queueHeap],
        ["thread.heap", threadHeap],
        ["anchor.heap", anchorHeap],
      ]) {
        for (const [key, value] of Object.entries(result))
          if (value !== undefined) push(`${name}.${key}`, value);
      }
    }
  }
  info = {
    chromium: browser.version(),
    dataHeap,
    rows: data.sizes,
    threadEntries: data.threadEntries,
    search: SEARCH,
    expected: data.expected,
  };
} finally {
  await close();
}

const medians = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
if (CASES !== undefined) {
  process.stdout.write(formatSelected(medians));
  process.exit(0);
}
const maxima = Object.fromEntries(
  Object.entries(samples).map(([name, values]) => [name, Math.max(...values)]),
);
const report = formatReport({
  medians,
  maxima,
  samples,
  rounds: ROUNDS,
  info,
  machine: {
    cpu: os.cpus()[0]?.model ?? "unknown CPU",
    cores: os.cpus().length,
    node: process.versions.node,
    loadAtStart,
    loadAtEnd: os.loadavg()[0],
    minutes: (Date.now() - started) / 60_000,
  },
});
process.stdout.write(report);
if (!process.env.BENCH_NO_WRITE) writeFileSync(path.join(here, "../results/widgets.md"), report);

/** A run of BENCH_CASES: the medians of what ran, and the thread's 500 shown / 50 shown ratios. */
function formatSelected(m) {
  const lines = [
    `BENCH_CASES=${CASES}: ${ROUNDS} rounds, median load ${m.load?.toFixed(2)} (${os.cpus().length} cores), Chromium ${info.chromium}`,
    "",
    "| measurement | committed (ms) | end of next frame (ms) | rendered |",
    "|---|---|---|---|",
  ];
  for (const name of Object.keys(m).filter((key) => selected(key) && !/\.(frame|rendered)$/.test(key)))
    lines.push(
      `| ${name} | ${m[name].toFixed(1)} | ${m[`${name}.frame`]?.toFixed(1)} | ${m[`${name}.rendered`] ?? ""} |`,
    );
  const all = m["thread.mount.all500"] / m["thread.mount.all50"];
  const allFrame = m["thread.mount.all500.frame"] / m["thread.mount.all50.frame"];
  if (Number.isFinite(all))
    lines.push(
      "",
      `500 shown / 50 shown: committed ${all.toFixed(2)}×, end of next frame ${allFrame.toFixed(2)}×`,
    );
  return `${lines.join("\n")}\n`;
}
