// The command's logic, apart from the process (cli.ts): parses the arguments, runs the kit, prints the summary and
// writes the reports. Returns the exit code — 0 conforms, 1 ran and found non-conformance, 2 could not run — and
// every could-not-run reason is one line on stderr.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { redact } from "@chinhquyenso/core";
import { CannotRunError } from "./errors";
import { progressDisplay, type Terminal } from "./report/progress";
import { writeReports } from "./report/write";
import { RULES } from "./rules/index";
import { type ConformanceOptions, conforms, runConformance } from "./run";
import { parseTokens } from "./tokens";

export const EXIT = { conforms: 0, nonConformance: 1, couldNotRun: 2 } as const;

export const HELP = `usage: chinhquyenso-conformance --base-url <url> --token-file <tokens.json> [options]

  --base-url <url>         the platform API's base URL (operations add /v1/…)
  --token-file <file>      tokens by principal (JSON): officer (required), otherAgencyOfficer, leader,
                           citizen, service, open311ApiKey, webhookSecret, hints
  --only <list>            rules, groups or tags, comma-separated (dossiers,signing; idempotency; stream.reset)
  --allow-writes           also run the rules that change data (synthetic records only)
  --report <folder>        write conformance.md, conformance.xml (JUnit) and conformance.json there
  --concurrency <n>        rules at once (default 3)
  --rule-budget <s>        seconds a rule may take before it is inconclusive (default 60)
  --webhook-host <addr>    address of the kit's webhook receiver (default 127.0.0.1)
  --webhook-port <n>       its port (default: a free one)
  --webhook-url <url>      the URL the platform reaches the receiver at, if not the local one
  --list                   list the rules and exit
  --help                   show this help

Exit codes: 0 conforms, 1 non-conformance found, 2 could not run.`;

export interface CommandIo {
  /** Standard output: the summary, the rule list, the help. */
  readonly out: (line: string) => void;
  /** Standard error: progress and the could-not-run line. */
  readonly err: Terminal;
  /** Test seam: the platform's fetch. */
  readonly fetch?: typeof fetch;
}

/** A could-not-run reason found before the run (bad arguments, an unreadable tokens file). */
class UsageError extends Error {}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: {
        "base-url": { type: "string" },
        "token-file": { type: "string" },
        only: { type: "string" },
        "allow-writes": { type: "boolean", default: false },
        report: { type: "string" },
        concurrency: { type: "string" },
        "rule-budget": { type: "string" },
        "webhook-host": { type: "string" },
        "webhook-port": { type: "string" },
        "webhook-url": { type: "string" },
        list: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split("\n")[0]} (chinhquyenso-conformance --help)`);
  }
}

function integer(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max)
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return Number(raw);
}

function readTokens(file: string) {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new UsageError(`cannot read the tokens file ${file}`);
  }
  try {
    return parseTokens(JSON.parse(text), `the tokens file ${file}`);
  } catch (error) {
    if (error instanceof CannotRunError) throw error;
    throw new UsageError(`the tokens file ${file} is not JSON`);
  }
}

function options(values: ReturnType<typeof parse>, io: CommandIo): ConformanceOptions {
  const baseUrl = values["base-url"];
  if (!baseUrl) throw new UsageError("--base-url is required (chinhquyenso-conformance --help)");
  const file = values["token-file"];
  if (!file) throw new UsageError("--token-file is required (chinhquyenso-conformance --help)");
  const tokens = readTokens(file);
  const concurrency = integer("concurrency", values.concurrency, 1, 16);
  const budget = integer("rule-budget", values["rule-budget"], 5, 3600);
  const port = integer("webhook-port", values["webhook-port"], 0, 65535);
  return {
    baseUrl,
    tokens,
    ...(values.only ? { only: values.only.split(",") } : {}),
    allowWrites: values["allow-writes"] === true,
    ...(concurrency ? { concurrency } : {}),
    ...(budget ? { ruleBudgetMs: budget * 1000 } : {}),
    webhooks: {
      ...(values["webhook-host"] ? { host: values["webhook-host"] } : {}),
      ...(port !== undefined ? { port } : {}),
      ...(values["webhook-url"] ? { publicUrl: values["webhook-url"] } : {}),
    },
    ...(io.fetch ? { fetch: io.fetch } : {}),
  };
}

/** Runs the command with `argv` (without node and the script); resolves with the exit code. */
export async function runCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const display = progressDisplay(io.err);
  try {
    const values = parse(argv);
    if (values.help) {
      io.out(HELP);
      return EXIT.conforms;
    }
    if (values.list) {
      for (const rule of RULES)
        io.out(`${rule.id.padEnd(32)} ${rule.writes ? "[writes] " : ""}${rule.title} (${rule.section})`);
      return EXIT.conforms;
    }
    const report = await runConformance({ ...options(values, io), onProgress: display });
    display.end();
    const { counts } = report;
    io.out(
      `${conforms(report) ? "✔ conforms" : "✖ does not conform"}: ${counts.pass} passed, ${counts.fail} failed, ${counts.skip} skipped, ${counts.inconclusive} inconclusive (${(report.durationMs / 1000).toFixed(1)} s, ${report.requests} requests)`,
    );
    for (const rule of report.rules.filter((item) => item.outcome === "fail"))
      io.out(`  ✖ ${rule.id}: ${rule.summary}`);
    if (values.report) {
      const files = await writeReports(report, values.report);
      io.out(`reports: ${files.join(", ")}`);
    }
    return conforms(report) ? EXIT.conforms : EXIT.nonConformance;
  } catch (error) {
    display.end();
    const message =
      error instanceof UsageError || error instanceof CannotRunError
        ? error.message
        : `the kit failed: ${(error as Error)?.message ?? String(error)}`;
    io.err.write(`✖ ${redact(message.split("\n")[0] ?? "")}\n`);
    return EXIT.couldNotRun;
  }
}
