// Runs the rules against a platform: checks first that it can run at all (exit code 2 otherwise), learns the
// platform's data, then runs the chosen rules a few at a time, each within a time budget.
import { openapiDocument } from "@chinhquyenso/spec";
import { discover } from "./discovery";
import { CannotRunError } from "./errors";
import { Http, type Reply } from "./http";
import { Cases, type Outcome, type Rule, type RuleResult, SkipRule, type WebhookSettings } from "./rule";
import { RULES } from "./rules/index";
import { PRINCIPALS, type PrincipalName, secretsOf, type TokensFile } from "./tokens";
import { createContractValidator } from "./validator";

export interface ConformanceOptions {
  /** The platform's base URL (operations add /v1/…). */
  readonly baseUrl: string;
  readonly tokens: TokensFile;
  /** Rule ids, their groups (`idempotency`) or operation tags (`dossiers`); default every rule. */
  readonly only?: readonly string[];
  /** Run the rules that change data (create feedback, transition dossiers…). Default false. */
  readonly allowWrites?: boolean;
  /** Rules run at once (default 3). */
  readonly concurrency?: number;
  /** Time budget of a rule in ms (default 60 s); past it the rule is inconclusive. */
  readonly ruleBudgetMs?: number;
  readonly webhooks?: WebhookSettings;
  readonly fetch?: typeof fetch;
  readonly onProgress?: (event: ProgressEvent) => void;
}

export type ProgressEvent =
  | { readonly kind: "phase"; readonly phase: "preflight" | "discovery" | "rules" }
  | { readonly kind: "rule-start"; readonly rule: Rule; readonly done: number; readonly total: number }
  | { readonly kind: "rule-end"; readonly result: RuleResult; readonly done: number; readonly total: number };

export interface ConformanceReport {
  readonly kit: string;
  readonly contractVersion: string;
  readonly baseUrl: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly allowWrites: boolean;
  readonly requests: number;
  readonly rules: readonly RuleResult[];
  readonly counts: Readonly<Record<Outcome, number>>;
}

/** Whether the run found non-conformance (exit code 1). */
export const conforms = (report: ConformanceReport) => report.counts.fail === 0;

const KIT_VERSION = "@chinhquyenso/conformance";
const STAFF = new Set<PrincipalName>(["officer", "otherAgencyOfficer", "leader"]);

/** Rules selected by `only` (rule ids, groups before the dot, or tags). */
export function selectRules(only: readonly string[] | undefined): Rule[] {
  if (!only || only.length === 0) return [...RULES];
  const wanted = new Set(only.map((item) => item.trim().toLowerCase()).filter(Boolean));
  const known = new Set(RULES.flatMap((rule) => [rule.id, rule.id.split(".")[0] ?? "", ...rule.tags]));
  const unknown = [...wanted].filter((item) => !known.has(item));
  if (unknown.length > 0)
    throw new CannotRunError(`--only: no rule, group or tag "${unknown.join('", "')}" (see --list)`);
  return RULES.filter(
    (rule) =>
      wanted.has(rule.id) ||
      wanted.has(rule.id.split(".")[0] ?? "") ||
      rule.tags.some((tag) => wanted.has(tag)),
  );
}

function refuseHtml(reply: Reply, what: string): void {
  if (/^text\/html/i.test(reply.contentType ?? ""))
    throw new CannotRunError(
      `${what} answered an HTML page (status ${reply.status}) instead of JSON: a login page or an SSO gateway in front of the API? Give the API's own base URL and tokens it accepts.`,
    );
}

/** Can the kit run at all: the platform answers JSON, and each token is accepted and is of its kind. */
async function preflight(http: Http, tokens: TokensFile): Promise<void> {
  const year = new Date().getUTCFullYear();
  const open = await http.call("holidays.list", { as: null, query: { year } });
  refuseHtml(open, `${http.baseUrl}/v1/holidays`);
  if (open.status === 404)
    throw new CannotRunError(
      `${http.baseUrl} has no /v1/holidays (404): is this the platform API's base URL?`,
    );
  for (const name of PRINCIPALS) {
    if (!tokens[name]) continue;
    const reply = await http.call("dossiers.counts", { as: name });
    refuseHtml(reply, `the ${name} token's request`);
    const code = (reply.body as { code?: string } | undefined)?.code;
    if (reply.status === 401)
      throw new CannotRunError(
        `the ${name} token is refused (401${code ? ` ${code}` : ""}): expired or not this platform's`,
      );
    const staff = STAFF.has(name);
    if (staff && reply.status === 403 && code === "principal_not_allowed")
      throw new CannotRunError(
        `the ${name} token is not a civil servant's (dossiers.counts: 403 principal_not_allowed)`,
      );
    if (staff && reply.status === 403)
      throw new CannotRunError(
        `the ${name} token lacks the scopes an ${name === "leader" ? "leader" : "officer"} has (dossiers.counts: 403${code ? ` ${code}` : ""})`,
      );
    if (!staff && reply.status === 200)
      throw new CannotRunError(
        `the ${name} token is a civil servant's, not a ${name}'s (dossiers.counts answered 200)`,
      );
  }
}

