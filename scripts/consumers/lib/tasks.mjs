// Small building blocks of the consumer tests: commands that do not block the other fixtures, timed checks,
// one browser at a time, and servers started from a fixture and stopped afterwards.
import { execFile, spawn } from "node:child_process";
import { createServer as createNetServer } from "node:net";
import path from "node:path";

/** Runs a command without blocking the event loop (fixtures build in parallel); rejects with its output. */
export function run(cwd, command, args, env = {}) {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(Object.assign(error, { stdout, stderr }));
        else resolve(stdout);
      },
    );
  });
}

export const bin = (cwd, name) => path.join(cwd, "node_modules", ".bin", name);

/** Runs `action` as one named check of a fixture, printing its time; a failure names the check and its output. */
export async function check(fixture, name, action) {
  const started = performance.now();
  try {
    const result = await action();
    console.log(`  ✔ ${fixture}: ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    return result;
  } catch (error) {
    const output = [error.stdout, error.stderr].filter(Boolean).join("\n").trim();
    throw new Error(
      `${fixture}: ${name} failed: ${error.message}${output ? `\n${output.slice(-4000)}` : ""}`,
    );
  }
}

let browserTurn = Promise.resolve();
/** Browser checks take turns: one Chromium at a time on a 2-core machine, while other fixtures build. */
export function oneBrowserAtATime(action) {
  const turn = browserTurn.then(action);
  browserTurn = turn.catch(() => {});
  return turn;
}

/**
 * Starts a long-running command (an app server) and resolves with the first URL it prints that `pattern`
 * matches; `stop()` ends it. Rejects with its output when it exits first.
 */
export function startServer(cwd, command, args, { env = {}, pattern = /(http:\/\/\S+)/ } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      // The whole process group: npx-style wrappers start the real server as a child.
      process.kill(-child.pid, "SIGTERM");
    });
  const url = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const match = pattern.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) =>
      reject(new Error(`${command} exited (${code}) before listening:\n${output}`)),
    );
  });
  return { url, stop, output: () => output };
}

/**
 * A port the system just gave out as free, for servers that cannot listen on port 0 themselves and report it
 * (react-router-serve prints the port it was asked for).
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
