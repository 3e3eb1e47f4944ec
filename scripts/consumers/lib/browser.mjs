// Opens consumer apps in Debian's Chromium (playwright-core): waits for the expected text, records the requests
// the page makes, and fails on any page error, console error or console warning (React reports hydration
// mismatches there). Static builds are served from a folder on loopback.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../lib/chromium.mjs";
import { oneBrowserAtATime } from "./tasks.mjs";

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };

function serve(folder) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    let file = path.join(folder, decodeURIComponent(url.pathname));
    if (!file.startsWith(folder) || !existsSync(file) || statSync(file).isDirectory())
      file = path.join(folder, "index.html");
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/**
 * Opens `url`, waits until every expected text is visible and, with `settledBy`, until the page makes a request
 * that `settledBy(url)` accepts (a sign that it has hydrated and run its effects), then runs `steps(page)`.
 * Resolves with every request URL the page made. Throws with the page's errors and warnings if there were any.
 */
export function inspectPage(url, { texts = [], settledBy, steps } = {}) {
  return oneBrowserAtATime(async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const problems = [];
    const requests = [];
    try {
      const page = await browser.newPage();
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("console", (message) => {
        // The browser asks every site for /favicon.ico; a fixture without one is no failure of ours.
        if (new URL(message.location().url || url).pathname === "/favicon.ico") return;
        if (message.type() === "error" || message.type() === "warning")
          problems.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
      });
      page.on("request", (request) => requests.push(new URL(request.url())));
      const settled = settledBy
        ? page.waitForRequest((request) => settledBy(new URL(request.url())), { timeout: 15_000 })
        : undefined;
      await page.goto(url);
      for (const text of texts) {
        await page.getByText(text, { exact: true }).first().waitFor({ state: "visible", timeout: 15_000 });
      }
      if (settled) {
        await settled;
        // One more task: requests started by promise chains of the same effects have been sent by then.
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
      }
      if (steps) await steps(page);
      if (problems.length > 0) throw new Error(`the page logged: ${problems.join(" | ")}`);
      return requests;
    } catch (error) {
      if (problems.length > 0 && !String(error.message).includes("the page logged")) {
        error.message += ` (the page logged: ${problems.join(" | ")})`;
      }
      throw error;
    } finally {
      await browser.close();
    }
  });
}

/** Serves a static build and checks that the expected texts render without errors. */
export async function expectAppRenders(folder, texts) {
  const server = await serve(folder);
  try {
    await inspectPage(`http://127.0.0.1:${server.address().port}/`, { texts });
  } finally {
    server.close();
  }
}