async function runRule(
  rule: Rule,
  context: Omit<import("./rule").RunContext, "signal">,
  budgetMs: number,
): Promise<RuleResult> {
  const started = Date.now();
  const cases = new Cases();
  const base = { id: rule.id, title: rule.title, section: rule.section };
  const finish = (outcome: Outcome, summary: string): RuleResult => ({
    ...base,
    outcome,
    summary,
    cases: cases.list,
    durationMs: Date.now() - started,
  });
  if (rule.writes && !context.allowWrites) return finish("skip", "changes data: needs --allow-writes");
  const missing = (rule.needs ?? []).filter((name) => !context.http.has(name));
  if (missing.length > 0) return finish("skip", `needs a ${missing.join(" and a ")} token`);
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const budget = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve("timeout");
    }, budgetMs);
  });
  try {
    const outcome = await Promise.race([rule.run({ ...context, signal: controller.signal }, cases), budget]);
    if (outcome === "timeout")
      return finish("inconclusive", `did not finish within its ${Math.round(budgetMs / 1000)} s budget`);
  } catch (error) {
    if (error instanceof SkipRule) return finish("skip", error.message);
    cases.fail("error", context.http.redact(error instanceof Error ? error.message : String(error)));
  } finally {
    clearTimeout(timer);
  }
  const failed = cases.list.filter((item) => item.outcome === "fail");
  const passed = cases.list.filter((item) => item.outcome === "pass");
  if (failed.length > 0)
    return finish(
      "fail",
      `${failed.length} of ${cases.list.length} cases failed — first: ${failed[0]?.name}: ${failed[0]?.message}`,
    );
  if (passed.length > 0) {
    const skipped = cases.list.length - passed.length;
    return finish("pass", `${passed.length} cases passed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
  }
  return finish("skip", cases.list[0]?.message ?? "nothing to check on this platform");
}

/** Runs the kit. Rejects with `CannotRunError` when it cannot run (unreachable, TLS, tokens, a login page). */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  if (!URL.canParse(options.baseUrl) || !/^https?:$/.test(new URL(options.baseUrl).protocol))
    throw new CannotRunError(`the base URL must be an http(s) URL, got "${options.baseUrl}"`);
  const started = Date.now();
  const rules = selectRules(options.only);
  const http = new Http({
    baseUrl: options.baseUrl,
    tokens: options.tokens,
    secrets: secretsOf(options.tokens),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const progress = options.onProgress ?? (() => {});
  progress({ kind: "phase", phase: "preflight" });
  await preflight(http, options.tokens);
  progress({ kind: "phase", phase: "discovery" });
  const data = await discover(http);
  progress({ kind: "phase", phase: "rules" });
  const context = {
    http,
    validator: createContractValidator(),
    tokens: options.tokens,
    allowWrites: options.allowWrites ?? false,
    data,
    webhooks: options.webhooks ?? {},
  };
  const results: RuleResult[] = new Array(rules.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < rules.length) {
      const index = next++;
      const rule = rules[index] as Rule;
      progress({ kind: "rule-start", rule, done, total: rules.length });
      const result = await runRule(rule, context, rule.budgetMs ?? options.ruleBudgetMs ?? 60_000);
      results[index] = result;
      done += 1;
      progress({ kind: "rule-end", result, done, total: rules.length });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 3) }, worker));
  const counts: Record<Outcome, number> = { pass: 0, fail: 0, skip: 0, inconclusive: 0 };
  for (const result of results) counts[result.outcome] += 1;
  return {
    kit: KIT_VERSION,
    contractVersion: openapiDocument.info.version,
    baseUrl: http.redact(options.baseUrl),
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    allowWrites: context.allowWrites,
    requests: http.requests,
    rules: results,
    counts,
  };
}
