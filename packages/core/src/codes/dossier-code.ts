import { CodeFormatError, describeValue } from "../errors";
import { daysInMonth, pad2 } from "../time/civil";
import { type InstantInput, toVietnamIso } from "../time/instant";
import { agencyIdProblem } from "./agency";

/** A dossier code `{agency}-{yyMMdd}-{NNNN}`: the sequence restarts every day for each agency. */
export interface DossierCode {
  readonly agency: string;
  /** Receiving date, `YYYY-MM-DD` (years 2000–2099). */
  readonly date: string;
  /** 1–9999. */
  readonly sequence: number;
}

const EXAMPLE = "e.g. 000.00.00.H29-260302-0001";

/** The reason a dossier code is malformed, or `undefined` when it is valid. */
export function dossierCodeProblem(value: unknown): string | undefined {
  if (typeof value !== "string" || value === "") return `must be a non-empty string (${EXAMPLE})`;
  const parts = value.split("-");
  if (parts.length !== 3)
    return `must have three parts {agency}-{yyMMdd}-{NNNN} separated by "-" (${EXAMPLE})`;
  const [agency = "", date = "", sequence = ""] = parts;
  const agencyProblem = agencyIdProblem(agency);
  if (agencyProblem !== undefined) return `agency part: ${agencyProblem}`;
  if (!/^\d{6}$/.test(date)) return `date part ${describeValue(date)} must be 6 digits yyMMdd (${EXAMPLE})`;
  const month = Number(date.slice(2, 4));
  const day = Number(date.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000 + Number(date.slice(0, 2)), month)) {
    return `date part ${describeValue(date)} is not a calendar date (yyMMdd)`;
  }
  if (!/^\d{4}$/.test(sequence)) return `sequence ${describeValue(sequence)} must be 4 digits (${EXAMPLE})`;
  if (sequence === "0000") return "sequence 0000 is not allowed: sequences start at 0001";
  return undefined;
}

export function isDossierCode(value: unknown): value is string {
  return dossierCodeProblem(value) === undefined;
}

/** Parses a dossier code; throws `CodeFormatError` naming the malformed part. */
export function parseDossierCode(value: string): DossierCode {
  const problem = dossierCodeProblem(value);
  if (problem !== undefined) throw new CodeFormatError("dossier_code", `dossier code ${problem}`);
  const [agency = "", date = "", sequence = ""] = value.split("-");
  return {
    agency,
    date: `20${date.slice(0, 2)}-${date.slice(2, 4)}-${date.slice(4, 6)}`,
    sequence: Number(sequence),
  };
}

/**
 * Formats a dossier code. `date` is the receiving instant or date, taken in Vietnam time; throws
 * `CodeFormatError` for a malformed agency, a year outside 2000–2099 or a sequence outside 1–9999.
 */
export function formatDossierCode(code: { agency: string; date: InstantInput; sequence: number }): string {
  const agencyProblem = agencyIdProblem(code.agency);
  if (agencyProblem !== undefined) throw new CodeFormatError("dossier_code", `agency part: ${agencyProblem}`);
  if (!Number.isInteger(code.sequence) || code.sequence < 1 || code.sequence > 9999) {
    throw new CodeFormatError(
      "dossier_code",
      `sequence ${describeValue(code.sequence)} must be an integer from 1 to 9999`,
    );
  }
  const iso = toVietnamIso(code.date, "date");
  const year = Number(iso.slice(0, 4));
  if (year < 2000 || year > 2099) {
    throw new CodeFormatError("dossier_code", `year ${year} cannot be written as yy (2000–2099 only)`);
  }
  const yyMMdd = `${pad2(year - 2000)}${iso.slice(5, 7)}${iso.slice(8, 10)}`;
  return `${code.agency}-${yyMMdd}-${String(code.sequence).padStart(4, "0")}`;
}
