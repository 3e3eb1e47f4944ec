// The explorer bench's page: production React and the BUILT @chinhquyenso/react. It renders IndicatorExplorer
// with the data set's IOC (27 fields, ~1,050 indicators) or a 27-field catalogue of 5,000, and records every long
// task (> 50 ms, PerformanceObserver "longtask") from the first render through the search, the filters and a
// scroll to the end, which run.mjs drives through Chromium, and when the grid's first row appeared.
import { ChinhQuyenSoProvider, IndicatorExplorer } from "@chinhquyenso/react";
import { createRoot } from "react-dom/client";

interface Data {
  now: string;
  sets: Record<string, { fields: { code: string; name: string }[]; indicators: never[] }>;
}

declare global {
  interface Window {
    __longTasks: number[];
    /** Long tasks that began before the explorer's first render was asked for (the bench's data and modules). */
    __pageTasks: number[];
    __ready: boolean;
    /** When the grid's first row was in the page, in ms after the render was asked for. */
    __rowsAt: number | undefined;
  }
}

window.__longTasks = [];
window.__pageTasks = [];
let renderStart = Number.POSITIVE_INFINITY;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    (entry.startTime < renderStart ? window.__pageTasks : window.__longTasks).push(entry.duration);
}).observe({ type: "longtask", buffered: true });

const set = new URLSearchParams(location.search).get("set") ?? "ioc";
const data = (await (await fetch("/data.json")).json()) as Data;
const chosen = data.sets[set];
if (!chosen) throw new Error(`no data set ${set}`);
renderStart = performance.now();
performance.mark("cqs:render");
const root = document.createElement("div");
document.body.append(root);
// A long list's rows follow the explorer's first paint: when they land is the cost of that design, recorded.
const rowsObserver = new MutationObserver(() => {
  if (!root.querySelector("tbody tr[aria-rowindex]")) return;
  window.__rowsAt = performance.now() - renderStart;
  rowsObserver.disconnect();
});
rowsObserver.observe(root, { childList: true, subtree: true });
createRoot(root).render(
  <ChinhQuyenSoProvider now={() => new Date(data.now)}>
    <IndicatorExplorer indicators={chosen.indicators} fields={chosen.fields} />
  </ChinhQuyenSoProvider>,
);
window.__ready = true;
