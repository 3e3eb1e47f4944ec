// Response validation against the bundled contract: the conformance kit's validator (ajv, JSON Schema 2020-12:
// status declared, content type declared, body valid), one implementation for the kit and the contract test.
// Used by the contract test; the handlers never import it.
import type { OpenApiDocument } from "@chinhquyenso/spec";

export {
  type ContractValidator,
  createContractValidator,
  type ResponseToCheck,
} from "@chinhquyenso/conformance";

/** The contract's path template of a concrete URL path, for a method. */
export function matchPath(document: OpenApiDocument, method: string, urlPath: string): string | undefined {
  for (const [template, item] of Object.entries(document.paths)) {
    if (!(method.toLowerCase() in item)) continue;
    const pattern = new RegExp(`^${template.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}$`);
    if (pattern.test(urlPath)) return template;
  }
  return undefined;
}
