// Where DossierQueue's long tasks come from: issue 18's flow (mount, type "n" with the index build, scroll to
// the last match, clear) and the anchor's mount, once each under a Chromium performance trace, on an unminified
// bundle. Prints every task over 50 ms on the page's main thread with its phase, what ran in it (trace events)
// and the functions the sampling profiler saw in it. A diagnostic, not a bench: no figures are written anywhere.
//   node bench/widgets/trace.mjs              (build @chinhquyenso/react and mocks first)
//   TRACE_RUNS=3 TRACE_OUT=/tmp/queue-trace.json node bench/widgets/trace.mjs
import { writeFileSync } from "node:fs";
import os from "node:os";
import { openBenchPage } from "./open-page.mjs";
import { cpuSamples } from "./trace-samples.mjs";

const RUNS = Number(process.env.TRACE_RUNS ?? 1);
// TRACE_LONG_MS lowers the threshold to see the longest tasks of a run that has none over 50 ms.
const LONG_US = Number(process.env.TRACE_LONG_MS ?? 50) * 1000;
const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "blink.user_timing",
  "v8.execute",
  "disabled-by-default-v8.cpu_profiler",
];

/** Trace events worth naming inside a long task. */
const SHOWN_EVENTS = new Set(
  ["FunctionCall", "TimerFire", "EventDispatch", "FireAnimationFrame", "Layout", "UpdateLayoutTree"].concat([
    "MajorGC",
    "MinorGC",
    "Paint",
    "PrePaint",
    "HitTest",
    "ParseHTML",
  ]),
);

const { data, browser, tab, call, close } = await openBenchPage({ search: "n", minify: false });
try {
  // Warm-up: JIT and style caches, as the bench does.
  for (const size of ["100", "100000"]) {
    await call("mount", { kind: "queue", size });
    await call("mount", { kind: "anchor", size });
  }
  await call("unmount");
  for (let run = 0; run < RUNS; run++) {
    const load = os.loadavg()[0];
    await browser.startTracing(tab, { categories: CATEGORIES });
    await tab.evaluate(() => performance.mark("cqs:anchor"));
    const anchor = await call("mount", { kind: "anchor", size: "100000" });
    await call("settle");
    const flow = await call("queueFlow", "100000", "n", data.expected[0]);
    const trace = JSON.parse((await browser.stopTracing()).toString("utf8"));
    if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, JSON.stringify(trace));
    console.log(`\n## run ${run + 1}/${RUNS}, load ${load.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}`);
    console.log(`anchor mount ${anchor.commit.toFixed(1)} ms; flow`, JSON.stringify(flow));
    report(trace.traceEvents ?? trace);
  }
} finally {
  await close();
}

function report(events) {
  const marks = events.filter((e) => e.cat?.includes("blink.user_timing") && e.name?.startsWith("cqs:"));
  const pid = marks[0]?.pid;
  const main = events.find(
    (e) => e.ph === "M" && e.name === "thread_name" && e.pid === pid && e.args?.name === "CrRendererMain",
  );
  if (!main) throw new Error("no renderer main thread in the trace");
  const onMain = events.filter((e) => e.pid === pid && e.tid === main.tid && e.ph === "X");
  const phaseAt = (ts) => {
    let phase = "before";
    for (const mark of marks) if (mark.ts <= ts) phase = mark.name.slice(4);
    return phase;
  };
  const samples = cpuSamples(events.filter((e) => e.pid === pid));
  const tasks = onMain.filter((e) => e.name === "RunTask" && e.dur >= LONG_US).sort((a, b) => a.ts - b.ts);
  const longest = {};
  for (const task of tasks) {
    const phase = phaseAt(task.ts);
    longest[phase] = Math.max(longest[phase] ?? 0, task.dur / 1000);
    const end = task.ts + task.dur;
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
    const byName = new Map();
    for (const event of inside) {
      if (!SHOWN_EVENTS.has(event.name)) continue;
      const detail = event.args?.data?.type ?? event.args?.data?.functionName ?? "";
      const key = detail ? `${event.name}(${detail})` : event.name;
      byName.set(key, (byName.get(key) ?? 0) + event.dur / 1000);
    }
    const self = new Map();
    const within = new Map();
    for (const sample of samples) {
      if (sample.ts < task.ts || sample.ts > end) continue;
      self.set(sample.frames[0], (self.get(sample.frames[0]) ?? 0) + sample.dt / 1000);
      for (const frame of new Set(sample.frames))
        within.set(frame, (within.get(frame) ?? 0) + sample.dt / 1000);
    }
    const top = (map, n) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(" · ");
    // tdur: the thread's CPU time in the task; far below dur means the process waited for a core (load).
    const cpu = task.tdur === undefined ? "?" : (task.tdur / 1000).toFixed(1);
    console.log(`- ${phase}: task ${(task.dur / 1000).toFixed(1)} ms (CPU ${cpu} ms)`);
    console.log(`    events: ${top(byName, 6)}`);
    console.log(`    self:   ${top(self, 8)}`);
    console.log(`    total:  ${top(within, 14)}`);
  }
  console.log("longest task per phase (ms):", JSON.stringify(longest));
}
