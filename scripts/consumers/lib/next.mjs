// The Next.js App Router consumer (fixtures/next): `next build` and `next start` from the tarballs, then the
// HTML and Chromium checks. A server component page renders display widgets directly; a client component page
// shows DossierQueue (prefetched on the server), SigningPrompt and ComplaintThread (lazy) against the sandbox.
import path from "node:path";
import { inspectPage } from "./browser.mjs";
import { installFixture } from "./install.mjs";
import {
  expectHtml,
  liveStreamOf,
  requestsTo,
  SANDBOX_NOW,
  serverToken,
  startPlatform,
} from "./platform.mjs";
import { bin, check, run, startServer } from "./tasks.mjs";

const NAME = "Next.js 16 App Router";

export async function nextConsumer({ fixtures, work, tarballs }) {
  const app = path.join(work, "next");
  await check(NAME, "installs from tarballs (npm)", () =>
    installFixture(path.join(fixtures, "next"), app, tarballs),
  );
  const platform = await startPlatform();
  const token = serverToken();
  const env = {
    NEXT_TELEMETRY_DISABLED: "1",
    CQS_API_URL: platform.url,
    CQS_SERVER_TOKEN: token,
    CQS_SANDBOX_NOW: SANDBOX_NOW,
  };
  let server;
  try {
    await check(NAME, "next build (type-checks the app)", () => run(app, bin(app, "next"), ["build"], env));
    server = startServer(app, bin(app, "next"), ["start", "-p", "0", "-H", "127.0.0.1"], { env });
    const url = await check(NAME, "next start", () => server.url);

    const queue = await platform.get("/v1/dossiers?queue=in_progress&limit=20");
    const firstCode = queue.items[0].code;
    await check(NAME, "server component page: widgets in the HTML", async () => {
      const html = await (await fetch(`${url}/`)).text();
      expectHtml(html, ["Đúng hạn", "96,5%", "Quá hạn", "Chưa có tin tức."]);
    });
    await check(NAME, "prefetched queue in the HTML, no server token", async () => {
      const html = await (await fetch(`${url}/work`)).text();
      expectHtml(html, [firstCode, "Đang xử lý"], [token, "server-secret-"]);
    });
    await check(NAME, "server component page hydrates in Chromium without errors or warnings", () =>
      inspectPage(`${url}/`, { texts: ["Đúng hạn", "Quá hạn", "Chưa có tin tức."] }),
    );
    await check(
      NAME,
      "client widgets hydrate from the prefetch, then load and sign against the sandbox",
      async () => {
        const feedback = await platform.get("/v1/feedback?limit=1");
        const requests = await inspectPage(`${url}/work`, {
          texts: [firstCode, feedback.items[0].title],
          settledBy: liveStreamOf(platform.url),
          async steps(page) {
            // Review: the fingerprint is computed from the document downloaded from the sandbox; then the
            // sandbox's signing providers.
            await page.getByRole("button", { name: "Ký số" }).click();
            const dialog = page.getByRole("dialog");
            await dialog.getByText(/^[0-9A-F]{4}( [0-9A-F]{4}){15}$/).waitFor({ timeout: 15_000 });
            await dialog.getByRole("button", { name: "Tiếp tục" }).click();
            await dialog.getByText("VNPT SmartCA").first().waitFor({ timeout: 15_000 });
          },
        });
        const refetched = requestsTo(requests, platform.url, ["/v1/dossiers", "/v1/dossier-counts"]);
        if (refetched.length > 0)
          throw new Error(`the browser fetched the prefetched queue again: ${refetched}`);
        if (requestsTo(requests, platform.url, [`/v1/feedback/${feedback.items[0].id}`]).length === 0)
          throw new Error("the browser did not load the feedback (the thread's data is not the server's)");
      },
    );
  } finally {
    await server?.stop();
    await platform.close();
  }
}
