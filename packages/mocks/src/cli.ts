#!/usr/bin/env node
// chinhquyenso-mocks sandbox — the sandbox API on a printed local URL. Every error is one line.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { MockOptionsError } from "./errors";
import { checkNonconformingMode, NONCONFORMING_MODES } from "./sandbox/nonconforming";
import { type Sandbox, startSandbox } from "./sandbox/server";
import type { MapId } from "./seed/maps";
import { parseUsers, type UserEntry } from "./store/principals";
import { isoOf } from "./util";

const HELP = `usage: chinhquyenso-mocks sandbox [options]

  --port <n>            port to listen on (default 4010; 0 picks a free one)
  --host <address>      address to listen on (default 127.0.0.1)
  --seed <n>            data set seed (default 1)
  --size <n>            number of dossiers, 10–100000 (default 2000)
  --now <iso>           date-time the data set is "as of" (default: now, to the minute;
                        2025-05-28T10:00+07:00 with --snapshot pre-2025-07)
  --snapshot <id>       administrative map: current (default; Hồ Chí Minh City since 2025-07-01, two
                        tiers) or pre-2025-07 (labelled pre-merger snapshot of Bình Dương)
  --latency <ms|a-b>    delay added to every API request (default 0)
  --error-rate <0-1>    share of API requests that fail: 5xx or dropped connection (default 0)
  --users <file>        principals and their tokens (JSON; default: an officer of two agencies, a
                        leader, a citizen and a service account, with fixed tokens printed at start-up)
  --token <value>       the default officer's token instead of sbx-officer
  --any-token           also accept any other bearer token, as the data set's current user with every
                        scope and no agency limit (off by default: unknown tokens answer 401)
  --control-token <t>   token of the /__sandbox/* control routes (default: a random one, printed)
  --json-limit <bytes>  largest JSON request body (default 1048576); larger ones answer 413
  --webhook-url <url>   POST signed events here on state changes
  --webhook-secret <s>  secret for the webhook signatures (whsec_… or any string)
  --signing-delay <ms>  how long a signer takes to confirm in the provider's app (default 3000)
  --province-code <c>   letter and statistics code of agency identifiers (default X74)
  --nonconforming <m>   TESTING AID for the conformance kit: break one rule of the contract on purpose
                        (${Object.keys(NONCONFORMING_MODES).join(", ")})
  --log                 print one line per API request
  --help                show this help`;

/** Prints one line and exits: bad flags, a taken port. */
function fail(message: string): never {
  console.error(`✖ ${message} (chinhquyenso-mocks sandbox --help)`);
  process.exit(2);
}

function integer(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw.trim()) || value < min || value > max)
    fail(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return value;
}

function latency(raw: string | undefined): number | [number, number] | undefined {
  if (raw === undefined) return undefined;
  const match = /^(\d+)(?:-(\d+))?$/.exec(raw.trim());
  const min = Number(match?.[1]);
  const max = match?.[2] === undefined ? min : Number(match[2]);
  if (!match || max < min || max > 60_000)
    fail(`--latency must be milliseconds (250) or a range (50-400) up to 60000, got "${raw}"`);
  return min === max ? min : [min, max];
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        port: { type: "string" },
        host: { type: "string", default: "127.0.0.1" },
        seed: { type: "string" },
        size: { type: "string" },
        now: { type: "string" },
        snapshot: { type: "string" },
        latency: { type: "string" },
        "error-rate": { type: "string" },
        token: { type: "string" },
        users: { type: "string" },
        "any-token": { type: "boolean", default: false },
        "control-token": { type: "string" },
        "json-limit": { type: "string" },
        "webhook-url": { type: "string" },
        "webhook-secret": { type: "string" },
        "signing-delay": { type: "string" },
        "province-code": { type: "string" },
        log: { type: "boolean", default: false },
        nonconforming: { type: "string" },
        help: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    fail((error as Error).message.split("\n")[0] ?? "bad arguments");
  }
}

/** Reads a users file; a missing or malformed one ends with one line. */
function readUsers(file: string): UserEntry[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    fail(`--users: cannot read ${file}`);
  }
  try {
    return parseUsers(JSON.parse(text));
  } catch (error) {
    if (error instanceof MockOptionsError) fail(`--users: ${error.message}`);
    fail(`--users: ${file} is not JSON`);
  }
}

/** Who can sign in, with which token (the sandbox's tokens are meant to be shown), and the control token. */
function printPrincipals(sandbox: Sandbox, anyToken: boolean): void {
  const { store } = sandbox;
  const agencyName = (code: string | null) =>
    code === null
      ? "province-wide"
      : (store.world.agencies.find((agency) => agency.code === code)?.name ?? code);
  const width = Math.max(...store.principals.map((principal) => principal.token.length));
  console.log("Sign in with one of these bearer tokens (Authorization: Bearer <token>):");
  for (const principal of store.principals) {
    const where =
      principal.kind === "citizen" ? "their own dossiers and feedback" : agencyName(principal.agencyCode);
    const key = principal.apiKey ? `; Open311 api_key ${principal.apiKey}` : "";
    const isDefault = principal.id === "officer" ? " (default)" : "";
    console.log(
      `  ${principal.token.padEnd(width)}  ${principal.kind.padEnd(7)}  ${principal.name} — ${where}${key}${isDefault}`,
    );
  }
  console.log(
    anyToken
      ? "  any other token: the data set's current user, every scope, no agency limit (--any-token)"
      : "  any other token: 401",
  );
  console.log(`Control routes (/__sandbox/*): Authorization: Bearer ${sandbox.controlToken}`);
}

