// The reports: JUnit XML for CI, Markdown to read, and the progress display. What a report shows of an exchange
// is redacted when the exchange is recorded (Http), with core's redaction and the tokens file's secrets.
import { describe, expect, it } from "vitest";
import { Http, operation } from "../http";
import type { RuleResult } from "../rule";
import type { ConformanceReport } from "../run";
import { toJUnit } from "./junit";
import { toMarkdown } from "./markdown";
import { progressDisplay } from "./progress";

const TOKEN = "officer-token-kiem-thu-0123";
const CCCD = "079203001234";
const PHONE = "0912345678";

/** An exchange as the kit records it, with a platform that echoes personal data and the token. */
async function leakyExchange() {
  const http = new Http({
    baseUrl: "http://platform.example.vn",
    tokens: { officer: TOKEN },
    secrets: [TOKEN],
    fetch: async () =>
      new Response(
        JSON.stringify({
          type: "about:blank",
          title: "Lỗi",
          status: 500,
          detail: `công dân ${CCCD}, điện thoại ${PHONE}, token ${TOKEN}`,
        }),
        { status: 500, headers: { "content-type": "application/problem+json", "x-debug-token": TOKEN } },
      ),
  });
  const reply = await http.call("citizens.lookupHousehold", {
    headers: { "x-lookup-reason": `ho-so-${CCCD}` },
    json: { citizenId: CCCD, phone: PHONE },
  });
  return reply.exchange;
}

function reportOf(rules: RuleResult[]): ConformanceReport {
  const counts = { pass: 0, fail: 0, skip: 0, inconclusive: 0 };
  for (const rule of rules) counts[rule.outcome] += 1;
  return {
    kit: "@chinhquyenso/conformance",
    contractVersion: "1.0.0",
    baseUrl: "http://platform.example.vn",
    startedAt: "2026-11-26T03:00:00.000Z",
    durationMs: 61_500,
    allowWrites: false,
    requests: 12,
    rules,
    counts,
  };
}

const rule = (id: string, outcome: RuleResult["outcome"], extra: Partial<RuleResult> = {}): RuleResult => ({
  id,
  title: `${id} <title> & "quotes"`,
  section: "components.responses.BadRequest",
  outcome,
  summary: `${outcome} summary`,
  cases: [],
  durationMs: 1500,
  ...extra,
});

describe("redaction of what reports show", () => {
  it("leaves no token, citizen ID or phone number in JUnit or Markdown", async () => {
    expect(operation("citizens.lookupHousehold").path).toContain("household");
    const exchange = await leakyExchange();
    const report = reportOf([
      rule("validation.bad-input", "fail", {
        summary: "1 of 1 cases failed",
        cases: [
          { name: "citizens.lookupHousehold", outcome: "fail", message: "expected 400, got 500", exchange },
        ],
      }),
    ]);
    for (const text of [toJUnit(report), toMarkdown(report), JSON.stringify(report)]) {
      expect(text).toContain("citizens.lookupHousehold");
      expect(text).toContain("[redacted]");
      for (const secret of [TOKEN, CCCD, PHONE]) expect(text).not.toContain(secret);
    }
    expect(exchange.request.headers.authorization).toBe("[redacted]");
  });
});

describe("JUnit XML", () => {
  const xml = toJUnit(
    reportOf([
      rule("auth.unauthenticated", "pass"),
      rule("auth.scopes", "fail", {
        cases: [{ name: "officer → citizens.lookup", outcome: "fail", message: "expected 403, got 200" }],
      }),
      rule("stream.heartbeat", "inconclusive"),
      rule("idempotency.replay", "skip"),
    ]),
  );

  it("has one testsuite per group with its counts, and the totals", () => {
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /);
    expect(xml).toContain(
      '<testsuites name="chinhquyenso conformance" tests="4" failures="1" skipped="2" time="61.500">',
    );
    expect(xml).toContain('<testsuite name="auth" tests="2" failures="1" skipped="0">');
    expect(xml).toContain('<testsuite name="stream" tests="1" failures="0" skipped="1">');
  });

  it("escapes text, marks failures with their summary and section, skips with their reason", () => {
    expect(xml).toContain('name="auth.scopes — auth.scopes &lt;title&gt; &amp; &quot;quotes&quot;"');
    expect(xml).toContain('<failure message="fail summary">components.responses.BadRequest');
    expect(xml).toContain('<skipped message="inconclusive: inconclusive summary"/>');
    expect(xml).toContain('<skipped message="skip: skip summary"/>');
    expect(xml.match(/<testcase /g)).toHaveLength(4);
    expect(xml.match(/<\/testcase>/g)).toHaveLength(4);
  });
});

describe("Markdown", () => {
  it("says whether the platform conforms, and lists every rule with its outcome and contract section", () => {
    const markdown = toMarkdown(
      reportOf([rule("auth.unauthenticated", "pass"), rule("auth.scopes", "fail")]),
    );
    expect(markdown).toContain("**Does not conform**: 1 passed, 1 failed, 0 skipped, 0 inconclusive.");
    expect(markdown).toContain(
      "| `auth.scopes` | ❌ fail | components.responses.BadRequest | fail summary |",
    );
    expect(markdown).toContain("## ✅ pass — `auth.unauthenticated`");
  });
});

describe("progress display", () => {
  const events = (display: ReturnType<typeof progressDisplay>) => {
    const result = rule("auth.scopes", "pass", { summary: "8 cases passed" });
    display({ kind: "phase", phase: "rules" });
    display({ kind: "rule-start", rule: { ...result, tags: [], run: async () => {} }, done: 0, total: 2 });
    display({ kind: "rule-end", result, done: 1, total: 2 });
    display.end();
  };

  it("writes a line per phase and finished rule when stderr is not a terminal (CI logs)", () => {
    let text = "";
    events(
      progressDisplay(
        {
          write: (chunk) => {
            text += chunk;
          },
          isTTY: false,
        },
        () => 0,
      ),
    );
    expect(text).toBe(`· running the rules\n✔ ${"auth.scopes".padEnd(32)} 8 cases passed\n`);
  });

  it("rewrites one status line on a terminal, with what is running and the elapsed time", () => {
    let text = "";
    let clock = 0;
    const display = progressDisplay(
      {
        write: (chunk) => {
          text += chunk;
        },
        isTTY: true,
        columns: 80,
      },
      () => {
        clock += 1000;
        return clock;
      },
    );
    events(display);
    expect(text).toContain("\r\x1b[2K[0/2] 2 s running: auth.scopes");
    expect(text).toContain(`\r\x1b[2K✔ ${"auth.scopes".padEnd(32)} 8 cases passed\n`);
    expect(text.endsWith("\r\x1b[2K")).toBe(true);
  });
});
