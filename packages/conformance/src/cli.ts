#!/usr/bin/env node
// chinhquyenso-conformance — runs the conformance kit against a platform. Exit codes: 0 conforms, 1 ran and found
// non-conformance, 2 could not run (every such error is one line).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { CannotRunError } from "./errors";
import { writeReports } from "./report/write";
import type { Outcome } from "./rule";
import { RULES } from "./rules/index";
import { conforms, type ProgressEvent, runConformance } from "./run";
import { parseTokens } from "./tokens";

const HELP = `usage: chinhquyenso-conformance --base-url <url> --token-file <tokens.json> [options]

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

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
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
    fail(`${(error as Error).message.split("\n")[0]} (chinhquyenso-conformance --help)`);
  }
}

function integer(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max)
    fail(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return Number(raw);
}

const MARK: Record<Outcome, string> = { pass: "✔", fail: "✖", skip: "–", inconclusive: "?" };

/** A one-line progress display on a terminal; a line per finished rule elsewhere (CI logs). */
function progress(): (event: ProgressEvent) => void {
  const tty = process.stderr.isTTY === true;
  const running = new Set<string>();
  const started = Date.now();
  const status = (line: string) => {
    if (tty) process.stderr.write(`\r\x1b[2K${line.slice(0, (process.stderr.columns ?? 100) - 1)}`);
  };
  return (event) => {
    const seconds = `${Math.round((Date.now() - started) / 1000)} s`;
    if (event.kind === "phase") {
      const label = {
        preflight: "checking the platform and tokens",
        discovery: "reading the platform's data",
        rules: "running the rules",
      }[event.phase];
      if (tty) status(`${label}… ${seconds}`);
      else console.error(`· ${label}`);
      return;
    }
    if (event.kind === "rule-start") running.add(event.rule.id);
    else {
      running.delete(event.result.id);
      const line = `${MARK[event.result.outcome]} ${event.result.id.padEnd(32)} ${event.result.summary}`;
      if (tty) process.stderr.write(`\r\x1b[2K${line.slice(0, 200)}\n`);
      else console.error(line.slice(0, 300));
    }
    status(`[${event.done}/${event.total}] ${seconds} running: ${[...running].join(", ")}`);
  };
}

async function main() {
  const values = parse();
  if (values.help) return console.log(HELP);
  if (values.list) {
    for (const rule of RULES)
      console.log(`${rule.id.padEnd(32)} ${rule.writes ? "[writes] " : ""}${rule.title}`);
    return;
  }
  const baseUrl = values["base-url"] ?? fail("--base-url is required (chinhquyenso-conformance --help)");
  const file = values["token-file"] ?? fail("--token-file is required (chinhquyenso-conformance --help)");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    fail(`cannot read the tokens file ${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    fail(`the tokens file ${file} is not JSON`);
  }
  const concurrency = integer("concurrency", values.concurrency, 1, 16);
  const budget = integer("rule-budget", values["rule-budget"], 5, 3600);
  const port = integer("webhook-port", values["webhook-port"], 0, 65535);
  try {
    const report = await runConformance({
      baseUrl,
      tokens: parseTokens(json, `the tokens file ${file}`),
      ...(values.only ? { only: values.only.split(",") } : {}),
      allowWrites: values["allow-writes"] === true,
      ...(concurrency ? { concurrency } : {}),
      ...(budget ? { ruleBudgetMs: budget * 1000 } : {}),
      webhooks: {
        ...(values["webhook-host"] ? { host: values["webhook-host"] } : {}),
        ...(port !== undefined ? { port } : {}),
        ...(values["webhook-url"] ? { publicUrl: values["webhook-url"] } : {}),
      },
      onProgress: progress(),
    });
    if (process.stderr.isTTY) process.stderr.write("\r\x1b[2K");
    const { counts } = report;
    console.log(
      `${conforms(report) ? "✔ conforms" : "✖ does not conform"}: ${counts.pass} passed, ${counts.fail} failed, ${counts.skip} skipped, ${counts.inconclusive} inconclusive (${(report.durationMs / 1000).toFixed(1)} s, ${report.requests} requests)`,
    );
    for (const rule of report.rules.filter((item) => item.outcome === "fail"))
      console.log(`  ✖ ${rule.id}: ${rule.summary}`);
    if (values.report) {
      const files = await writeReports(report, values.report);
      console.log(`reports: ${files.join(", ")}`);
    }
    process.exitCode = conforms(report) ? 0 : 1;
  } catch (error) {
    if (process.stderr.isTTY) process.stderr.write("\r\x1b[2K");
    if (error instanceof CannotRunError) fail(error.message);
    fail(`the kit failed: ${(error as Error)?.message ?? String(error)}`);
  }
}

void main();
