// The explorer bench's CPU view (BENCH_CPU=1): from a Chromium trace of one page, each phase's longest task on the
// page's main thread in thread time (`tdur`), which waiting for a core does not stretch. Phases start at the
// page's `cqs:<phase>` marks: "render" (the explorer's first render is asked for), then "typing", "filters",
// "scroll" and "end" from run.mjs.

/** Longest task per phase in CPU ms: { page, render, typing, filters, scroll }. */
export function longestCpuByPhase(trace) {
  const events = trace.traceEvents ?? trace;
  const marks = events
    .filter((event) => event.cat?.includes("blink.user_timing") && event.name?.startsWith("cqs:"))
    .sort((a, b) => a.ts - b.ts);
  const pid = marks[0]?.pid;
  const main = events.find(
    (event) =>
      event.ph === "M" &&
      event.name === "thread_name" &&
      event.pid === pid &&
      event.args?.name === "CrRendererMain",
  );
  if (!main) throw new Error("no page renderer main thread in the trace");
  const longest = { page: 0, render: 0, typing: 0, filters: 0, scroll: 0 };
  for (const event of events) {
    if (event.pid !== pid || event.tid !== main.tid || event.ph !== "X" || event.name !== "RunTask") continue;
    let phase = "page";
    for (const mark of marks) if (mark.ts <= event.ts) phase = mark.name.slice(4);
    if (phase in longest) longest[phase] = Math.max(longest[phase], (event.tdur ?? 0) / 1000);
  }
  return longest;
}
