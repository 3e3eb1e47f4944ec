// JUnit XML for CI: one testsuite per rule group, one testcase per rule (skipped and inconclusive are
// <skipped/>, a failure carries its first failing case and the exchange that decided it).
import type { Exchange } from "../http";
import type { ConformanceReport } from "../run";

const escapeXml = (text: string) =>
  text
    // XML 1.0 has no place for most control characters: drop them.
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** An exchange as text: request line, headers, body; response status, headers, body. */
export function exchangeText(exchange: Exchange | undefined): string {
  if (!exchange) return "";
  const lines = [`${exchange.request.method} ${exchange.request.url}`];
  for (const [name, value] of Object.entries(exchange.request.headers)) lines.push(`${name}: ${value}`);
  if (exchange.request.body) lines.push("", exchange.request.body);
  if (exchange.response) {
    lines.push("", `→ ${exchange.response.status}`);
    for (const [name, value] of Object.entries(exchange.response.headers)) lines.push(`${name}: ${value}`);
    if (exchange.response.body) lines.push("", exchange.response.body);
  }
  if (exchange.error) lines.push("", `→ ${exchange.error}`);
  return lines.join("\n");
}

export function toJUnit(report: ConformanceReport): string {
  const groups = new Map<string, typeof report.rules>();
  for (const rule of report.rules) {
    const group = rule.id.split(".")[0] ?? rule.id;
    groups.set(group, [...(groups.get(group) ?? []), rule]);
  }
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<testsuites name="chinhquyenso conformance" tests="${report.rules.length}" failures="${report.counts.fail}" skipped="${report.counts.skip + report.counts.inconclusive}" time="${(report.durationMs / 1000).toFixed(3)}">`,
  );
  for (const [group, rules] of groups) {
    const failures = rules.filter((rule) => rule.outcome === "fail").length;
    const skipped = rules.filter((rule) => rule.outcome === "skip" || rule.outcome === "inconclusive").length;
    out.push(
      `  <testsuite name="${escapeXml(group)}" tests="${rules.length}" failures="${failures}" skipped="${skipped}">`,
    );
    for (const rule of rules) {
      out.push(
        `    <testcase classname="conformance.${escapeXml(group)}" name="${escapeXml(`${rule.id} — ${rule.title}`)}" time="${(rule.durationMs / 1000).toFixed(3)}">`,
      );
      if (rule.outcome === "fail") {
        const failed = rule.cases.find((item) => item.outcome === "fail");
        out.push(
          `      <failure message="${escapeXml(rule.summary)}">${escapeXml(`${rule.section}\n\n${failed ? `${failed.name}: ${failed.message ?? ""}\n\n` : ""}${exchangeText(failed?.exchange)}`)}</failure>`,
        );
      } else if (rule.outcome !== "pass")
        out.push(`      <skipped message="${escapeXml(`${rule.outcome}: ${rule.summary}`)}"/>`);
      out.push("    </testcase>");
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return `${out.join("\n")}\n`;
}
