// Response validation against the bundled contract with a full JSON Schema 2020-12 validator (ajv): status
// declared, content type declared, body valid. Used by the contract test; the handlers never import it.
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
  /** Parsed JSON body, or undefined for empty and binary bodies. */
  readonly body: unknown;
}

const escapePointer = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

export interface ContractValidator {
  /** What is wrong with the response, as readable lines; empty when it matches the contract. */
  check(response: ResponseToCheck): string[];
  /** Validates a value against a named component schema (`NotificationEvent`). */
  checkSchema(name: string, value: unknown): string[];
}

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
      : (validate.errors ?? []).map(
          (error) => `${error.instancePath || "/"} ${error.message ?? error.keyword}`,
        );

  return {
    check(response) {
      const where = `${response.method.toUpperCase()} ${response.path} → ${response.status}`;
      const operation = (
        document.paths[response.path] as Record<string, { responses?: Record<string, unknown> }> | undefined
      )?.[response.method.toLowerCase()];
      if (!operation?.responses) return [`${where}: no such operation in the contract`];
      const statusKey =
        String(response.status) in operation.responses
          ? String(response.status)
          : `${String(response.status)[0]}XX`;
      let declared = operation.responses[statusKey] as
        | { $ref?: string; content?: Record<string, unknown> }
        | undefined;
      if (!declared)
        return [`${where}: status not declared (declared: ${Object.keys(operation.responses).join(", ")})`];
      let pointer = `/paths/${escapePointer(response.path)}/${response.method.toLowerCase()}/responses/${statusKey}`;
      if (declared.$ref) {
        pointer = declared.$ref.slice(1);
        declared = pointer
          .slice(1)
          .split("/")
          .reduce<unknown>(
            (node, key) => (node as Record<string, unknown>)[key.replace(/~1/g, "/").replace(/~0/g, "~")],
            document,
          ) as typeof declared;
      }
      const content = declared?.content ?? {};
      const mediaTypes = Object.keys(content);
      if (mediaTypes.length === 0)
        return response.body === undefined
          ? []
          : [`${where}: a body was sent where the contract declares none`];
      const mediaType = (response.contentType ?? "").split(";")[0]?.trim() ?? "";
      if (!mediaTypes.includes(mediaType))
        return [`${where}: content type "${mediaType}" is not one of ${mediaTypes.join(", ")}`];
      const schema = (content[mediaType] as { schema?: { format?: string; type?: string } }).schema;
      // XML bodies are checked against the GeoReport v2 shapes by the Open311 tests (open311/*.test.ts).
      if (
        !schema ||
        schema.format === "binary" ||
        mediaType === "text/event-stream" ||
        mediaType === "text/xml"
      )
        return [];
      return errorsOf(
        validatorAt(`${pointer}/content/${escapePointer(mediaType)}/schema`),
        response.body,
      ).map((error) => `${where}: ${error}`);
    },
    checkSchema(name, value) {
      return errorsOf(validatorAt(`/components/schemas/${escapePointer(name)}`), value).map(
        (error) => `${name}: ${error}`,
      );
    },
  };
}

/** The contract's path template of a concrete URL path, for a method. */
export function matchPath(document: OpenApiDocument, method: string, urlPath: string): string | undefined {
  for (const [template, item] of Object.entries(document.paths)) {
    if (!(method.toLowerCase() in item)) continue;
    const pattern = new RegExp(`^${template.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}$`);
    if (pattern.test(urlPath)) return template;
  }
  return undefined;
}
