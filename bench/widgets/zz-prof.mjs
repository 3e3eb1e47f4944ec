import path from "node:path";
import { chromium } from "playwright-core";
import { generateData } from "/work/wt-widgetperf/bench/widgets/data.mjs";
import { buildPage } from "/work/wt-widgetperf/bench/widgets/page-build.mjs";
import { serve } from "/work/wt-widgetperf/bench/widgets/serve.mjs";

const data = generateData("nguyen");
const page = await buildPage("/work/wt-widgetperf/bench/widgets/page.tsx", { minify: false });
const server = await serve({
  "/": { type: "text/html", body: page.html },
  "/page.js": { type: "text/javascript", body: page.js },
  "/data.json": { type: "application/json", body: data.json },
});
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--js-flags=--expose-gc",
    "--enable-precise-memory-info",
  ],
});
const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await tab.goto(server.url);
await tab.waitForFunction(() => "cqsBench" in window);
await tab.evaluate(() => window.cqsBench.load());
const call = (name, ...args) => tab.evaluate(([n, a]) => window.cqsBench[n](...a), [name, args]);
const mode = process.argv[2] ?? "mount";
for (let i = 0; i < 3; i++) {
  await call("mount", { kind: "queue", size: "100000" });
  await call("settle");
}
const cdp = await tab.context().newCDPSession(tab);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
const times = [];
for (let i = 0; i < 8; i++) {
  if (mode === "mount") {
    times.push(await call("mount", { kind: "queue", size: "100000" }));
    await call("settle");
  } else {
    await call("mount", { kind: "queue", size: "100000" });
    await call("settle");
    const r = await call("queueSearch", "100000", "nguyen", data.expected);
    times.push(r.map((x) => x.commit.toFixed(1)).join(","));
  }
}
const { profile } = await cdp.send("Profiler.stop");
console.log(times);
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas;
const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) {
  const n = byId.get(id);
  const k = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}`;
  self.set(k, (self.get(k) ?? 0) + t);
}
console.log(
  [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)
    .map(([k, t]) => `${(t / 1000).toFixed(1)}ms ${k}`)
    .join("\n"),
);
await browser.close();
server.close();
