// The Vite consumers (React 19 and React 18): each app builds and renders in Chromium; the React 19 one also
// renders every widget on the server, runs CommonJS and ES module scripts, type-checks samples and starts the
// mocks' sandbox command, all from the tarballs.
import path from "node:path";
import { expectAppRenders } from "./browser.mjs";
import { installFixture } from "./install.mjs";
import { bin, check, run, startServer } from "./tasks.mjs";

/** Starts `chinhquyenso-mocks sandbox` from the installed tarball and checks its health endpoint. */
async function sandboxFromTarball(cwd) {
  const controlToken = "consumer-check-control-token";
  const args = ["sandbox", "--port", "0", "--control-token", controlToken];
  const sandbox = startServer(cwd, bin(cwd, "chinhquyenso-mocks"), args, {
    pattern: /listening on (http:\/\/\S+)/,
  });
  try {
    // Control routes answer only the control token.
    const response = await fetch(`${await sandbox.url}/__sandbox/health`, {
      headers: { authorization: `Bearer ${controlToken}` },
    });
    if (!response.ok) throw new Error(`health answered ${response.status}`);
  } finally {
    await sandbox.stop();
  }
}

/** Installs a Vite app from the tarballs, builds it and renders it in Chromium. */
async function viteApp(name, fixture, app, context, texts) {
  await check(name, "installs from tarballs (npm)", () =>
    installFixture(fixture, app, context.tarballs, { ssr: path.join(context.fixtures, "ssr") }),
  );
  await check(name, "builds", () => run(app, bin(app, "vite"), ["build"]));
  await check(name, "renders in Chromium", () => expectAppRenders(path.join(app, "dist"), texts));
  await check(name, "server rendering of every widget", () => run(app, "node", ["ssr/index.mjs"]));
}

export async function viteConsumers(context) {
  const { fixtures, work } = context;
  const react19 = path.join(work, "react19");
  const name19 = "React 19 + Vite";
  await viteApp(name19, path.join(fixtures, "react19"), react19, context, ["Quá hạn", "thu dau mot"]);
  await check(name19, "Node CommonJS script", () => run(react19, "node", ["node/cjs.cjs"]));
  await check(name19, "Node ES module script", () => run(react19, "node", ["node/esm.mjs"]));
  await check(name19, "TypeScript moduleResolution bundler", () =>
    run(react19, bin(react19, "tsc"), ["-p", "types/bundler"]),
  );
  await check(name19, "TypeScript moduleResolution node16 (ESM and CJS)", () =>
    run(react19, bin(react19, "tsc"), ["-p", "types/node16"]),
  );
  await check(name19, "chinhquyenso-mocks sandbox from its tarball", () => sandboxFromTarball(react19));

  await viteApp("React 18 + Vite", path.join(fixtures, "react18"), path.join(work, "react18"), context, [
    "Quá hạn",
    "thu dau mot",
    "Chờ tiếp nhận trực tuyến",
    "000.00.00.H29-260115-0001",
    "Kiểm tra văn bản cần ký",
  ]);
}
