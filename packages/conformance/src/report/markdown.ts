// The readable report: a summary table, then each rule with its outcome, the contract section it checks, its
// cases, and the request and response that decided each failing case.
import type { ConformanceReport } from "../run";
import { exchangeText } from "./junit";

const MARK = {
  pass: "✅ pass",
  fail: "❌ fail",
  skip: "⏭ skipped",
  inconclusive: "⏳ inconclusive",
} as const;
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const fence = (text: string) => `\`\`\`http\n${text.replace(/```/g, "ˋˋˋ")}\n\`\`\``;

export function toMarkdown(report: ConformanceReport): string {
  const { counts } = report;
  const out = [
    "# Conformance report",
    "",
    `Platform: ${report.baseUrl} · contract ${report.contractVersion} · ${report.startedAt} · ${(report.durationMs / 1000).toFixed(1)} s · ${report.requests} requests · writes ${report.allowWrites ? "allowed" : "not allowed"}`,
    "",
    `**${counts.fail === 0 ? "Conforms" : "Does not conform"}**: ${counts.pass} passed, ${counts.fail} failed, ${counts.skip} skipped, ${counts.inconclusive} inconclusive.`,
    "",
    "| rule | outcome | checks | summary |",
    "|---|---|---|---|",
    ...report.rules.map(
      (rule) => `| \`${rule.id}\` | ${MARK[rule.outcome]} | ${cell(rule.section)} | ${cell(rule.summary)} |`,
    ),
    "",
  ];
  for (const rule of report.rules) {
    out.push(
      `## ${MARK[rule.outcome]} — \`${rule.id}\``,
      "",
      `${rule.title}. Contract: ${rule.section}.`,
      "",
      rule.summary,
      "",
    );
    for (const item of rule.cases) {
      out.push(
        `- ${item.outcome === "pass" ? "✅" : item.outcome === "fail" ? "❌" : "⏭"} ${item.name}${item.message ? ` — ${item.message}` : ""}`,
      );
    }
    const decisive =
      rule.cases.find((item) => item.outcome === "fail" && item.exchange) ??
      rule.cases.find((item) => item.exchange);
    if (decisive?.exchange)
      out.push(
        "",
        `The exchange that decided${rule.outcome === "fail" ? ` (${decisive.name})` : ` (for example, ${decisive.name})`}:`,
        "",
        fence(exchangeText(decisive.exchange)),
      );
    out.push("");
  }
  return out.join("\n");
}
