// A small validator for the JSON Schema subset the contract uses in parameters and request bodies, so that
// handlers answer bad input with per-field errors taken from the spec itself (not from hand-copied rules).
// Responses are checked by the contract test with a full validator (ajv); this one only guards inputs.
import { resolveRef, type Schema } from "./document";

/** One invalid field: a JSON pointer (`/supplement/deadline`, `query/limit`), a stable code and a message. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  if (typeof Blob !== "undefined" && value instanceof Blob) return "binary";
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  if (type === "number") return actual === "number" || actual === "integer";
  if (type === "string" && actual === "binary") return true; // `format: binary` strings are files
  return actual === type;
}

function formatProblem(format: unknown, value: string): string | undefined {
  switch (format) {
    case "date":
      return DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? undefined : "YYYY-MM-DD";
    case "date-time":
      return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : "an ISO 8601 date-time with an offset, e.g. 2026-03-02T09:00:00+07:00";
    case "email":
      return EMAIL.test(value) ? undefined : "an e-mail address";
    case "uri":
      return URL.canParse(value) ? undefined : "an absolute URI";
    default:
      return undefined;
  }
}

const describeType = (type: unknown) => (Array.isArray(type) ? type.join(" or ") : String(type));

/** Validates `value` against `schema`, appending what is wrong to `errors`; `field` is the value's pointer. */
export function validate(schemaNode: Schema, value: unknown, field: string, errors: FieldError[]): void {
  const schema = resolveRef(schemaNode);
  const add = (code: string, message: string) => errors.push({ field, code, message });

  for (const part of (schema.allOf as Schema[] | undefined) ?? []) validate(part, value, field, errors);
  const oneOf = schema.oneOf as Schema[] | undefined;
  if (oneOf) {
    const branchErrors = oneOf.map((branch) => {
      const found: FieldError[] = [];
      validate(branch, value, field, found);
      return found;
    });
    if (!branchErrors.some((found) => found.length === 0)) errors.push(...(branchErrors[0] ?? []));
  }

  const type = schema.type;
  if (type !== undefined) {
    const types = Array.isArray(type) ? (type as string[]) : [type as string];
    if (!types.some((candidate) => matchesType(value, candidate))) {
      add("invalid_type", `must be ${describeType(type)}`);
      return;
    }
  }
  if (schema.const !== undefined && value !== schema.const) add("invalid_value", `must be ${schema.const}`);
  const allowed = schema.enum as unknown[] | undefined;
  if (allowed && !allowed.includes(value)) add("invalid_value", `must be one of ${allowed.join(", ")}`);

  if (typeof value === "string") {
    if (typeof schema.minLength === "number" && [...value].length < schema.minLength)
      add(
        schema.minLength === 1 ? "required" : "too_short",
        `must have at least ${schema.minLength} characters`,
      );
    if (typeof schema.maxLength === "number" && [...value].length > schema.maxLength)
      add("too_long", `must have at most ${schema.maxLength} characters`);
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value))
      add("invalid_format", `must match ${schema.pattern}`);
    const expected = formatProblem(schema.format, value);
    if (expected) add("invalid_format", `must be ${expected}`);
  }
  if (schema.format === "binary" && type === "string" && typeOf(value) !== "binary")
    add("invalid_type", "must be a file");

  if (typeof value === "number") {
    const tooLow =
      (typeof schema.minimum === "number" && value < schema.minimum) ||
      (typeof schema.exclusiveMinimum === "number" && value <= schema.exclusiveMinimum);
    const tooHigh = typeof schema.maximum === "number" && value > schema.maximum;
    if (tooLow || tooHigh) {
      const low = schema.minimum ?? schema.exclusiveMinimum;
      const range =
        low !== undefined && schema.maximum !== undefined
          ? `between ${low} and ${schema.maximum}`
          : low !== undefined
            ? `${schema.exclusiveMinimum !== undefined ? "more than" : "at least"} ${low}`
            : `at most ${schema.maximum}`;
      add("out_of_range", `must be ${range}`);
    }
  }

  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems)
      add(schema.minItems === 1 ? "required" : "too_few", `must have at least ${schema.minItems} items`);
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems)
      add("too_many", `must have at most ${schema.maxItems} items`);
    const items = schema.items as Schema | undefined;
    if (items)
      for (const [index, item] of value.entries()) validate(items, item, `${field}/${index}`, errors);
  }

  if (typeOf(value) === "object") {
    const record = value as Record<string, unknown>;
    for (const name of (schema.required as string[] | undefined) ?? []) {
      if (record[name] === undefined)
        errors.push({ field: `${field}/${name}`, code: "required", message: "is required" });
    }
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const [name, propertySchema] of Object.entries(properties)) {
      if (record[name] !== undefined) validate(propertySchema, record[name], `${field}/${name}`, errors);
    }
  }
}

/** The schema's type list, `$ref`s and single-branch wrappers resolved. */
export function schemaTypes(schemaNode: Schema | undefined): string[] {
  if (!schemaNode) return [];
  const schema = resolveRef(schemaNode);
  if (schema.type !== undefined)
    return Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
  if (Array.isArray(schema.enum)) return [typeof schema.enum[0] === "number" ? "number" : "string"];
  return [];
}

/** A query, header or form value (always text) turned into what the schema expects, when it can be. */
export function coerceText(text: string, schemaNode: Schema | undefined): unknown {
  const types = schemaTypes(schemaNode);
  if ((types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?$/.test(text.trim()))
    return Number(text);
  if (types.includes("boolean") && (text === "true" || text === "false")) return text === "true";
  return text;
}

/** The schema of the items of an array schema (for repeated query or form fields). */
export function itemSchema(schemaNode: Schema | undefined): Schema | undefined {
  if (!schemaNode) return undefined;
  const schema = resolveRef(schemaNode);
  return schema.type === "array" ? (schema.items as Schema | undefined) : undefined;
}

/** Property schemas of an object schema, through `allOf`. */
export function propertiesOf(schemaNode: Schema | undefined): Record<string, Schema> {
  if (!schemaNode) return {};
  const schema = resolveRef(schemaNode);
  const own = (schema.properties as Record<string, Schema> | undefined) ?? {};
  return Object.assign(
    {},
    ...((schema.allOf as Schema[] | undefined) ?? []).map((part) => propertiesOf(part)),
    own,
  );
}
