#!/usr/bin/env node
import { parseArgs } from "node:util";
import { startSandbox } from "./sandbox/server";

const USAGE = "usage: chinhquyenso-mocks sandbox [--port 4010] [--host 127.0.0.1] [--seed 1]";

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

async function main() {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    fail(`${(error as Error).message}\n  ${USAGE}`);
  }
  const [command] = parsed.positionals;
  if (command !== "sandbox") fail(command ? `unknown command "${command}"\n  ${USAGE}` : USAGE);
  const port = Number(parsed.values.port);
  const seed = Number(parsed.values.seed);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port must be 0–65535, got "${parsed.values.port}"`);
  if (!Number.isInteger(seed)) fail(`--seed must be an integer, got "${parsed.values.seed}"`);

  const sandbox = await startSandbox({ port, seed, host: parsed.values.host }).catch(
    (error: NodeJS.ErrnoException) =>
      fail(
        error.code === "EADDRINUSE"
          ? `port ${port} is already in use: stop what runs there or pass --port <free port>`
          : `could not start the sandbox: ${error.message}`,
      ),
  );
  console.log(`Sandbox API listening on ${sandbox.url} (seed ${seed})`);
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      seed: { type: "string", default: "1" },
    },
  });
}

void main();
