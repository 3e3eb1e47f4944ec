// The widget bench's page in Chromium (never downloaded): the data generated in Node, the page bundled with the
// built packages, both served on loopback, a tab with V8's heap usage exposed (typed-array backing stores
// included), the data loaded. Shared by run.mjs (the bench) and trace.mjs (long-task attribution).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/lib/chromium.mjs";
import { generateData } from "./data.mjs";
import { buildPage } from "./page-build.mjs";
import { serve } from "./serve.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
// The repository's Chromium flags, plus what the heap figures need.
const BENCH_ARGS = [...CHROMIUM_ARGS, "--enable-precise-memory-info", "--js-flags=--expose-gc"];

/** `close()` ends the browser and the server; `call(name, ...args)` runs `window.cqsBench[name]`. */
export async function openBenchPage({ search, minify = true }) {
  const data = generateData(search);
  const page = await buildPage(path.join(here, "page.tsx"), { minify });
  const server = await serve({
    "/": { type: "text/html", body: page.html },
    "/page.js": { type: "text/javascript", body: page.js },
    "/data.json": { type: "application/json", body: data.json },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: BENCH_ARGS });
  const close = async () => {
    await browser.close();
    server.close();
  };
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    tab.on("pageerror", (error) => console.error("page error:", error.message));
    const cdp = await tab.context().newCDPSession(tab);
    await tab.exposeFunction("cqsHeapUsage", () => cdp.send("Runtime.getHeapUsage"));
    await tab.goto(server.url);
    await tab.waitForFunction(() => "cqsBench" in window);
    const { dataHeap } = await tab.evaluate(() => window.cqsBench.load());
    const call = (name, ...args) => tab.evaluate(([n, a]) => window.cqsBench[n](...a), [name, args]);
    return { data, browser, tab, call, dataHeap, close };
  } catch (error) {
    await close();
    throw error;
  }
}
