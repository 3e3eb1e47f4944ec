// The tokens file: one bearer token per kind of principal the kit acts as, and optional secrets and hints.
// Tokens never reach a report: every report goes through redaction with these values as secrets.
import { CannotRunError } from "./errors";

/** The principals the kit acts as (the contract's kinds, plus a second agency's officer for scoping rules). */
export const PRINCIPALS = ["officer", "otherAgencyOfficer", "leader", "citizen", "service"] as const;
export type PrincipalName = (typeof PRINCIPALS)[number];

export interface TokensFile {
  /** Required: an officer of one agency (most rules act as them). */
  readonly officer: string;
  /** An officer of another agency: agency scoping (another agency's record is a 404). */
  readonly otherAgencyOfficer?: string;
  /** A leader of the officer's agency with `citizens:lookup`. */
  readonly leader?: string;
  /** A citizen who applied for a dossier of the officer's agency and reported one of its feedback. */
  readonly citizen?: string;
  /** A service account (the 1022 hotline's intake) with `webhooks:test` for the webhook rules. */
  readonly service?: string;
  /** Open311 `api_key` of a service account, for `POST requests`. */
  readonly open311ApiKey?: string;
  /** The secret the platform signs webhook deliveries to the kit with (`whsec_…`). */
  readonly webhookSecret?: string;
  /** Facts a generic client cannot discover; each is optional and its rule is skipped without it. */
  readonly hints?: {
    /** An OTP the platform accepts for NEAC signing confirmations (test platforms only). */
    readonly signingOtp?: string;
  };
}

const KNOWN = new Set<string>([...PRINCIPALS, "open311ApiKey", "webhookSecret", "hints", "$comment"]);

/** Parses and checks a tokens file's JSON; throws `CannotRunError` with one clear line. */
export function parseTokens(value: unknown, where = "the tokens file"): TokensFile {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new CannotRunError(`${where} must be a JSON object of tokens by principal: { "officer": "…", … }`);
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record))
    if (!KNOWN.has(key))
      throw new CannotRunError(
        `${where}: unknown key "${key}" (known: ${[...KNOWN].slice(0, -1).join(", ")})`,
      );
  for (const key of [...PRINCIPALS, "open311ApiKey", "webhookSecret"])
    if (record[key] !== undefined && (typeof record[key] !== "string" || record[key] === ""))
      throw new CannotRunError(`${where}: "${key}" must be a non-empty string`);
  if (typeof record.officer !== "string")
    throw new CannotRunError(`${where} has no "officer" token: most rules act as an officer of one agency`);
  const hints = record.hints;
  if (hints !== undefined && (typeof hints !== "object" || hints === null || Array.isArray(hints)))
    throw new CannotRunError(`${where}: "hints" must be an object`);
  return record as unknown as TokensFile;
}

/** Every secret value of a tokens file: what redaction removes from reports. */
export function secretsOf(tokens: TokensFile): string[] {
  return [
    ...PRINCIPALS.map((name) => tokens[name]),
    tokens.open311ApiKey,
    tokens.webhookSecret,
    tokens.hints?.signingOtp,
  ].filter((value): value is string => typeof value === "string" && value.length > 0);
}
