import { describeValue, InvalidInputError } from "../errors";
import type { LabelTable } from "../labels";
import { type InstantInput, toVietnamIso } from "../time/instant";

/**
 * The administrative level of an agency (glossary `level`). `department` is a specialised agency of the provincial
 * People's Committee (sở, ban, ngành). `district` exists only in records dated before 2025-07-01: local government
 * has had two tiers — province and commune — since that day (docs/domain.md §0, §7).
 */
export const AGENCY_LEVELS = ["province", "department", "commune", "district"] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

export const AGENCY_LEVEL_LABELS: LabelTable<AgencyLevel> = {
  province: { vi: "Cấp tỉnh", en: "Provincial level" },
  department: { vi: "Cơ quan chuyên môn cấp tỉnh", en: "Provincial department" },
  commune: { vi: "Cấp xã", en: "Commune level" },
  district: { vi: "Cấp huyện (trước 01/7/2025)", en: "District level (before 1 July 2025)" },
};

/** Which agency levels exist between two dates: a rule with an effective date and its source, not a constant. */
export interface AgencyLevelRule {
  /** First day the rule applies, `YYYY-MM-DD` in Vietnam time; `null` for "since before any record". */
  readonly from: string | null;
  /** First day it no longer applies; `null` while it is in force. */
  readonly until: string | null;
  readonly levels: readonly AgencyLevel[];
  /** The law that sets the tiers. */
  readonly source: string;
}

/**
 * Three tiers until 30 June 2025, two from 1 July 2025: the Law on the Organisation of Local Government
 * 72/2025/QH15 (16 June 2025) and the provincial and commune reorganisations that took effect that day
 * (docs/domain.md §0 [V]).
 */
export const AGENCY_LEVEL_RULES: readonly AgencyLevelRule[] = [
  {
    from: null,
    until: "2025-07-01",
    levels: ["province", "department", "district", "commune"],
    source: "Luật Tổ chức chính quyền địa phương 2015 (ba cấp: tỉnh, huyện, xã)",
  },
  {
    from: "2025-07-01",
    until: null,
    levels: ["province", "department", "commune"],
    source: "Luật Tổ chức chính quyền địa phương 72/2025/QH15 (hai cấp: tỉnh, xã), từ 01/7/2025",
  },
];

export interface AgencyLevelOptions {
  /** The field to name in errors (default `level`). */
  readonly field?: string;
  /** Replaces `AGENCY_LEVEL_RULES` (a host following another reading of the law). */
  readonly rules?: readonly AgencyLevelRule[];
}

/** The rule in force on a Vietnam-local day (`YYYY-MM-DD`), or `undefined` when none covers it. */
export function agencyLevelRuleOn(
  day: string,
  rules: readonly AgencyLevelRule[] = AGENCY_LEVEL_RULES,
): AgencyLevelRule | undefined {
  return rules.find(
    (rule) => (rule.from === null || rule.from <= day) && (rule.until === null || day < rule.until),
  );
}

function isAgencyLevel(value: unknown): value is AgencyLevel {
  return typeof value === "string" && (AGENCY_LEVELS as readonly string[]).includes(value);
}

/**
 * Why `level` cannot be an agency's level on `asOf` — unknown, or not in force that day (a district after
 * 2025-07-01) — as `{ code, message }`; `undefined` when it can. `asOf` is the record's date, read in Vietnam time.
 */
export function agencyLevelProblem(
  level: unknown,
  asOf: InstantInput,
  options: AgencyLevelOptions = {},
): { readonly code: string; readonly message: string } | undefined {
  if (!isAgencyLevel(level)) {
    return {
      code: "unknown_agency_level",
      message: `${describeValue(level)} is not an agency level (${AGENCY_LEVELS.join(", ")})`,
    };
  }
  const day = toVietnamIso(asOf, "asOf").slice(0, 10);
  const rule = agencyLevelRuleOn(day, options.rules);
  if (rule === undefined) {
    return { code: "no_agency_level_rule", message: `no agency-level rule covers ${day}` };
  }
  if (rule.levels.includes(level)) return undefined;
  const since = rule.from === null ? "" : ` since ${rule.from}`;
  const before = rule.from === null ? "" : `; "${level}" appears only in records dated before ${rule.from}`;
  return {
    code: "agency_level_not_in_force",
    message: `"${level}" is not an agency level on ${day}: the levels${since} are ${rule.levels.join(", ")} (${rule.source})${before}`,
  };
}

/**
 * Checks an agency's level against the rules in force on `asOf`; returns it narrowed, or throws
 * `InvalidInputError` naming `options.field` (codes `unknown_agency_level`, `agency_level_not_in_force`,
 * `no_agency_level_rule`).
 */
export function checkAgencyLevel(
  level: unknown,
  asOf: InstantInput,
  options: AgencyLevelOptions = {},
): AgencyLevel {
  const problem = agencyLevelProblem(level, asOf, options);
  if (problem !== undefined)
    throw new InvalidInputError(problem.code, options.field ?? "level", problem.message);
  return level as AgencyLevel;
}
