#!/usr/bin/env node
// Makes "a loaded machine" reproducible: N CPU-bound processes (busy loops, one core each) beside a command.
//   node scripts/load/cpu-hogs.mjs 2 -- npm test     the README's "under load" figure
//   node scripts/load/cpu-hogs.mjs 2                 hogs alone, until Ctrl+C
// With a command it prints the command's wall time and the 1-minute load average (first, mean, highest, sampled
// every 5 s), stops the hogs and exits with the command's status. Not part of `npm test`.
import { spawn } from "node:child_process";
import { loadavg } from "node:os";

const USAGE = "usage: node scripts/load/cpu-hogs.mjs <processes> [-- command args…]";
const [countArgument, separator, ...command] = process.argv.slice(2);
const count = Number(countArgument);
if (!Number.isInteger(count) || count < 1 || (separator !== undefined && separator !== "--")) {
  console.error(USAGE);
  process.exit(2);
}

// Each hog is its own Node process spinning on arithmetic: it never sleeps, so it always wants a whole core.
const HOG = "let x = 0; for (;;) x = (x * 1103515245 + 12345) % 2147483648;";
const hogs = Array.from({ length: count }, () => spawn(process.execPath, ["-e", HOG], { stdio: "ignore" }));
const stopHogs = () => {
  for (const hog of hogs) hog.kill("SIGKILL");
};
process.once("exit", stopHogs);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    stopHogs();
    process.exit(130);
  });
}
console.error(`cpu-hogs: ${count} busy process(es) (pids ${hogs.map((hog) => hog.pid).join(", ")})`);

if (command.length === 0) {
  // Hogs alone: stay until interrupted.
  setInterval(() => {}, 1 << 30);
} else {
  const samples = [loadavg()[0]];
  const sampler = setInterval(() => samples.push(loadavg()[0]), 5000);
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), { stdio: "inherit" });
  child.once("exit", (code, signal) => {
    clearInterval(sampler);
    stopHogs();
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
    console.error(
      `cpu-hogs: \`${command.join(" ")}\` ${code === 0 ? "passed" : `failed (${code ?? signal})`} in ${seconds} s ` +
        `beside ${count} hog(s); 1-min load average first ${samples[0].toFixed(1)}, ` +
        `mean ${mean.toFixed(1)}, highest ${Math.max(...samples).toFixed(1)} (${samples.length} samples)`,
    );
    process.exit(code ?? 1);
  });
}
