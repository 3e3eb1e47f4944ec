// Consumer tests from packed tarballs: what department developers actually install.
//   1. pnpm pack every package (workspace: ranges become real versions);
//   2. npm install the tarballs into throwaway consumers (React 19 + Vite, React 18 + Vite);
//   3. build each app and render it in Chromium, render every widget on the server, run a CommonJS and an ES
//      module Node script against a loopback server, type-check a sample under moduleResolution bundler and
//      node16 (skipLibCheck off), and run the mocks' command-line sandbox from its tarball.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expectAppRenders } from "./lib/browser.mjs";
import { installFixture } from "./lib/install.mjs";
import { packAll } from "./lib/pack.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const work = mkdtempSync(path.join(tmpdir(), "cqs-consumers-"));

const run = (cwd, command, args) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const bin = (cwd, name) => path.join(cwd, "node_modules", ".bin", name);

async function check(name, action) {
  const started = performance.now();
  try {
    await action();
    console.log(`  ✔ ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    const output = [error.stdout, error.stderr].filter(Boolean).join("\n").trim();
    throw new Error(`${name} failed: ${error.message}${output ? `\n${output}` : ""}`);
  }
}

/** Starts `chinhquyenso-mocks sandbox` from the installed tarball and checks its health endpoint. */
async function sandboxFromTarball(cwd) {
  const controlToken = "consumer-check-control-token";
  const child = spawn(
    bin(cwd, "chinhquyenso-mocks"),
    ["sandbox", "--port", "0", "--control-token", controlToken],
    {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  try {
    const url = await new Promise((resolve, reject) => {
      let output = "";
      child.stdout.on("data", (chunk) => {
        output += chunk;
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]);
      });
      child.once("exit", (code) =>
        reject(new Error(`the sandbox exited (${code}) before listening: ${output}`)),
      );
    });
    const response = await fetch(`${url}/__sandbox/health`, {
      headers: { authorization: `Bearer ${controlToken}` },
    });
    if (!response.ok) throw new Error(`health answered ${response.status}`);
  } finally {
    child.kill("SIGTERM");
  }
}

try {
  console.log(`packing the packages into ${work}`);
  const tarballs = packAll(root, work);

  const react19 = path.join(work, "react19");
  await check("React 19 consumer installs from tarballs (npm)", () =>
    installFixture(path.join(here, "fixtures/react19"), react19, tarballs, {
      ssr: path.join(here, "fixtures/ssr"),
    }),
  );
  await check("React 19 + Vite app builds", () => run(react19, bin(react19, "vite"), ["build"]));
  await check("React 19 app renders in Chromium", () =>
    expectAppRenders(path.join(react19, "dist"), ["Quá hạn", "thu dau mot"]),
  );
  await check("React 19 server rendering of every widget", () => run(react19, "node", ["ssr/index.mjs"]));
  await check("Node CommonJS script", () => run(react19, "node", ["node/cjs.cjs"]));
  await check("Node ES module script", () => run(react19, "node", ["node/esm.mjs"]));
  await check("TypeScript moduleResolution bundler", () =>
    run(react19, bin(react19, "tsc"), ["-p", "types/bundler"]),
  );
  await check("TypeScript moduleResolution node16 (ESM and CJS)", () =>
    run(react19, bin(react19, "tsc"), ["-p", "types/node16"]),
  );
  await check("chinhquyenso-mocks sandbox from its tarball", () => sandboxFromTarball(react19));

  const react18 = path.join(work, "react18");
  await check("React 18 consumer installs from tarballs (npm)", () =>
    installFixture(path.join(here, "fixtures/react18"), react18, tarballs, {
      ssr: path.join(here, "fixtures/ssr"),
    }),
  );
  await check("React 18 + Vite app builds", () => run(react18, bin(react18, "vite"), ["build"]));
  await check("React 18 app renders in Chromium", () =>
    expectAppRenders(path.join(react18, "dist"), [
      "Quá hạn",
      "thu dau mot",
      "Chờ tiếp nhận trực tuyến",
      "000.00.00.H29-260115-0001",
      "Kiểm tra văn bản cần ký",
    ]),
  );
  await check("React 18 server rendering of every widget", () => run(react18, "node", ["ssr/index.mjs"]));
  console.log("✔ consumer tests passed");
} catch (error) {
  console.error(`✖ ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
