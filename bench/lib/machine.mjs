// The machine a benchmark ran on, for the results table: CPU model, cores, Node version, load average.
import os from "node:os";

export const machine = () => {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores, Node ${process.version}, ${os.platform()} ${os.arch()}`;
};

/** 1-minute load average, two decimals (the results are trusted only when it is below 1.5). */
export const load = () => os.loadavg()[0].toFixed(2);
