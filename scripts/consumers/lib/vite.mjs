// The Vite consumers (React 19 and React 18): each app builds and renders in Chromium; the React 19 one also
// renders every widget on the server, runs CommonJS and ES module scripts, type-checks samples and starts the
// mocks' sandbox command, all from the tarballs.
import path from "node:path";
import { expectAppRenders } from "./browser.mjs";
import { installFixture } from "./install.mjs";
import { bin, check, run, startServer } from "./tasks.mjs";

/** Starts `chinhquyenso-mocks sandbox` from the installed tarball and checks its health endpoint. */
async function sandboxFromTarball(cwd) {
  const sandbox = startServer(cwd, bin(cwd, "chinhquyenso-mocks"), ["sandbox", "--port", "0"], {
    pattern: /listening on (http:\/\/\S+)/,
  });
  try {
    const response = await fetch(`${await sandbox.url}/__sandbox/health`);
    if (!response.ok) throw new Error(`health answered ${response.status}`);
  } finally {
    await sandbox.stop();
  }
}

export async function viteConsumers({ fixtures, work, tarballs }) {
  const ssr = path.join(fixtures, "ssr");

  const react19 = path.join(work, "react19");
  const name19 = "React 19 + Vite";
  await check(name19, "installs from tarballs (npm)", () =>
    installFixture(path.join(fixtures, "react19"), react19, tarballs, { ssr }),
  );
  await check(name19, "builds", () => run(react19, bin(react19, "vite"), ["build"]));
  await check(name19, "renders in Chromium", () =>
    expectAppRenders(path.join(react19, "dist"), ["Quá hạn", "thu dau mot"]),
  );
  await check(name19, "server rendering of every widget", () => run(react19, "node", ["ssr/index.mjs"]));
  await check(name19, "Node CommonJS script", () => run(react19, "node", ["node/cjs.cjs"]));
  await check(name19, "Node ES module script", () => run(react19, "node", ["node/esm.mjs"]));
  await check(name19, "TypeScript moduleResolution bundler", () =>
    run(react19, bin(react19, "tsc"), ["-p", "types/bundler"]),
  );
  await check(name19, "TypeScript moduleResolution node16 (ESM and CJS)", () =>
    run(react19, bin(react19, "tsc"), ["-p", "types/node16"]),
  );
  await check(name19, "chinhquyenso-mocks sandbox from its tarball", () => sandboxFromTarball(react19));

  const react18 = path.join(work, "react18");
  const name18 = "React 18 + Vite";
  await check(name18, "installs from tarballs (npm)", () =>
    installFixture(path.join(fixtures, "react18"), react18, tarballs, { ssr }),
  );
  await check(name18, "builds", () => run(react18, bin(react18, "vite"), ["build"]));
  await check(name18, "renders in Chromium", () =>
    expectAppRenders(path.join(react18, "dist"), [
      "Quá hạn",
      "thu dau mot",
      "Chờ tiếp nhận trực tuyến",
      "000.00.00.H29-260115-0001",
      "Kiểm tra văn bản cần ký",
    ]),
  );
  await check(name18, "server rendering of every widget", () => run(react18, "node", ["ssr/index.mjs"]));
}
