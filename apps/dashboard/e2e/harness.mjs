// The end-to-end stack, shared by the e2e tests and the screenshot script: the real sandbox over HTTP on a free
// port (fixed seed and clock), the *built* dashboard served from dist/ by a small static server on another free
// port (its /config.js points the app at that sandbox), and Debian's Chromium through playwright-core.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startSandbox } from "@chinhquyenso/mocks/sandbox";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../../scripts/lib/chromium.mjs";

/** The sandbox's clock and the browser's: every run sees the same data, due dates and countdowns. */
export const NOW = "2026-11-26T10:00:00+07:00";
export const SEED = 1;
export const SIZE = 300;
/** How long a simulated signer takes to confirm in the provider's app (the demo's default is 3 s). */
export const SIGNING_DELAY_MS = 1500;

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** Serves dist/ with a history-API fallback, and a /config.js naming the API. */
function serveDist(apiUrl) {
  if (!existsSync(path.join(DIST, "index.html")))
    throw new Error(`no build in ${DIST}: run "pnpm --filter @chinhquyenso/dashboard build" first`);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname === "/config.js") {
      response.writeHead(200, { "content-type": TYPES[".js"], "cache-control": "no-store" });
      response.end(`window.CQS_CONFIG = ${JSON.stringify({ apiUrl })};\n`);
      return;
    }
    let file = path.join(DIST, decodeURIComponent(url.pathname));
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory())
      file = path.join(DIST, "index.html");
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

/**
 * Starts sandbox, static server and browser. `page()` opens a fresh context (own storage) with the clock fixed
 * at NOW; `reset()` restores the sandbox's data set between tests; `close()` stops everything.
 */
export async function startStack({ signingDelayMs = SIGNING_DELAY_MS } = {}) {
  const sandbox = await startSandbox({
    port: 0,
    seed: SEED,
    size: SIZE,
    now: NOW,
    signing: { outcome: "complete", confirmAfterMs: signingDelayMs },
  });
  let server;
  let browser;
  try {
    server = await serveDist(sandbox.url);
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    server?.close();
    await sandbox.close();
    throw error;
  }
  const appUrl = `http://127.0.0.1:${server.address().port}`;
  const contexts = new Set();

  return {
    appUrl,
    apiUrl: sandbox.url,
    sandbox,
    /** A new page in its own context; `storage` pre-sets localStorage (locale, theme). */
    async page({ storage = {}, viewport = { width: 1366, height: 900 } } = {}) {
      const context = await browser.newContext({ viewport, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
      contexts.add(context);
      await context.addInitScript((entries) => {
        for (const [key, value] of Object.entries(entries)) window.localStorage.setItem(key, value);
      }, storage);
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date(NOW));
      const errors = [];
      page.on("pageerror", (error) => errors.push(error.message));
      return { page, errors, context };
    },
    /** The same data set as at start, over the sandbox's control route. */
    async reset() {
      for (const context of contexts) await context.close();
      contexts.clear();
      const response = await fetch(`${sandbox.url}/__sandbox/reset`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${sandbox.controlToken}` },
        body: JSON.stringify({ seed: SEED, size: SIZE, now: NOW }),
      });
      if (!response.ok) throw new Error(`sandbox reset answered ${response.status}`);
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      await sandbox.close();
    },
  };
}