async function main() {
  const { values, positionals } = parse();
  if (values.help) {
    console.log(HELP);
    return;
  }
  const [command, ...rest] = positionals;
  if (command !== "sandbox")
    fail(
      command
        ? `unknown command "${command}"; the command is "sandbox"`
        : "missing the command: chinhquyenso-mocks sandbox",
    );
  if (rest.length > 0) fail(`unexpected argument "${rest[0]}"`);
  const errorRate = values["error-rate"] === undefined ? undefined : Number(values["error-rate"]);
  if (errorRate !== undefined && !(errorRate >= 0 && errorRate <= 1))
    fail(`--error-rate must be a number from 0 to 1, got "${values["error-rate"]}"`);
  if ((values["webhook-url"] === undefined) !== (values["webhook-secret"] === undefined))
    fail("--webhook-url and --webhook-secret go together");
  if (values.now !== undefined && Number.isNaN(Date.parse(values.now)))
    fail(`--now must be an ISO 8601 date-time, got "${values.now}"`);

  const port = integer("port", values.port, 0, 65535) ?? 4010;
  const seed = integer("seed", values.seed, -2147483648, 2147483647) ?? 1;
  const size = integer("size", values.size, 10, 100_000) ?? 2000;
  const signingDelay = integer("signing-delay", values["signing-delay"], 0, 600_000);
  const delay = latency(values.latency);
  const jsonLimit = integer("json-limit", values["json-limit"], 1024, 1024 * 1024 * 1024);
  const users = values.users === undefined ? undefined : readUsers(values.users);
  const controlToken = values["control-token"];
  if (controlToken !== undefined && !/^[\x21-\x7e]{8,200}$/.test(controlToken))
    fail("--control-token must be 8 to 200 visible ASCII characters");
  let mode: ReturnType<typeof checkNonconformingMode> | undefined;
  try {
    mode = values.nonconforming === undefined ? undefined : checkNonconformingMode(values.nonconforming);
  } catch (error) {
    fail(`--nonconforming: ${(error as Error).message}`);
  }
  let sandbox: Sandbox;
  try {
    sandbox = await startSandbox({
      port,
      host: values.host,
      seed,
      size,
      ...(values.now ? { now: values.now } : {}),
      ...(values.snapshot ? { snapshot: values.snapshot as MapId } : {}),
      ...(delay !== undefined ? { latency: delay } : {}),
      ...(errorRate !== undefined ? { errorRate } : {}),
      auth: {
        unknownTokens: values["any-token"] ? "any" : "reject",
        ...(values.token ? { token: values.token } : {}),
        ...(users ? { users } : {}),
      },
      ...(controlToken ? { controlToken } : {}),
      ...(jsonLimit !== undefined ? { jsonBodyLimit: jsonLimit } : {}),
      ...(values["webhook-url"] && values["webhook-secret"]
        ? { webhooks: { url: values["webhook-url"], secret: values["webhook-secret"] } }
        : {}),
      ...(signingDelay !== undefined ? { signing: { confirmAfterMs: signingDelay } } : {}),
      ...(values["province-code"] ? { provinceCode: values["province-code"] } : {}),
      ...(values.log ? { log: (line: string) => console.log(line) } : {}),
      ...(mode ? { nonconforming: mode } : {}),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE")
      fail(`port ${port} is already in use: stop what runs there or pass --port <free port>`);
    if (code === "EADDRNOTAVAIL") fail(`cannot listen on ${values.host}: no such local address`);
    if (error instanceof MockOptionsError) fail(error.message);
    fail(`could not start the sandbox: ${(error as Error).message}`);
  }
  const options = sandbox.store.datasetOptions;
  console.log(
    `Sandbox API listening on ${sandbox.url} (seed ${options.seed}, ${options.size.toLocaleString("en")} dossiers as of ${isoOf(options.nowMs)}; ${options.map.description})`,
  );
  printPrincipals(sandbox, values["any-token"] === true);
  for (const warning of sandbox.store.calendarWarnings) console.warn(`ℹ calendar: ${warning.message}`);
  if (mode)
    console.warn(
      `⚠ --nonconforming ${mode}: this sandbox breaks the contract on purpose (${NONCONFORMING_MODES[mode].breaks}; rule ${NONCONFORMING_MODES[mode].rule}) — a testing aid for the conformance kit, never for apps`,
    );
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void sandbox.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

void main();
