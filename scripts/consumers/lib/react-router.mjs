// The React Router 7 consumer (fixtures/react-router), framework mode with server rendering: a loader
// prefetches the dossier queue with the server's client; the page hydrates from it without fetching it again.
import path from "node:path";
import { inspectPage } from "./browser.mjs";
import { installFixture } from "./install.mjs";
import { expectHtml, liveStreamOf, requestsTo, serverToken, startPlatform } from "./platform.mjs";
import { bin, check, freePort, run, startServer } from "./tasks.mjs";

const NAME = "React Router 7";

export async function reactRouterConsumer({ fixtures, work, tarballs }) {
  const app = path.join(work, "react-router");
  await check(NAME, "installs from tarballs (npm)", () =>
    installFixture(path.join(fixtures, "react-router"), app, tarballs),
  );
  await check(NAME, "type-checks (react-router typegen, tsc)", async () => {
    await run(app, bin(app, "react-router"), ["typegen"]);
    await run(app, bin(app, "tsc"), []);
  });
  await check(NAME, "react-router build", () => run(app, bin(app, "react-router"), ["build"]));
  const platform = await startPlatform();
  const token = serverToken();
  const port = await freePort();
  const server = startServer(app, bin(app, "react-router-serve"), ["build/server/index.js"], {
    env: { PORT: String(port), HOST: "127.0.0.1", CQS_API_URL: platform.url, CQS_SERVER_TOKEN: token },
    pattern: /\[react-router-serve\] http:\/\/localhost(:\d+)/,
  });
  try {
    const url = `http://127.0.0.1${await check(NAME, "react-router-serve", () => server.url)}`;
    const queue = await platform.get("/v1/dossiers?queue=in_progress&limit=20");
    const firstCode = queue.items[0].code;
    await check(NAME, "loader-prefetched queue in the HTML, no server token", async () => {
      const html = await (await fetch(`${url}/`)).text();
      expectHtml(html, [firstCode, "Hồ sơ đang xử lý"], [token, "server-secret-"]);
    });
    await check(NAME, "hydrates in Chromium from the loader's data, without errors or warnings", async () => {
      const requests = await inspectPage(`${url}/`, {
        texts: [firstCode],
        settledBy: liveStreamOf(platform.url),
      });
      const refetched = requestsTo(requests, platform.url, ["/v1/dossiers", "/v1/dossier-counts"]);
      if (refetched.length > 0)
        throw new Error(`the browser fetched the prefetched queue again: ${refetched}`);
    });
  } finally {
    await server.stop();
    await platform.close();
  }
}
