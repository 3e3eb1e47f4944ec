import { CodeFormatError, describeValue } from "../errors";
import { agencyIdProblem } from "./agency";

/**
 * A procedure code: the national procedure code (`1.000656`) optionally followed by the agency identifier
 * that applies it — `1.000656.000.00.00.H29` (docs/domain.md §1).
 */
export interface ProcedureCode {
  readonly nationalCode: string;
  readonly agency?: string;
}

const EXAMPLE = "e.g. 1.000656 or 1.000656.000.00.00.H29";

/** The reason a procedure code is malformed, or `undefined` when it is valid. */
export function procedureCodeProblem(value: unknown): string | undefined {
  if (typeof value !== "string" || value === "") return `must be a non-empty string (${EXAMPLE})`;
  const national = /^(\d\.\d{6})(?:\.(.+))?$/.exec(value);
  if (!national) {
    return `must start with a national procedure code: a digit, a dot and 6 digits (${EXAMPLE}); got ${describeValue(value.split(".").slice(0, 2).join("."))}`;
  }
  const agency = national[2];
  if (agency === undefined) return undefined;
  const agencyProblem = agencyIdProblem(agency);
  return agencyProblem === undefined ? undefined : `agency part: ${agencyProblem}`;
}

export function isProcedureCode(value: unknown): value is string {
  return procedureCodeProblem(value) === undefined;
}

/** Parses a procedure code; throws `CodeFormatError` naming the malformed part. */
export function parseProcedureCode(value: string): ProcedureCode {
  const problem = procedureCodeProblem(value);
  if (problem !== undefined) throw new CodeFormatError("procedure_code", `procedure code ${problem}`);
  const nationalCode = value.slice(0, 8);
  return value.length > 8 ? { nationalCode, agency: value.slice(9) } : { nationalCode };
}

/** `nationalCode` + `.` + `agency`, both validated. */
export function formatProcedureCode(code: ProcedureCode): string {
  const value = code.agency === undefined ? code.nationalCode : `${code.nationalCode}.${code.agency}`;
  parseProcedureCode(value);
  return value;
}
