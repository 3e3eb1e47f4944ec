// The sandbox's own conformance: the conformance kit (@chinhquyenso/conformance) runs against it over HTTP and
// every rule passes. Then the kit is shown able to fail: for each --nonconforming mode the sandbox breaks one
// rule on purpose, and the kit must name exactly that rule.
import {
  type ConformanceReport,
  type RuleResult,
  runConformance,
  type TokensFile,
} from "@chinhquyenso/conformance";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPEN311_SANDBOX_API_KEY } from "../open311/settings";
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
    expect(report.rules.length).toBeGreaterThanOrEqual(25);
  });

  it("called every operation of the contract with success (writes included)", () => {
    const success = report.rules.find((rule) => rule.id === "responses.success");
    const skipped = success?.cases.filter((item) => item.outcome === "skip").map((item) => item.name);
    // integrations.sendTestDeliveries is checked by the webhook rules, which need the kit's receiver.
    expect(skipped).toEqual(["integrations.sendTestDeliveries"]);
  });
});

describe("the kit names the rule a nonconforming sandbox breaks", () => {
  const modes = Object.entries(NONCONFORMING_MODES) as [NonconformingMode, { rule: string }][];
  for (const [mode, { rule }] of modes) {
    it(`--nonconforming ${mode} → ${rule}`, async () => {
      const sandbox = await platform({ size: 300, nonconforming: mode });
      try {
        // The rule's group: its neighbours must still pass, so the kit names exactly the broken one.
        const group = rule.split(".")[0] ?? rule;
        const report = await runConformance({
          baseUrl: sandbox.url,
          tokens: TOKENS,
          allowWrites: true,
          only: [group === "responses" ? rule : group],
        });
        expect(
          failed(report).map((result) => result.id),
          explain(report.rules),
        ).toEqual([rule]);
        expect(outcomes(report)[rule]).toBe("fail");
      } finally {
        await sandbox.close();
      }
    });
  }
});
