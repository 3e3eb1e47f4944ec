// What a rule is, what it reports, and the context it runs in.
import type { Discovery } from "./discovery";
import type { Exchange, Http, Reply } from "./http";
import type { PrincipalName, TokensFile } from "./tokens";
import type { ContractValidator } from "./validator";

export type Outcome = "pass" | "fail" | "skip" | "inconclusive";

export interface CaseResult {
  readonly name: string;
  readonly outcome: "pass" | "fail" | "skip";
  readonly message?: string;
  /** The request and response that decided it (redacted). */
  readonly exchange?: Exchange;
}

export interface RuleResult {
  readonly id: string;
  readonly title: string;
  /** The part of the contract it checks. */
  readonly section: string;
  readonly outcome: Outcome;
  /** One line: why it failed, was skipped or was inconclusive; how many cases passed. */
  readonly summary: string;
  readonly cases: readonly CaseResult[];
  readonly durationMs: number;
}

export interface WebhookSettings {
  /** Address the kit's receiver listens on (default 127.0.0.1, a free port). */
  readonly host?: string;
  readonly port?: number;
  /** The URL the platform reaches the receiver at, when not the local one (a tunnel, a gateway). */
  readonly publicUrl?: string;
  /** How long to wait for the deliveries (default 20 s). */
  readonly waitMs?: number;
}

export interface RunContext {
  readonly http: Http;
  readonly validator: ContractValidator;
  readonly tokens: TokensFile;
  readonly allowWrites: boolean;
  readonly data: Discovery;
  readonly webhooks: WebhookSettings;
  /** Aborted when the rule's time budget is spent. */
  readonly signal: AbortSignal;
}

export interface Rule {
  readonly id: string;
  readonly title: string;
  readonly section: string;
  /** Operation tags and families it touches, for `--only` (dossiers, signing, stream…). */
  readonly tags: readonly string[];
  /** Changes data on the platform: runs only with `allowWrites`. */
  readonly writes?: boolean;
  /** Principals it cannot run without. */
  readonly needs?: readonly PrincipalName[];
  /** Its own time budget when it waits by design (the stream's heartbeat). */
  readonly budgetMs?: number;
  run(context: RunContext, cases: Cases): Promise<void>;
}

/** Collects a rule's cases. */
export class Cases {
  readonly list: CaseResult[] = [];

  pass(name: string, exchange?: Exchange): void {
    this.list.push({ name, outcome: "pass", ...(exchange ? { exchange } : {}) });
  }

  fail(name: string, message: string, exchange?: Exchange): void {
    this.list.push({ name, outcome: "fail", message, ...(exchange ? { exchange } : {}) });
  }

  skip(name: string, reason: string): void {
    this.list.push({ name, outcome: "skip", message: reason });
  }

  /** Passes when `problems` is empty, else fails with them. */
  check(name: string, problems: readonly string[], exchange?: Exchange): boolean {
    if (problems.length === 0) this.pass(name, exchange);
    else this.fail(name, problems.join("; "), exchange);
    return problems.length === 0;
  }

  /** Passes when the reply has `status` and matches the contract. */
  expect(name: string, context: RunContext, reply: Reply, status: number | readonly number[]): boolean {
    const statuses = typeof status === "number" ? [status] : status;
    const problems = statuses.includes(reply.status)
      ? validate(context, reply)
      : [`expected ${statuses.join(" or ")}, got ${reply.status}${codeOf(reply)}`];
    return this.check(name, problems, reply.exchange);
  }
}

/** What is wrong with a reply that should be the problem `status` with `code`: status, then code, then contract. */
export function problemMismatch(context: RunContext, reply: Reply, status: number, code: string): string[] {
  if (reply.status !== status) return [`expected ${status}, got ${reply.status}${codeOf(reply)}`];
  const actual = (reply.body as { code?: unknown } | undefined)?.code;
  if (actual !== code) return [`expected code ${code}, got ${String(actual)}`];
  return validate(context, reply);
}

/** The problem's `code`, for messages: " (not_found)". */
export function codeOf(reply: Reply): string {
  const code = (reply.body as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? ` (${code})` : "";
}

/** What is wrong with a reply by the contract: status, content type, required headers, schema. */
export function validate(context: RunContext, reply: Reply): string[] {
  return context.validator.check({
    method: reply.operation.method,
    path: reply.operation.path,
    status: reply.status,
    contentType: reply.contentType,
    headers: reply.headers,
    body: reply.body,
  });
}

/** Skipped everywhere: a rule whose inputs the platform's data does not offer. */
export class SkipRule extends Error {
  override name = "SkipRule";
}
