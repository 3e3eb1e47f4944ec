// IndicatorExplorer bench (issue 17: "no long task > 50 ms"): the data set's IOC (27 fields, ~1,050 indicators)
// and a 27-field catalogue of 5,000, in Debian's Chromium (never downloaded) with production React and the BUILT
// @chinhquyenso/react. Each round loads the page, types a search letter by letter, picks a field and a state,
// clears, and scrolls the grid to the end; the page records every long task. Results: bench/results/explorer.md.
//   pnpm --filter @chinhquyenso/bench bench:explorer          (build @chinhquyenso/react and mocks first)
//   BENCH_ROUNDS=3 BENCH_NO_WRITE=1 node bench/explorer/run.mjs
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDataset } from "@chinhquyenso/mocks";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/lib/chromium.mjs";
import { fmt, median } from "../lib/stats.mjs";
import { buildPage } from "../widgets/page-build.mjs";
import { serve } from "../widgets/serve.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const NOW = "2026-11-26T09:00:00+07:00";

const dataset = createDataset({ seed: 20261126, size: 200, now: NOW });
const large = {
  fields: Array.from({ length: 27 }, (_, index) => ({ code: `f${index}`, name: `Lĩnh vực ${index + 1}` })),
  indicators: Array.from({ length: 5000 }, (_, index) => {
    const base = dataset.indicators[index % dataset.indicators.length];
    return { ...base, code: `${base.code}-x${index}`, fieldCode: `f${index % 27}` };
  }),
};
const data = JSON.stringify({
  now: NOW,
  sets: { ioc: { fields: dataset.indicatorFields, indicators: dataset.indicators }, large },
});
const page = await buildPage(path.join(here, "page.tsx"));
const server = await serve({
  "/": { type: "text/html", body: page.html },
  "/page.js": { type: "text/javascript", body: page.js },
  "/data.json": { type: "application/json", body: data },
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const loadAtStart = os.loadavg()[0];
const results = {};
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const set of ["ioc", "large"]) {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      tab.on("pageerror", (error) => console.error("page error:", error.message));
      await tab.goto(`${server.url}?set=${set}`);
      await tab.getByRole("searchbox").waitFor();
      // Page start-up (module evaluation, the data's JSON, the first render) apart from what the user does.
      await tab.waitForTimeout(500);
      // Each phase's long tasks apart: what the user waits for at mount, per keystroke, per filter, on scroll.
      const phase = async () => {
        await tab.waitForTimeout(300);
        return tab.evaluate(() => window.__longTasks.splice(0));
      };
      const startUp = await tab.evaluate(() => window.__longTasks.splice(0));
      const pageStartUp = await tab.evaluate(() => window.__pageTasks.splice(0));
      const count = await tab.locator("tbody tr:not([aria-hidden])").count();
      await tab.getByRole("searchbox").pressSequentially("ho so dung han", { delay: 30 });
      await tab.getByText(/^\d+([.,]\d+)? \/ /).waitFor();
      const typing = await phase();
      await tab.getByRole("searchbox").fill("");
      await tab.getByRole("combobox").first().selectOption({ index: 2 });
      await tab.getByRole("combobox").nth(1).selectOption("alarm");
      await tab.getByRole("combobox").nth(1).selectOption("all");
      await tab.getByRole("combobox").first().selectOption("");
      const filters = await phase();
      await tab
        .getByRole("region")
        .first()
        .evaluate((element) => {
          element.scrollTop = element.scrollHeight;
        });
      const scroll = await phase();
      const tasks = [...typing, ...filters, ...scroll];
      const longest = (list) => (list.length ? Math.max(...list) : 0);
      results[set] ??= {
        page: [],
        startUp: [],
        typing: [],
        filters: [],
        scroll: [],
        max: [],
        over50: [],
        rows: count,
        total: 0,
      };
      results[set].page.push(longest(pageStartUp));
      results[set].startUp.push(longest(startUp));
      results[set].typing.push(longest(typing));
      results[set].filters.push(longest(filters));
      results[set].scroll.push(longest(scroll));
      results[set].max.push(longest(tasks));
      results[set].over50.push(tasks.filter((duration) => duration > 50).length);
      results[set].total = set === "ioc" ? dataset.indicators.length : 5000;
      await tab.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

const lines = [
  "| data | indicators | rows rendered | page load before the explorer: longest, median (ms) | explorer start-up: longest, median / worst (ms) | typing: longest, median / worst (ms) | filters: longest, median / worst (ms) | scroll: longest, median / worst (ms) | interaction: tasks > 50 ms, worst |",
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...Object.entries(results).map(
    ([set, r]) =>
      `| ${set === "ioc" ? "sandbox IOC, 27 fields" : "27 fields × 5,000"} | ${r.total} | ${r.rows} | ${fmt(median(r.page))} | ${fmt(median(r.startUp))} / ${fmt(Math.max(...r.startUp))} | ${fmt(median(r.typing))} / ${fmt(Math.max(...r.typing))} | ${fmt(median(r.filters))} / ${fmt(Math.max(...r.filters))} | ${fmt(median(r.scroll))} / ${fmt(Math.max(...r.scroll))} | ${Math.max(...r.over50)} |`,
  ),
];
const report = `# IndicatorExplorer long tasks\n\n${lines.join("\n")}\n\n${ROUNDS} rounds; load average at start ${fmt(loadAtStart, 2)}, at the end ${fmt(os.loadavg()[0], 2)}, on ${os.cpus().length} CPUs; ${new Date().toISOString().slice(0, 10)}. A long task is the browser's (> 50 ms; 0: none). The page load before the explorer is the bench page's own work (modules, the data's JSON) that ends before the explorer's first render is asked for; explorer start-up is its first render and the search index built after it; the phases are typing a search letter by letter, two filters and clearing them, and scrolling to the end (each phase's long tasks counted apart). Command: \`pnpm --filter @chinhquyenso/bench bench:explorer\`.\n`;
console.log(report);
if (!process.env.BENCH_NO_WRITE) writeFileSync(path.join(here, "../results/explorer.md"), report);
