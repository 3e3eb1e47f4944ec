// The command line, run as a user would run it: a real process, real flags, one-line errors, SIGTERM.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bundle = path.join(root, "node_modules/.cache/cli-test/cli.mjs");
const running: ChildProcess[] = [];

beforeAll(async () => {
  // The test does not depend on `build`: it bundles the command from source (dependencies stay external).
  await build({
    entryPoints: [path.join(root, "src/cli.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    outfile: bundle,
    logLevel: "silent",
  });
});
afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill("SIGKILL");
});

function run(args: string[]): {
  child: ChildProcess;
  output: Promise<{ code: number | null; stdout: string; stderr: string }>;
} {
  const child = spawn(process.execPath, [bundle, ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  running.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  return {
    child,
    output: new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr }))),
  };
}

describe("chinhquyenso-mocks sandbox", () => {
  it.each([
    [["sandbox", "--port", "abc"], /--port must be an integer from 0 to 65535/],
    [["sandbox", "--size", "5"], /--size must be an integer from 10 to 100000/],
    [["sandbox", "--error-rate", "2"], /--error-rate must be a number from 0 to 1/],
    [["sandbox", "--bogus"], /Unknown option '--bogus'/],
    [["serve"], /unknown command "serve"/],
    [["sandbox", "--users", "/nonexistent/users.json"], /--users: cannot read/],
    [["sandbox", "--control-token", "short"], /--control-token must be 8 to 200/],
    [["sandbox", "--snapshot", "2023"], /snapshot: must be one of "current", "pre-2025-07"/],
    [
      ["sandbox", "--snapshot", "pre-2025-07", "--now", "2026-11-26T10:00:00+07:00"],
      /now: 2026-11-26 is too late for the snapshot "pre-2025-07".*on or before 2025-05-30/,
    ],
  ])("refuses %j with one line", async (args, message) => {
    const { code, stderr } = await run(args).output;
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it("says in one line that the port is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { code, stderr } = await run(["sandbox", "--port", String(port), "--size", "10"]).output;
      expect(code).toBe(2);
      expect(stderr.trim()).toBe(
        `✖ port ${port} is already in use: stop what runs there or pass --port <free port> (chinhquyenso-mocks sandbox --help)`,
      );
    } finally {
      blocker.close();
    }
  });

  it("serves the labelled pre-merger snapshot with --snapshot pre-2025-07", async () => {
    const { child, output } = run([
      "sandbox",
      "--port",
      "0",
      "--size",
      "10",
      "--snapshot",
      "pre-2025-07",
      "--control-token",
      "cli-control-token",
    ]);
    const line = await new Promise<string>((resolve, reject) => {
      let seen = "";
      child.stdout?.on("data", (chunk) => {
        seen += chunk;
        if (seen.includes("\n")) resolve(seen);
      });
      child.once("exit", () => reject(new Error(`exited before listening: ${seen}`)));
    });
    expect(line).toContain("as of 2025-05-28T10:00:00+07:00; Pre-merger snapshot of Bình Dương");
    const url = /listening on (http:\/\/\S+)/.exec(line)?.[1] ?? "";
    const health = await (
      await fetch(`${url}/__sandbox/health`, { headers: { authorization: "Bearer cli-control-token" } })
    ).json();
    expect(health).toMatchObject({ snapshot: "pre-2025-07", dataAsOf: "2025-05-28T10:00:00+07:00" });
    const agencies = await (
      await fetch(`${url}/v1/agencies?level=district`, { headers: { authorization: "Bearer sbx-officer" } })
    ).json();
    expect(agencies.items).toHaveLength(9);
    child.kill("SIGTERM");
    expect((await output).code).toBe(0);
  });

  it("prints its URL, its principals' tokens and the control token, serves the API and stops cleanly on SIGTERM", async () => {
    const { child, output } = run([
      "sandbox",
      "--port",
      "0",
      "--size",
      "20",
      "--seed",
      "3",
      "--now",
      "2026-11-26T10:00:00+07:00",
      "--control-token",
      "cli-control-token",
    ]);
    const started = await new Promise<string>((resolve, reject) => {
      let seen = "";
      child.stdout?.on("data", (chunk) => {
        seen += chunk;
        if (/Control routes .*\n/.test(seen)) resolve(seen);
      });
      child.once("exit", () => reject(new Error(`exited before listening: ${seen}`)));
    });
    const url = /listening on (http:\/\/\S+)/.exec(started)?.[1] ?? "";
    for (const token of ["sbx-officer", "sbx-officer-2", "sbx-leader", "sbx-citizen", "sbx-service"])
      expect(started).toContain(token);
    expect(started).toContain("Bearer cli-control-token");
    expect((await fetch(`${url}/__sandbox/health`)).status).toBe(401);
    const health = await (
      await fetch(`${url}/__sandbox/health`, { headers: { authorization: "Bearer cli-control-token" } })
    ).json();
    expect(health).toMatchObject({ status: "ok", seed: 3, size: 20 });
    // Unknown tokens are refused by the command (a real platform would), the printed ones work.
    const unknown = await fetch(`${url}/v1/procedure-fields`, { headers: { authorization: "Bearer t" } });
    expect(unknown.status).toBe(401);
    const stream = await fetch(`${url}/v1/notification-stream`, {
      headers: { authorization: "Bearer sbx-officer" },
    });
    const reader = stream.body?.getReader();
    await reader?.read();
    child.kill("SIGTERM");
    const { code } = await output;
    expect(code).toBe(0);
    expect((await reader?.read())?.done).toBe(true);
  });
});
