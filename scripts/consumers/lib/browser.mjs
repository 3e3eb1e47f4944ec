// Serves a built app from a folder on loopback and opens it in Debian's Chromium (playwright-core), checking
// that the expected text renders and that the page logs no error.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../lib/chromium.mjs";

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

/** Opens the app and waits until every expected text is visible; throws with the page's errors otherwise. */
export async function expectAppRenders(folder, expectedTexts) {
  const server = await serve(folder);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const errors = [];
  try {
    const page = await browser.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    for (const text of expectedTexts) {
      await page.getByText(text, { exact: true }).first().waitFor({ state: "visible", timeout: 15_000 });
    }
    if (errors.length > 0) throw new Error(`the page logged errors: ${errors.join(" | ")}`);
  } catch (error) {
    if (errors.length > 0 && !String(error.message).includes("logged errors")) {
      error.message += ` (page errors: ${errors.join(" | ")})`;
    }
    throw error;
  } finally {
    await browser.close();
    server.close();
  }
}
