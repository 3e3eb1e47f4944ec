// Checks a response against the contract with a full JSON Schema 2020-12 validator (ajv): the status is
// declared, the content type is declared, required headers are present, and the body matches the schema.
import { type OpenApiDocument, openapiDocument } from "@chinhquyenso/spec";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

export interface ResponseToCheck {
  readonly method: string;
  /** The contract's path template (`/v1/dossiers/{code}`). */
  readonly path: string;
  readonly status: number;
  readonly contentType: string | null;
  /** Response headers; when given, headers the contract marks `required` must be present. */
  readonly headers?: Headers;
  /** Parsed JSON body, or undefined for empty and binary bodies. */
  readonly body: unknown;
}

export interface ContractValidator {
  /** What is wrong with the response, as readable lines; empty when it matches the contract. */
  check(response: ResponseToCheck): string[];
  /** Validates a value against a named component schema (`NotificationEvent`). */
  checkSchema(name: string, value: unknown): string[];
}

interface ResponseObject {
  $ref?: string;
  content?: Record<string, { schema?: { format?: string; type?: string } }>;
  headers?: Record<string, { required?: boolean; $ref?: string }>;
}

const escapePointer = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");
const unescapePointer = (segment: string) => segment.replace(/~1/g, "/").replace(/~0/g, "~");

function resolve(document: OpenApiDocument, pointer: string): unknown {
  return pointer
    .slice(1)
    .split("/")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[unescapePointer(key)], document);
}

/** A validator of responses against `document` (default: the bundled contract of `@chinhquyenso/spec`). */
export function createContractValidator(document: OpenApiDocument = openapiDocument): ContractValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat("binary", true);
  ajv.addSchema(document as object, "cqs");
  const compiled = new Map<string, ValidateFunction>();
  const validatorAt = (pointer: string) => {
    let validate = compiled.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `cqs#${pointer}` });
      compiled.set(pointer, validate);
    }
    return validate;
  };
  const errorsOf = (validate: ValidateFunction, value: unknown) =>
    validate(value)
      ? []
      : (validate.errors ?? [])
          .slice(0, 5)
          .map((error) => `${error.instancePath || "/"} ${error.message ?? error.keyword}`);

  return {
    check(response) {
      const method = response.method.toLowerCase();
      const where = `${response.method.toUpperCase()} ${response.path} → ${response.status}`;
      const operation = (
        document.paths[response.path] as Record<string, { responses?: Record<string, unknown> }> | undefined
      )?.[method];
      if (!operation?.responses) return [`${where}: no such operation in the contract`];
      const statusKey =
        String(response.status) in operation.responses
          ? String(response.status)
          : `${String(response.status)[0]}XX`;
      let declared = operation.responses[statusKey] as ResponseObject | undefined;
      if (!declared)
        return [`${where}: status not declared (declared: ${Object.keys(operation.responses).join(", ")})`];
      let pointer = `/paths/${escapePointer(response.path)}/${method}/responses/${statusKey}`;
      if (declared.$ref) {
        pointer = declared.$ref.slice(1);
        declared = resolve(document, pointer) as ResponseObject;
      }
      const problems: string[] = [];
      for (const [name, header] of Object.entries(declared.headers ?? {})) {
        const required = header.$ref
          ? (resolve(document, header.$ref.slice(1)) as { required?: boolean }).required
          : header.required;
        if (required && response.headers && !response.headers.has(name))
          problems.push(`${where}: required header ${name} is missing`);
      }
      const content = declared.content ?? {};
      const mediaTypes = Object.keys(content);
      if (mediaTypes.length === 0)
        return response.body === undefined
          ? problems
          : [...problems, `${where}: a body was sent where the contract declares none`];
      const mediaType = (response.contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
      if (!mediaTypes.includes(mediaType))
        return [
          ...problems,
          `${where}: content type "${mediaType || "(none)"}" is not one of ${mediaTypes.join(", ")}`,
        ];
      const schema = content[mediaType]?.schema;
      // XML bodies (Open311) and binary files are checked for their content type only.
      if (
        !schema ||
        schema.format === "binary" ||
        mediaType === "text/event-stream" ||
        mediaType === "text/xml"
      )
        return problems;
      return [
        ...problems,
        ...errorsOf(validatorAt(`${pointer}/content/${escapePointer(mediaType)}/schema`), response.body).map(
          (error) => `${where}: ${error}`,
        ),
      ];
    },
    checkSchema(name, value) {
      return errorsOf(validatorAt(`/components/schemas/${escapePointer(name)}`), value).map(
        (error) => `${name}: ${error}`,
      );
    },
  };
}
