// The sandbox's own conformance: the conformance kit (@chinhquyenso/conformance) runs against it over HTTP and
// every rule passes. Then the kit is shown able to fail: for each --nonconforming mode the sandbox breaks one
// rule on purpose, and the kit must name exactly that rule.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type ConformanceReport,
  EXIT,
  RULES,
  type RuleResult,
  runCommand,
  runConformance,
  type TokensFile,
} from "@chinhquyenso/conformance";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPEN311_SANDBOX_API_KEY } from "../open311/settings";
import { ensureAttachments } from "../store/dossier-ops";
import { DEFAULT_TOKENS } from "../store/principals";
import { SANDBOX_WEBHOOK_SECRET } from "../store/webhooks";
import { NONCONFORMING_MODES, type NonconformingMode } from "./nonconforming";
import { TEST_NOW } from "./sandbox.test-support";
import { type Sandbox, type SandboxOptions, startSandbox } from "./server";

const TOKENS: TokensFile = {
  officer: DEFAULT_TOKENS.officer,
  otherAgencyOfficer: DEFAULT_TOKENS.otherOfficer,
  leader: DEFAULT_TOKENS.leader,
  citizen: DEFAULT_TOKENS.citizen,
  service: DEFAULT_TOKENS.service,
  open311ApiKey: OPEN311_SANDBOX_API_KEY,
  webhookSecret: SANDBOX_WEBHOOK_SECRET,
  hints: { signingOtp: "123456" },
};

function platform(options: SandboxOptions = {}): Promise<Sandbox> {
  // As the command runs it: unknown tokens are refused. A 1 s heartbeat keeps the heartbeat rule short.
  return startSandbox({
    port: 0,
    seed: 7,
    size: 2000,
    now: TEST_NOW,
    heartbeatMs: 1000,
    auth: { unknownTokens: "reject" },
    ...options,
  });
}

const outcomes = (report: ConformanceReport) =>
  Object.fromEntries(report.rules.map((rule) => [rule.id, rule.outcome]));
const failed = (report: ConformanceReport) => report.rules.filter((rule) => rule.outcome === "fail");
const explain = (rules: readonly RuleResult[]) =>
  rules.map((rule) => `${rule.id}: ${rule.summary}`).join("\n");

