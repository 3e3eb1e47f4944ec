// The command's bad input: each reason it cannot run is one clear line on stderr and exit code 2, distinct from
// 1 (ran, found non-conformance; the mocks package's conformance test runs it against a nonconforming sandbox).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EXIT, runCommand } from "./command";
import {
  type FakePlatform,
  fakePlatform,
  loginPage,
  scopelessTokens,
  unreachableUrl,
  untrustedTlsPlatform,
} from "./platform.test-support";

const folder = mkdtempSync(join(tmpdir(), "cqs-conformance-"));
const file = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};
const TOKEN = "officer-token-kiem-thu-0123";
const tokens = file(
  "tokens.json",
  JSON.stringify({ officer: TOKEN, citizen: "citizen-token-kiem-thu-4567" }),
);

/** Runs the command as CI would (stderr not a terminal); its exit code and what it printed. */
async function command(...argv: string[]) {
  const out: string[] = [];
  let err = "";
  const code = await runCommand(argv, {
    out: (line) => out.push(line),
    err: {
      write: (text) => {
        err += text;
      },
      isTTY: false,
    },
  });
  const errors = err.split("\n").filter((line) => line.startsWith("✖"));
  return { code, out: out.join("\n"), err, errors };
}

let platform: FakePlatform | undefined;
afterEach(async () => {
  await platform?.close();
  platform = undefined;
});

describe("could not run: exit code 2 and one line saying why", () => {
  it("an unreachable base URL", async () => {
    const url = await unreachableUrl();
    const run = await command("--base-url", url, "--token-file", tokens);
    expect(run.code).toBe(EXIT.couldNotRun);
    expect(run.errors).toHaveLength(1);
    // The preflight's first request: the public holidays of the current year.
    expect(run.errors[0]).toMatch(new RegExp(`^✖ GET ${url}/v1/holidays\\?year=\\d{4}: connection refused$`));
  });

  it("a TLS error: a certificate the kit does not trust", async () => {
    platform = await untrustedTlsPlatform(loginPage);
    const run = await command("--base-url", platform.url, "--token-file", tokens);
    expect(run.code).toBe(EXIT.couldNotRun);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      /^✖ GET https:\/\/127\.0\.0\.1:\d+\/v1\/holidays\S*: TLS error \(\w+\): the certificate is not trusted/,
    );
  });

  it("an HTML login page (SSO in front of the API) instead of JSON", async () => {
    platform = await fakePlatform(loginPage);
    const run = await command("--base-url", platform.url, "--token-file", tokens);
    expect(run.code).toBe(EXIT.couldNotRun);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(
      "answered an HTML page (status 200) instead of JSON: a login page or an SSO gateway",
    );
  });

  it("a tokens file whose officer lacks an officer's scopes", async () => {
    platform = await fakePlatform(scopelessTokens);
    const run = await command("--base-url", platform.url, "--token-file", tokens);
    expect(run.code).toBe(EXIT.couldNotRun);
    expect(run.errors).toEqual([
      "✖ the officer token lacks the scopes an officer has (dossiers.counts: 403 insufficient_scope)",
    ]);
    expect(run.err).not.toContain(TOKEN);
  });

  it.each([
    [["--token-file", tokens], "✖ --base-url is required (chinhquyenso-conformance --help)"],
    [["--base-url", "http://127.0.0.1:9"], "✖ --token-file is required (chinhquyenso-conformance --help)"],
    [
      ["--base-url", "ftp://example.vn", "--token-file", tokens],
      '✖ the base URL must be an http(s) URL, got "ftp://example.vn"',
    ],
    [
      ["--base-url", "http://127.0.0.1:9", "--token-file", join(folder, "missing.json")],
      `✖ cannot read the tokens file ${join(folder, "missing.json")}`,
    ],
    [
      ["--base-url", "http://127.0.0.1:9", "--token-file", file("bad.json", "{officer:")],
      `✖ the tokens file ${join(folder, "bad.json")} is not JSON`,
    ],
    [
      ["--base-url", "http://127.0.0.1:9", "--token-file", file("none.json", '{"citizen":"c"}')],
      `✖ the tokens file ${join(folder, "none.json")} has no "officer" token: most rules act as an officer of one agency`,
    ],
    [
      ["--base-url", "http://127.0.0.1:9", "--token-file", tokens, "--only", "dossier"],
      '✖ --only: no rule, group or tag "dossier" (see --list)',
    ],
    [
      ["--base-url", "http://127.0.0.1:9", "--token-file", tokens, "--concurrency", "0"],
      '✖ --concurrency must be an integer from 1 to 16, got "0"',
    ],
    [["--bogus"], "✖ Unknown option '--bogus' (chinhquyenso-conformance --help)"],
  ])("bad arguments %j", async (argv, line) => {
    const run = await command(...argv);
    expect(run.code).toBe(EXIT.couldNotRun);
    expect(run.errors).toEqual([line]);
  });
});

describe("what the command prints", () => {
  it("--list names every rule with the contract section it checks, writes marked", async () => {
    const run = await command("--list");
    expect(run.code).toBe(EXIT.conforms);
    expect(run.out).toMatch(/^idempotency\.replay\s+\[writes\] .+\(.+\)$/m);
    expect(run.out).toMatch(
      /^auth\.unauthenticated\s+Without a token .+\(x-authorization \(1\), components\.responses\.Unauthorized\)$/m,
    );
  });
});
