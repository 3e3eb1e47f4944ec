// The demo: sandbox API + example dashboard + Storybook, each on a printed local URL, stopped together.
//   demo           run until Ctrl+C (ports 4010, 5173, 6006; override with CQS_*_PORT)
//   demo --check   start all three on free ports, check each answers, stop — the demo's own test
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { root } from "./preflight.mjs";
import { bold, dim, fatal, ok, seconds, step } from "./ui.mjs";

const HOST = "127.0.0.1";
const READY_TIMEOUT_MS = 180_000;

// The sandbox's control routes need its control token; the demo chooses one to check the sandbox's health.
const CONTROL_TOKEN = randomBytes(18).toString("base64url");

function services(ports) {
  const sandboxUrl = `http://${HOST}:${ports.sandbox}`;
  return [
    {
      name: "sandbox",
      label: "Sandbox API",
      port: ports.sandbox,
      portVariable: "CQS_SANDBOX_PORT",
      command: [
        "node",
        "packages/mocks/dist/cli.js",
        "sandbox",
        "--host",
        HOST,
        "--port",
        String(ports.sandbox),
        "--control-token",
        CONTROL_TOKEN,
      ],
      probe: {
        path: "/__sandbox/health",
        expect: '"status":"ok"',
        headers: { authorization: `Bearer ${CONTROL_TOKEN}` },
      },
    },
    {
      name: "dashboard",
      label: "Dashboard",
      port: ports.dashboard,
      portVariable: "CQS_DASHBOARD_PORT",
      command: [
        "pnpm",
        "--filter",
        "@chinhquyenso/dashboard",
        "exec",
        "vite",
        "--host",
        HOST,
        "--port",
        String(ports.dashboard),
        "--strictPort",
      ],
      env: { VITE_CQS_API_URL: sandboxUrl },
      probe: { path: "/", expect: '<div id="root">' },
    },
    {
      name: "storybook",
      label: "Storybook",
      port: ports.storybook,
      portVariable: "CQS_STORYBOOK_PORT",
      // The static build (see static-site.mjs for why), built with the packages before the demo starts.
      command: ["node", "scripts/lib/static-site.mjs", "storybook-static", HOST, String(ports.storybook)],
      probe: { path: "/index.json", expect: '"entries"' },
    },
  ];
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function portFromEnv(variable, fallback) {
  const raw = process.env[variable];
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    fatal(`${variable}=${raw} is not a port number (1–65535)`);
  return port;
}

async function probe(service) {
  try {
    const response = await fetch(`http://${HOST}:${service.port}${service.probe.path}`, {
      headers: service.probe.headers ?? {},
    });
    return response.ok && (await response.text()).includes(service.probe.expect);
  } catch {
    return false;
  }
}

class Child {
  constructor(service) {
    this.service = service;
    this.tail = [];
    this.streaming = false;
    this.process = spawn(service.command[0], service.command.slice(1), {
      cwd: root,
      env: { ...process.env, ...service.env, FORCE_COLOR: "0", NO_COLOR: "1", BROWSER: "none" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    this.exited = new Promise((resolve) =>
      this.process.once("exit", (code, signal) => resolve({ code, signal })),
    );
    for (const stream of [this.process.stdout, this.process.stderr]) {
      stream.setEncoding("utf8");
      stream.on("data", (chunk) => this.#onOutput(chunk));
    }
  }

  #onOutput(chunk) {
    for (const line of chunk.split("\n")) {
      if (!line.trim()) continue;
      this.tail.push(line);
      if (this.tail.length > 200) this.tail.shift();
      if (this.streaming) console.log(`${dim(`[${this.service.name}]`)} ${line}`);
    }
  }

  stop() {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return this.exited;
    try {
      process.kill(-this.process.pid, "SIGTERM");
    } catch {}
    const force = setTimeout(() => {
      try {
        process.kill(-this.process.pid, "SIGKILL");
      } catch {}
    }, 5000);
    return this.exited.finally(() => clearTimeout(force));
  }

  failure(reason) {
    const log = path.join(tmpdir(), `chinhquyenso-demo-${this.service.name}.log`);
    writeFileSync(log, `${this.tail.join("\n")}\n`);
    return `${this.service.label} ${reason} — its output: ${log}`;
  }
}

async function waitUntilReady(child, deadline) {
  let exit;
  child.exited.then((result) => {
    exit = result;
  });
  while (performance.now() < deadline) {
    if (exit) fatal(child.failure(`stopped while starting (exit ${exit.code ?? exit.signal})`));
    if (await probe(child.service)) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  fatal(child.failure(`did not answer on port ${child.service.port} within ${READY_TIMEOUT_MS / 1000} s`));
}

export async function demo({ check = false } = {}) {
  const ports = check
    ? { sandbox: await freePort(), dashboard: await freePort(), storybook: await freePort() }
    : {
        sandbox: portFromEnv("CQS_SANDBOX_PORT", 4010),
        dashboard: portFromEnv("CQS_DASHBOARD_PORT", 5173),
        storybook: portFromEnv("CQS_STORYBOOK_PORT", 6006),
      };
  const list = services(ports);
  for (const service of list) {
    if (!(await portIsFree(service.port))) {
      fatal(
        `port ${service.port} (${service.label}) is already in use — is the demo already running? Stop it, or set ${service.portVariable} to a free port`,
      );
    }
  }

  const started = performance.now();
  step("starting the sandbox API, the dashboard and Storybook");
  const children = list.map((service) => new Child(service));
  let stopping = false;
  const stopAll = () => Promise.all(children.map((child) => child.stop()));
  const onSignal = () => {
    stopping = true;
    for (const child of children) child.streaming = false;
    console.log("\nstopping the demo…");
    void stopAll().then(() => process.exit(0));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    const deadline = performance.now() + READY_TIMEOUT_MS;
    await Promise.all(children.map((child) => waitUntilReady(child, deadline)));
  } catch (error) {
    await stopAll();
    throw error;
  }

  ok(`demo ready (${seconds(started)})`);
  for (const service of list)
    console.log(`  ${service.label.padEnd(12)} ${bold(`http://${HOST}:${service.port}`)}`);

  if (check) {
    await stopAll();
    ok("demo check passed: all three answered and stopped cleanly");
    return;
  }

  console.log(dim("  Press Ctrl+C to stop."));
  for (const child of children) child.streaming = true;
  const first = await Promise.race(children.map((child) => child.exited.then((exit) => ({ child, exit }))));
  if (stopping) return;
  await stopAll();
  fatal(
    first.child.failure(
      `stopped unexpectedly (exit ${first.exit.code ?? first.exit.signal}); the demo was shut down`,
    ),
  );
}
