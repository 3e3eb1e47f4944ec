// The terminal progress display: one status line rewritten in place on a terminal (a run takes minutes against a
// real server), a line per finished rule elsewhere (CI logs).
import type { Outcome } from "../rule";
import type { ProgressEvent } from "../run";

export interface Terminal {
  /** Writes text as it is (no newline added). */
  write(text: string): void;
  /** A terminal that can rewrite its last line. */
  readonly isTTY: boolean;
  readonly columns?: number;
}

export const MARK: Record<Outcome, string> = { pass: "✔", fail: "✖", skip: "–", inconclusive: "?" };

const PHASES = {
  preflight: "checking the platform and tokens",
  discovery: "reading the platform's data",
  rules: "running the rules",
} as const;

/** Progress of a run on `terminal`; `now` is a clock for the elapsed seconds. */
export function progressDisplay(terminal: Terminal, now: () => number = Date.now) {
  const running = new Set<string>();
  const started = now();
  const clear = "\r\x1b[2K";
  const status = (line: string) => {
    if (terminal.isTTY) terminal.write(`${clear}${line.slice(0, (terminal.columns ?? 100) - 1)}`);
  };
  const display = (event: ProgressEvent) => {
    const seconds = `${Math.round((now() - started) / 1000)} s`;
    if (event.kind === "phase") {
      if (terminal.isTTY) status(`${PHASES[event.phase]}… ${seconds}`);
      else terminal.write(`· ${PHASES[event.phase]}\n`);
      return;
    }
    if (event.kind === "rule-start") running.add(event.rule.id);
    else {
      running.delete(event.result.id);
      const line = `${MARK[event.result.outcome]} ${event.result.id.padEnd(32)} ${event.result.summary}`;
      terminal.write(`${terminal.isTTY ? clear : ""}${line.slice(0, terminal.isTTY ? 200 : 300)}\n`);
    }
    status(`[${event.done}/${event.total}] ${seconds} running: ${[...running].join(", ")}`);
  };
  /** Clears the status line before the summary. */
  display.end = () => {
    if (terminal.isTTY) terminal.write(clear);
  };
  return display;
}
