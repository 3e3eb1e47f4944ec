/**
 * Every error core throws is a `CoreError` with a stable `code`, so callers branch on data, not on messages.
 * Messages are English and never echo personal numbers: values from callers go through `describeValue`.
 */
export class CoreError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A value passed in is malformed: a date, a duration, office hours, a pause… `field` names the argument. */
export class InvalidInputError extends CoreError {
  readonly field: string;

  constructor(code: string, field: string, message: string) {
    super(code, `${field}: ${message}`);
    this.field = field;
  }
}

/**
 * A computation needs a year without an official holiday notice, on a calendar created with
 * `uncoveredYears: "error"` (strict mode; by default such a year is computed from the statute, provisionally).
 */
export class CalendarCoverageError extends CoreError {
  readonly year: number;
  readonly coveredYears: readonly number[];

  constructor(year: number, coveredYears: readonly number[]) {
    super(
      "year_not_covered",
      `the working calendar has no official holiday notice for ${year} (covered: ${formatYears(coveredYears)}) ` +
        `and was created with uncoveredYears: "error"; load the year (e.g. from GET /v1/holidays?year=${year}) ` +
        `with calendar.withHolidays(), or leave uncoveredYears at "statute" to compute it provisionally`,
    );
    this.year = year;
    this.coveredYears = coveredYears;
  }
}

/**
 * Holiday data handed to the calendar is inconsistent (bad date, unknown kind, a day or a year given twice…).
 * An `InvalidInputError` whose `field` names the entry, e.g. `holidays[2027].items[3]`.
 */
export class CalendarDataError extends InvalidInputError {
  readonly year: number | undefined;

  constructor(code: string, field: string, message: string, year?: number) {
    super(code, field, message);
    this.year = year;
  }
}

/** A dossier code, agency identifier or procedure code does not have the expected shape. */
export class CodeFormatError extends CoreError {
  /** Which kind of code: `dossier_code`, `agency_id` or `procedure_code`. */
  readonly kind: "dossier_code" | "agency_id" | "procedure_code";

  constructor(kind: CodeFormatError["kind"], message: string) {
    super(`invalid_${kind}`, message);
    this.kind = kind;
  }
}

/** A value outside a known enumeration where a mapping cannot pass it through (e.g. to Open311). */
export class UnknownValueError extends CoreError {
  readonly enumName: string;
  readonly value: string;

  constructor(enumName: string, value: string, known: readonly string[]) {
    super("unknown_value", `unknown ${enumName} ${describeValue(value)} (known: ${known.join(", ")})`);
    this.enumName = enumName;
    this.value = value;
  }
}

function formatYears(years: readonly number[]): string {
  return years.length === 0 ? "none" : years.join(", ");
}

// Nine or more digits, possibly grouped by spaces or dots: a citizen ID (CCCD 9/12 digits) or a phone number.
const PERSONAL_NUMBER = /\+?\d(?:[ .]?\d){8,}/g;
// Long unbroken runs of token characters: bearer tokens, API keys, JWT parts.
const TOKEN_LIKE = /[A-Za-z0-9_~+/=-]{32,}/g;

/** Quotes a caller-supplied value for an error message: truncated, personal numbers and tokens removed. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid Date" : "a Date";
  if (typeof value !== "string") return `a value of type ${typeof value}`;
  const cleaned = value.replace(PERSONAL_NUMBER, "[redacted number]").replace(TOKEN_LIKE, "[redacted]");
  return JSON.stringify(cleaned.length > 60 ? `${cleaned.slice(0, 57)}...` : cleaned);
}