describe("the sandbox conforms: a full run of the conformance kit", () => {
  let sandbox: Sandbox;
  let report: ConformanceReport;
  beforeAll(async () => {
    sandbox = await platform();
    report = await runConformance({ baseUrl: sandbox.url, tokens: TOKENS, allowWrites: true });
  });
  afterAll(() => sandbox.close());

  it("passes every rule, none skipped or inconclusive", () => {
    const notPassed = report.rules.filter((rule) => rule.outcome !== "pass");
    expect(notPassed, explain(notPassed)).toEqual([]);
    expect(report.rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
  });

  it("called every operation of the contract with success (writes included)", () => {
    const success = report.rules.find((rule) => rule.id === "responses.success");
    const skipped = success?.cases.filter((item) => item.outcome === "skip").map((item) => item.name);
    // integrations.sendTestDeliveries is checked by the webhook rules, which need the kit's receiver.
    expect(skipped).toEqual(["integrations.sendTestDeliveries"]);
  });
});

describe("without --allow-writes", () => {
  it("skips every rule that changes data, and the platform's data is unchanged", async () => {
    const sandbox = await platform({ size: 300 });
    try {
      // Every record the store keeps, by collection: what any write would change.
      const fingerprint = () =>
        new Map(
          Object.entries(sandbox.store)
            .filter(([, value]) => value instanceof Map)
            .map(([name, value]) => [name, JSON.stringify([...(value as Map<string, unknown>).values()])]),
        );
      // Attachments are generated on first read (a cache, not data): generate them all first.
      for (const dossier of sandbox.store.dossiers.values()) ensureAttachments(sandbox.store, dossier);
      const before = fingerprint();
      const report = await runConformance({ baseUrl: sandbox.url, tokens: TOKENS });
      const after = fingerprint();
      const changed = [...before.keys()].filter((name) => after.get(name) !== before.get(name));
      expect(changed).toEqual([]);
      expect(before.size).toBeGreaterThanOrEqual(5);
      const writes = RULES.filter((rule) => rule.writes).map((rule) => rule.id);
      expect(writes.length).toBeGreaterThanOrEqual(6);
      for (const id of writes)
        expect(report.rules.find((rule) => rule.id === id)?.summary).toBe(
          "changes data: needs --allow-writes",
        );
      expect(failed(report), explain(failed(report))).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });
});

describe("the command against the sandbox: exit codes and reports", () => {
  const folder = mkdtempSync(join(tmpdir(), "cqs-conformance-"));
  const tokenFile = (name: string, tokens: TokensFile) => {
    const file = join(folder, name);
    writeFileSync(file, JSON.stringify(tokens));
    return file;
  };
  /** Runs the command against `sandbox` with a tokens file of `tokens` and further `options`. */
  async function command(sandbox: Sandbox, tokens: TokensFile, ...options: string[]) {
    const argv = ["--base-url", sandbox.url, "--token-file", tokenFile("tokens.json", tokens), ...options];
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCommand(argv, {
      out: (line) => out.push(line),
      err: { write: (text) => err.push(text), isTTY: false },
    });
    return {
      code,
      out: out.join("\n"),
      errors: err
        .join("")
        .split("\n")
        .filter((line) => line.startsWith("✖")),
    };
  }

  it("0 and redacted reports when the platform conforms (read-only rules)", async () => {
    const sandbox = await platform({ size: 300 });
    try {
      const reports = join(folder, "reports");
      const run = await command(
        sandbox,
        TOKENS,
        "--only",
        "auth,visibility,responses.not-found",
        "--report",
        reports,
      );
      expect(run.code, run.out).toBe(EXIT.conforms);
      expect(run.out).toMatch(/^✔ conforms: \d+ passed, 0 failed/m);
      for (const name of ["conformance.md", "conformance.xml", "conformance.json"]) {
        const text = readFileSync(join(reports, name), "utf8");
        expect(text).toContain("auth.agency-scoping");
        for (const secret of [TOKENS.officer, TOKENS.citizen, TOKENS.service, TOKENS.otherAgencyOfficer])
          expect(text).not.toContain(secret);
      }
    } finally {
      await sandbox.close();
    }
  });

  it("1 naming the broken rule when the platform does not conform", async () => {
    const sandbox = await platform({ size: 300, nonconforming: "cross-agency-leak" });
    try {
      const run = await command(sandbox, TOKENS, "--only", "auth.agency-scoping");
      expect(run.code, run.out).toBe(EXIT.nonConformance);
      expect(run.out).toMatch(/^✖ does not conform: 0 passed, 1 failed/m);
      expect(run.out).toMatch(/^ {2}✖ auth\.agency-scoping: /m);
    } finally {
      await sandbox.close();
    }
  });

  it.each([
    [
      "a citizen's token given as the officer's",
      { ...TOKENS, officer: DEFAULT_TOKENS.citizen },
      "✖ the officer token is not a civil servant's (dossiers.counts: 403 principal_not_allowed)",
    ],
    [
      "an officer's token given as the citizen's",
      { ...TOKENS, citizen: DEFAULT_TOKENS.officer },
      "✖ the citizen token is a civil servant's, not a citizen's (dossiers.counts answered 200)",
    ],
    [
      "a token the platform does not know",
      { ...TOKENS, leader: "sbx-leader-expired" },
      "✖ the leader token is refused (401 invalid_token): expired or not this platform's",
    ],
  ])("2 with one line for a tokens file without the needed roles: %s", async (_, tokens, line) => {
    const sandbox = await platform({ size: 300 });
    try {
      const run = await command(sandbox, tokens);
      expect(run.code).toBe(EXIT.couldNotRun);
      expect(run.errors).toEqual([line]);
    } finally {
      await sandbox.close();
    }
  });
});

describe("the kit names the rule a nonconforming sandbox breaks", () => {
  const modes = Object.entries(NONCONFORMING_MODES) as [NonconformingMode, { rule: string }][];
  it("the kit's README lists each mode with the rule it breaks", () => {
    const readme = readFileSync(new URL("../../../conformance/README.md", import.meta.url), "utf8");
    for (const [mode, { rule }] of modes) expect(readme).toContain(`\`${mode}\` → \`${rule}\``);
  });

  for (const [mode, { rule }] of modes) {
    it(`--nonconforming ${mode} → ${rule}`, async () => {
      const sandbox = await platform({ size: 300, nonconforming: mode });
      try {
        // A full run, as a platform team would start it: every other rule must still pass, so the kit names
        // exactly the broken one.
        const report = await runConformance({ baseUrl: sandbox.url, tokens: TOKENS, allowWrites: true });
        expect(
          failed(report).map((result) => result.id),
          explain(report.rules),
        ).toEqual([rule]);
        expect(
          report.rules.filter((result) => result.outcome !== "pass" && result.outcome !== "fail"),
        ).toEqual([]);
        expect(outcomes(report)[rule]).toBe("fail");
      } finally {
        await sandbox.close();
      }
    });
  }
});
