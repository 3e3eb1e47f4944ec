// What ComplaintThread's windowed mount does inside its task (issue 18): mounts the thread with 500 entries all
// shown (windowed) and with 50 (plain) under a Chromium performance trace, on an unminified bundle, and prints for
// each mount task its duration, every style recalculation and layout in it (with the JS function that forced it)
// and the inclusive time the sampling profiler saw in React's render and commit and the thread's own functions
// (TRACE_SELF=1 adds the top self times). A diagnostic, not a bench: no figures are written anywhere.
//   node bench/widgets/trace-thread.mjs        (build @chinhquyenso/react and mocks first)
//   TRACE_RUNS=3 TRACE_SELF=1 node bench/widgets/trace-thread.mjs
import os from "node:os";
import { openBenchPage } from "./open-page.mjs";
import { cpuSamples } from "./trace-samples.mjs";

const RUNS = Number(process.env.TRACE_RUNS ?? 3);
const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "disabled-by-default-devtools.timeline.stack",
  "blink.user_timing",
  "v8.execute",
  "disabled-by-default-v8.cpu_profiler",
];
const WATCHED = [
  "renderRootSync",
  "commitRoot",
  "commitRootImpl",
  "flushSyncWorkAcrossRoots_impl",
  "performWorkOnRoot",
  "ComplaintThread",
  "ComplaintThreadTimeline",
  "useComplaintThread",
  "useTimelineWindow",
  "useTimelinePages",
  "Entry",
  "measureEntry",
  "Virtualizer.resizeItem",
  "Virtualizer._willUpdate",
  "Virtualizer.getMeasurements",
  "Virtualizer.scrollToEnd",
  "forceLayout",
  "buildTimeline",
  "timelineItems",
];
const CASES = [
  ["500 shown (windowed)", { kind: "thread", count: 500, all: true }],
  ["50 shown", { kind: "thread", count: 50, all: true }],
];

const { browser, tab, call, close } = await openBenchPage({ search: "n", minify: false });
try {
  for (const [, view] of CASES)
    for (let i = 0; i < 3; i++) {
      await call("mount", view);
      await call("settle");
    }
  for (let run = 0; run < RUNS; run++) {
    for (const [name, view] of CASES) {
      await call("unmount");
      await call("settle");
      await browser.startTracing(tab, { categories: CATEGORIES });
      await tab.evaluate(() => performance.mark("cqs:mount"));
      const result = await call("mount", view);
      await call("settle");
      const trace = JSON.parse((await browser.stopTracing()).toString("utf8"));
      console.log(
        `\n## ${name}, run ${run + 1}/${RUNS} (load ${os.loadavg()[0].toFixed(2)}): committed ${result.commit.toFixed(1)} ms, frame ${result.frame.toFixed(1)} ms, ${result.rendered} rendered`,
      );
      report(trace.traceEvents ?? trace);
    }
  }
} finally {
  await close();
}

function report(events) {
  const mark = events.find((e) => e.cat?.includes("blink.user_timing") && e.name === "cqs:mount");
  const pid = mark.pid;
  const main = events.find(
    (e) => e.ph === "M" && e.name === "thread_name" && e.pid === pid && e.args?.name === "CrRendererMain",
  );
  const onMain = events.filter((e) => e.pid === pid && e.tid === main.tid && e.ph === "X" && e.ts >= mark.ts);
  // The mount is the first task after the mark that runs script (the evaluate that calls mount()).
  const task = onMain.filter((e) => e.name === "RunTask" && e.dur > 1000).sort((a, b) => a.ts - b.ts)[0];
  const inside = onMain.filter(
    (e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur,
  );
  console.log(`mount task ${(task.dur / 1000).toFixed(1)} ms`);
  for (const event of inside.sort((a, b) => a.ts - b.ts)) {
    if (event.name !== "Layout" && event.name !== "UpdateLayoutTree") continue;
    const stack = event.args?.beginData?.stackTrace ?? [];
    const where = stack
      .slice(0, 4)
      .map((f) => `${f.functionName || "(anon)"}:${f.lineNumber}`)
      .join(" < ");
    const dirty = event.args?.beginData?.dirtyObjects;
    console.log(
      `  +${((event.ts - task.ts) / 1000).toFixed(1).padStart(5)} ms ${event.name.padEnd(16)} ${(event.dur / 1000).toFixed(2).padStart(5)} ms${dirty === undefined ? "" : ` (${dirty} dirty)`}  ${where}`,
    );
  }
  // Where the script time went: the functions the sampling profiler saw, inclusive, over the task.
  const within = new Map();
  const self = new Map();
  for (const sample of cpuSamples(events.filter((e) => e.pid === pid))) {
    if (sample.ts < task.ts || sample.ts > task.ts + task.dur) continue;
    self.set(sample.frames[0], (self.get(sample.frames[0]) ?? 0) + sample.dt / 1000);
    for (const frame of new Set(sample.frames))
      within.set(frame, (within.get(frame) ?? 0) + sample.dt / 1000);
  }
  if (process.env.TRACE_SELF)
    console.log(
      `  self (ms): ${[...self]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(" · ")}`,
    );
  const top = [...within]
    .filter(([name]) => WATCHED.some((w) => name.startsWith(`${w}:`)))
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(" · ");
  console.log(`  script (inclusive ms): ${top}`);
}
