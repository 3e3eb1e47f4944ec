// GeoReport v2 service definitions: the extra questions a service asks (`GET services/{code}`), and the rules for
// the answers a `POST requests` carries as `attribute[code]` (open311/open311.github.io GeoReport/v2/index.md).

/** `datatype` of an attribute, as GeoReport v2 lists them. */
export const OPEN311_ATTRIBUTE_DATATYPES = [
  "string",
  "number",
  "datetime",
  "text",
  "singlevaluelist",
  "multivaluelist",
] as const;
export type Open311AttributeDatatype = (typeof OPEN311_ATTRIBUTE_DATATYPES)[number];

/** One question of a service definition (GeoReport v2 `attribute`). */
export interface Open311Attribute {
  /** `false`: information shown to the user only, never answered. */
  readonly variable: boolean;
  readonly code: string;
  readonly datatype: Open311AttributeDatatype;
  readonly required: boolean;
  readonly datatype_description: string | null;
  /** 1 is shown first; unique within the service. */
  readonly order: number;
  readonly description: string;
  /** The choices of a list (`key` is sent, `name` is shown); empty for other datatypes. */
  readonly values: readonly { readonly key: string; readonly name: string }[];
}

/** One thing wrong with a submission: the form field, a stable code and an English message (no input echoed). */
export interface Open311Problem {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
const NUMBER = /^-?\d+(\.\d+)?$/;
const LINE_BREAK = /[\r\n]/;

/**
 * Checks the answers (`attribute[code]`, lists as several values) against a service's attributes. Answers to
 * codes the service does not ask are ignored (clients such as FixMyStreet add their own); informational
 * attributes (`variable: false`) are never required. Returns the answers kept, trimmed, by code.
 */
export function checkOpen311Attributes(
  attributes: readonly Open311Attribute[],
  answers: Readonly<Record<string, string | readonly string[]>>,
  problems: Open311Problem[],
): Record<string, string[]> {
  const kept: Record<string, string[]> = {};
  for (const attribute of attributes) {
    if (!attribute.variable) continue;
    const field = `attribute[${attribute.code}]`;
    const given = Object.hasOwn(answers, attribute.code) ? answers[attribute.code] : undefined;
    const values = (given === undefined ? [] : [given].flat())
      .map((value) => value.trim())
      .filter((value) => value !== "");
    const problem = (code: string, message: string) => problems.push({ field, code, message });
    if (values.length === 0) {
      if (attribute.required) problem("missing_attribute", "is required by this service");
      continue;
    }
    if (attribute.datatype !== "multivaluelist" && values.length > 1) {
      problem("too_many_values", "takes one value");
      continue;
    }
    const keys = attribute.values.map((value) => value.key);
    const bad = values.find((value) => {
      switch (attribute.datatype) {
        case "number":
          return !NUMBER.test(value);
        case "datetime":
          return !ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value));
        case "string":
          return LINE_BREAK.test(value);
        case "singlevaluelist":
        case "multivaluelist":
          return !keys.includes(value);
        default:
          return false;
      }
    });
    if (bad !== undefined) {
      const expected: Record<Open311AttributeDatatype, string> = {
        number: "must be a number",
        datetime: "must be an ISO 8601 date-time with an offset, e.g. 2026-03-02T09:00:00+07:00",
        string: "must be one line (use a text attribute for several)",
        text: "",
        singlevaluelist: `must be one of the keys ${keys.join(", ")}`,
        multivaluelist: `must be keys among ${keys.join(", ")}`,
      };
      problem("invalid_attribute", expected[attribute.datatype]);
      continue;
    }
    kept[attribute.code] = values;
  }
  return kept;
}
