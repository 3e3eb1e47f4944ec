// Bench of ComplaintThread with long threads, in real Chromium (Debian's, never downloaded): builds bench/page.tsx
// with production React, loads it with the widget's stylesheets, and prints medians and ratios as a Markdown
// table. Run: pnpm --filter @chinhquyenso/react bench
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { chromium } from "playwright-core";
import { build } from "vite";

const here = path.dirname(fileURLToPath(import.meta.url));
const src = path.resolve(here, "../..");
const rounds = Number(process.env.BENCH_ROUNDS ?? 25);

const output = await build({
  configFile: false,
  logLevel: "warn",
  plugins: [react()],
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    write: false,
    minify: true,
    lib: { entry: path.join(here, "page.tsx"), formats: ["es"], fileName: "page" },
  },
});
const chunk = [output].flat()[0].output.find((item) => item.type === "chunk");
const css = [
  "styles/tokens.css",
  "styles/base.css",
  "ComplaintThread/complaint-thread.css",
  "ComplaintThread/complaint-thread-composer.css",
]
  .map((file) => readFileSync(path.join(src, file), "utf8"))
  .join("\n");

// The same Chromium and flags as the browser tests (vitest.shared.ts).
const browser = await chromium.launch({
  executablePath: process.env.CQS_CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.setContent(
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>${css}</style></head><body></body></html>`,
  );
  await page.addScriptTag({ type: "module", content: chunk.code });
  await page.waitForFunction(() => "cqsBench" in window);
  const rows = await page.evaluate((count) => window.cqsBench.run(count), rounds);
  const anchor = rows.find((row) => row.case.startsWith("bare"));
  const ms = (value) => value.toFixed(2);
  const ratio = (value, base) => `${(value / base).toFixed(2)}×`;
  const lines = [
    "",
    `ComplaintThread bench — Chromium ${browser.version()}, ${os.cpus().length} cores, Node ${process.versions.node}, median of ${rounds} rounds (ms)`,
    "",
    "| case | first render | keystroke in composer | new entry appended | render vs anchor | keystroke vs anchor |",
    "|---|---:|---:|---:|---:|---:|",
    ...rows.map(
      (row) =>
        `| ${row.case} | ${ms(row.mount)} | ${ms(row.keystroke)} | ${ms(row.append)} | ${ratio(row.mount, anchor.mount)} | ${ratio(row.keystroke, anchor.keystroke)} |`,
    ),
    "",
  ];
  process.stdout.write(lines.join("\n"));
} finally {
  await browser.close();
}
