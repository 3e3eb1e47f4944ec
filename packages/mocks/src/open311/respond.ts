// Answers of the Open311 surface: the body in the format of the URL's suffix (JSON or XML, UTF-8 declared), and
// every error as GeoReport v2's array of { code, description } with the HTTP status — in XML too.
import { declaredResponse, type OperationInfo, type Schema } from "../openapi/document";
import type { FieldError } from "../openapi/schema";
import type { ProblemError } from "../store/problem";
import { toXmlDocument } from "./xml";

export type Open311Format = "json" | "xml";

export const OPEN311_CONTENT_TYPES: Readonly<Record<Open311Format, string>> = {
  json: "application/json; charset=utf-8",
  xml: "text/xml; charset=utf-8",
};

const ERRORS_SCHEMA: Schema = { $ref: "#/components/schemas/Open311Errors" };

/** Whether an operation belongs to the Open311 section (its errors and bodies follow GeoReport v2). */
export function isOpen311Operation(operation: OperationInfo): boolean {
  return operation.tags[0] === "open311";
}

/** The format named by a suffix (`json`, `xml`), or undefined for anything else. */
export function formatOf(suffix: unknown): Open311Format | undefined {
  return suffix === "json" || suffix === "xml" ? suffix : undefined;
}

/** The format of a URL path (`…/requests.xml`), JSON when it has no known suffix. */
export function formatOfPath(pathname: string): Open311Format {
  return pathname.endsWith(".xml") ? "xml" : "json";
}

/** A body in one format: JSON as is, XML from the schema's `xml` hints. */
export function open311Response(
  schema: Schema,
  value: unknown,
  format: Open311Format,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  const body = format === "xml" ? toXmlDocument(value, schema) : JSON.stringify(value);
  return new Response(body, {
    status,
    headers: { ...headers, "content-type": OPEN311_CONTENT_TYPES[format] },
  });
}

/** The schema an operation declares for a status (in the JSON media type; the XML one is the same). */
export function declaredSchema(operation: OperationInfo, status: number): Schema | undefined {
  const content = declaredResponse(operation, status)?.content;
  return content?.["application/json"]?.schema ?? content?.["text/xml"]?.schema;
}

/** "query/status/0" → "status", "/attribute[muc_do]" → "attribute[muc_do]", "/" → "". */
function fieldName(field: string): string {
  return field
    .replace(/^(query|header|path)\//, "")
    .replace(/^\//, "")
    .replace(/\/\d+$/, "");
}

/** What each error says: one per field error, else the problem's detail or title. */
export function errorDescriptions(problem: ProblemError): string[] {
  const fields = (problem.extra.errors as FieldError[] | undefined) ?? [];
  if (fields.length > 0)
    return fields.map((error) => {
      const name = fieldName(error.field);
      return name ? `${name}: ${error.message}` : error.message;
    });
  return [problem.detail ?? problem.title];
}

/** GeoReport v2 errors, with the HTTP status as each error's code and the problem's headers (Retry-After…). */
export function open311ErrorResponse(problem: ProblemError, format: Open311Format): Response {
  const errors = errorDescriptions(problem).map((description) => ({ code: problem.status, description }));
  return open311Response(ERRORS_SCHEMA, errors, format, problem.status, problem.headers);
}

/** The body of a plain error (an unmatched route, a failure outside any operation). */
export function open311ErrorBody(status: number, description: string, format: Open311Format): string {
  const errors = [{ code: status, description }];
  return format === "xml" ? toXmlDocument(errors, ERRORS_SCHEMA) : JSON.stringify(errors);
}

/** A contract example answered with `Prefer: example=…` (JSON), in the URL's format. */
export async function preferredInFormat(
  response: Response,
  operation: OperationInfo,
  format: Open311Format,
): Promise<Response> {
  const schema = declaredSchema(operation, response.status);
  if (format === "json" || !schema || !response.body) {
    response.headers.set("content-type", OPEN311_CONTENT_TYPES.json);
    return response;
  }
  return open311Response(schema, await response.json(), "xml", response.status);
}
