// What both README commands need before they do anything: the right Node, pnpm at the pinned version,
// dependencies from the frozen lockfile and, for browser tests, Debian's Chromium. Every step is idempotent
// and quick when already done; none downloads a browser build.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_PATH } from "./chromium.mjs";
import { dim, fatal, ok, seconds, step } from "./ui.mjs";

export const root = fileURLToPath(new URL("../..", import.meta.url));
const rootPackage = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
export const PNPM_VERSION = rootPackage.packageManager.replace(/^pnpm@/, "").split("+")[0];

export function checkNode() {
  const [major, minor] = process.versions.node.split(".").map(Number);
  const supported = (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22;
  if (!supported) {
    fatal(
      `Node ${process.versions.node} is not supported: install Node 20.19+ (LTS) — e.g. \`nvm install 20\` — and run again`,
    );
  }
}

function run(command, args, options = {}) {
  return spawnSync(command, args, { encoding: "utf8", ...options });
}

/** Puts pnpm at the pinned version first on PATH (a private copy in the user's cache unless one is installed). */
export function ensurePnpm() {
  const onPath = run("pnpm", ["--version"]);
  if (onPath.status === 0 && onPath.stdout.trim() === PNPM_VERSION) return;

  const cache = process.env.XDG_CACHE_HOME ?? path.join(homedir(), ".cache");
  const prefix = path.join(cache, "chinhquyenso", `pnpm-${PNPM_VERSION}`);
  const binDir = path.join(prefix, "node_modules", ".bin");
  if (!existsSync(path.join(binDir, "pnpm"))) {
    const started = performance.now();
    step(`installing pnpm ${PNPM_VERSION} ${dim(`into ${prefix}`)}`);
    mkdirSync(prefix, { recursive: true });
    const npm = run(
      "npm",
      ["install", "--prefix", prefix, "--no-audit", "--no-fund", "--loglevel=error", `pnpm@${PNPM_VERSION}`],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    if (npm.status !== 0) {
      fatal(
        `could not install pnpm ${PNPM_VERSION} with npm (${lastLine(npm.stderr)}): check access to the npm registry`,
      );
    }
    ok(`pnpm ${PNPM_VERSION} installed (${seconds(started)})`);
  }
  process.env.PATH = `${binDir}${path.delimiter}${process.env.PATH}`;
}

export function installDependencies() {
  const started = performance.now();
  const install = run("pnpm", ["install", "--frozen-lockfile", "--prefer-offline"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (install.status !== 0) {
    const log = writeLog("pnpm-install", install.stdout + install.stderr);
    const reason = /ERR_PNPM_OUTDATED_LOCKFILE/.test(install.stdout + install.stderr)
      ? "pnpm-lock.yaml does not match package.json: run `pnpm install` and commit the lockfile"
      : `pnpm install failed (${lastLine(install.stdout + install.stderr)})`;
    fatal(`${reason} — full log: ${log}`);
  }
  ok(`dependencies up to date (${seconds(started)})`);
}

/** Installs Debian's Chromium with apt-get when browser tests need it and it is missing. */
export function ensureChromium() {
  if (isExecutable(CHROMIUM_PATH)) {
    ok(`Chromium at ${CHROMIUM_PATH}`);
    return;
  }
  if (process.env.CQS_CHROMIUM_PATH) {
    fatal(`CQS_CHROMIUM_PATH=${CHROMIUM_PATH} is not an executable file: point it at Chromium or unset it`);
  }
  if (run("sh", ["-c", "command -v apt-get"]).status !== 0) {
    fatal(
      "browser tests need Chromium at /usr/bin/chromium and this machine has no apt-get: install Chromium and set CQS_CHROMIUM_PATH to it",
    );
  }
  const isRoot = process.getuid?.() === 0;
  if (!isRoot && run("sudo", ["-n", "true"]).status !== 0) {
    fatal(
      "browser tests need Chromium: run `sudo apt-get install -y chromium` once, then run this command again",
    );
  }
  const started = performance.now();
  step("installing Debian's Chromium with apt-get (once, about 30 s)");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const apt = (args) => {
    const command = [...(isRoot ? [] : ["sudo", "-n"]), "apt-get", ...args];
    return run(command[0], command.slice(1), { env });
  };
  const update = apt(["update", "-qq"]);
  const install =
    update.status === 0 ? apt(["install", "-y", "-qq", "--no-install-recommends", "chromium"]) : update;
  if (install.status !== 0 || !isExecutable(CHROMIUM_PATH)) {
    const log = writeLog("apt-chromium", install.stdout + install.stderr);
    fatal(
      `apt-get could not install chromium (${lastLine(install.stderr || install.stdout)}) — full log: ${log}`,
    );
  }
  ok(`Chromium installed (${seconds(started)})`);
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function lastLine(text) {
  const lines = (text ?? "").trim().split("\n").filter(Boolean);
  return lines.at(-1)?.trim() ?? "no output";
}

function writeLog(name, text) {
  const file = path.join(tmpdir(), `chinhquyenso-${name}-${Date.now()}.log`);
  writeFileSync(file, text);
  return file;
}

export { CHROMIUM_PATH };
