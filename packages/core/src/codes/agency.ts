import { CodeFormatError, describeValue } from "../errors";

/**
 * An agency's electronic identifier (mã định danh điện tử, Decision 20/2020/QĐ-TTg), read right to left:
 * level 1 is a letter and two digits for the ministry or province (`H29` is Hồ Chí Minh City), then two
 * digits for level 2, two for level 3 and three for level 4 — e.g. `000.00.00.H29`, `00.02.H29`. The province
 * letter code is data, never assumed: any upper-case letter is accepted.
 */
export interface AgencyId {
  /** The identifier as written. */
  readonly value: string;
  /** Level 1 first: `["H29", "00", "00", "000"]` for `000.00.00.H29`. */
  readonly levels: readonly string[];
}

const LEVEL_PATTERNS = [/^[A-Z]\d{2}$/, /^\d{2}$/, /^\d{2}$/, /^\d{3}$/];
const LEVEL_SHAPES = ["a letter and 2 digits (e.g. H29)", "2 digits", "2 digits", "3 digits"];
const EXAMPLE = "e.g. 000.00.00.H29";

/** The reason an agency identifier is malformed, or `undefined` when it is valid. */
export function agencyIdProblem(value: unknown): string | undefined {
  if (typeof value !== "string" || value === "") return `must be a non-empty string (${EXAMPLE})`;
  const parts = value.split(".");
  if (parts.length > 4) return `has ${parts.length} dot-separated parts; at most 4 (${EXAMPLE})`;
  const levels = parts.reverse();
  for (let level = 0; level < levels.length; level++) {
    const part = levels[level] ?? "";
    if (!LEVEL_PATTERNS[level]?.test(part)) {
      const hint = level === 0 && /^[a-z]\d{2}$/.test(part) ? " in upper case" : "";
      return `level ${level + 1} (${describeValue(part)}) must be ${LEVEL_SHAPES[level]}${hint} (${EXAMPLE})`;
    }
  }
  return undefined;
}

export function isAgencyId(value: unknown): value is string {
  return agencyIdProblem(value) === undefined;
}

/** Parses an agency identifier; throws `CodeFormatError` naming the malformed part. */
export function parseAgencyId(value: string): AgencyId {
  const problem = agencyIdProblem(value);
  if (problem !== undefined) throw new CodeFormatError("agency_id", `agency identifier ${problem}`);
  return { value, levels: value.split(".").reverse() };
}
