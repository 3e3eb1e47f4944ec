// Reading a request the contract's way: query parameters, header parameters and bodies (JSON or multipart)
// are coerced and validated against the operation's own schemas, and refused with per-field errors.

import { declaresStatus, type OperationInfo } from "../openapi/document";
import {
  coerceText,
  type FieldError,
  itemSchema,
  propertiesOf,
  schemaTypes,
  validate,
} from "../openapi/schema";
import { ProblemError } from "../store/problem";
import type { HeaderReader, IncomingCall } from "./answer";

/** 400 or 422, whichever the operation declares for bad input (`prefer` first). */
export function inputProblem(
  operation: OperationInfo,
  errors: FieldError[],
  prefer: 400 | 422,
): ProblemError {
  const other = prefer === 400 ? 422 : 400;
  const status = declaresStatus(operation, prefer)
    ? prefer
    : declaresStatus(operation, other)
      ? other
      : prefer;
  const detail = errors.map((error) => `${error.field} ${error.message}`).join("; ");
  return status === 400
    ? new ProblemError(400, "bad_request", "Bad request", detail, { errors })
    : new ProblemError(422, "validation_failed", "Validation failed", detail, { errors });
}

/** Query parameters coerced to their schema types; unknown parameters are ignored. */
export function readQuery(operation: OperationInfo, url: URL): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in !== "query") continue;
    const values = url.searchParams.getAll(parameter.name);
    const field = `query/${parameter.name}`;
    if (values.length === 0) {
      if (parameter.required) errors.push({ field, code: "required", message: "is required" });
      continue;
    }
    const items = itemSchema(parameter.schema);
    let value: unknown;
    if (items)
      value = values
        .flatMap((text) => text.split(","))
        .filter((text) => text !== "")
        .map((text) => coerceText(text, items));
    else if (values.length > 1) {
      errors.push({ field, code: "repeated", message: "must be given once" });
      continue;
    } else value = coerceText(values[0] as string, parameter.schema);
    if (parameter.schema) validate(parameter.schema, value, field, errors);
    query[parameter.name] = value;
  }
  if (errors.length > 0) throw inputProblem(operation, errors, 400);
  return query;
}

/**
 * A header parameter, validated (percent-decoded when the contract marks it `x-percent-encoded`). Returns
 * undefined when absent; a missing required header is the caller's to answer (If-Match has its own 428).
 */
export function readHeader(
  operation: OperationInfo,
  headers: HeaderReader,
  name: string,
): string | undefined {
  const parameter = operation.parameters.find(
    (item) => item.in === "header" && item.name.toLowerCase() === name.toLowerCase(),
  );
  const raw = headers.get(name);
  if (raw === null || parameter === undefined) return raw ?? undefined;
  const field = `header/${parameter.name}`;
  let value = raw;
  if (parameter["x-percent-encoded"]) {
    try {
      value = decodeURIComponent(raw);
    } catch {
      throw inputProblem(
        operation,
        [{ field, code: "invalid_format", message: "is not valid percent-encoded UTF-8" }],
        422,
      );
    }
  }
  const errors: FieldError[] = [];
  if (parameter.schema) validate(parameter.schema, value, field, errors);
  if (errors.length > 0) throw inputProblem(operation, errors, 422);
  return value;
}

export function requiredHeaderProblem(operation: OperationInfo, name: string): ProblemError {
  return inputProblem(
    operation,
    [{ field: `header/${name}`, code: "required", message: "is required" }],
    422,
  );
}

function mediaTypeOf(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** The request body as the contract declares it, validated; `{}` for an absent optional body. */
export async function readBody(
  operation: OperationInfo,
  request: IncomingCall,
  bytes: Uint8Array,
): Promise<unknown> {
  const declared = operation.requestBody;
  if (!declared) return undefined;
  const mediaType = mediaTypeOf(request.headers.get("content-type"));
  const empty = bytes.byteLength === 0;
  if (empty && !declared.required) return {};
  const errors: FieldError[] = [];
  if (empty)
    throw inputProblem(
      operation,
      [{ field: "/", code: "required", message: "a request body is required" }],
      422,
    );
  const json = declared.content["application/json"];
  const multipart = declared.content["multipart/form-data"];
  let value: unknown;
  if (json && (mediaType === "application/json" || mediaType.endsWith("+json"))) {
    try {
      value = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      throw inputProblem(
        operation,
        [{ field: "/", code: "invalid_json", message: "is not valid JSON" }],
        422,
      );
    }
    if (json.schema) validate(json.schema, value, "", errors);
  } else if (multipart && mediaType === "multipart/form-data") {
    let form: FormData;
    try {
      form = await new Response(bytes as Uint8Array<ArrayBuffer>, {
        headers: { "content-type": request.headers.get("content-type") ?? "" },
      }).formData();
    } catch {
      throw inputProblem(
        operation,
        [{ field: "/", code: "invalid_format", message: "is not a valid multipart/form-data body" }],
        422,
      );
    }
    value = formToObject(form, multipart.schema);
    if (multipart.schema) validate(multipart.schema, value, "", errors);
  } else {
    const expected = Object.keys(declared.content).join(" or ");
    throw inputProblem(
      operation,
      [{ field: "header/Content-Type", code: "unsupported_media_type", message: `must be ${expected}` }],
      422,
    );
  }
  for (const error of errors) if (error.field === "") error.field = "/";
  if (errors.length > 0) throw inputProblem(operation, errors, 422);
  return value;
}

function formToObject(form: FormData, schema: Record<string, unknown> | undefined): Record<string, unknown> {
  const properties = propertiesOf(schema);
  const result: Record<string, unknown> = {};
  for (const name of new Set(form.keys())) {
    const property = properties[name];
    const values = form.getAll(name);
    const items = itemSchema(property);
    const convert = (entry: FormDataEntryValue, target: Record<string, unknown> | undefined) =>
      typeof entry === "string" ? coerceText(entry, target) : entry;
    if (items || schemaTypes(property).includes("array"))
      result[name] = values.map((entry) => convert(entry, items));
    else result[name] = convert(values[values.length - 1] as FormDataEntryValue, property);
  }
  return result;
}
