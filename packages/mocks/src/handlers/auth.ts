// Authentication and authorization, once per request, from the contract: the bearer token names a principal
// (401 otherwise), the operation's `x-principals` must include its kind (403 `principal_not_allowed`) and its
// `security` scope must be granted (403 `insufficient_scope`). Which records it then sees is `store/access.ts`.

import type { OperationInfo } from "../openapi/document";
import type { Principal } from "../store/principals";
import { ProblemError } from "../store/problem";
import type { MockStore } from "../store/store";
import type { HeaderReader } from "./answer";

const CHALLENGE = 'Bearer realm="chinhquyenso"';

/** Who calls a public operation: reaches no record and holds no scope. */
export const ANONYMOUS: Principal = Object.freeze({
  id: "anonymous",
  kind: "citizen",
  token: "",
  name: "",
  scopes: [],
  agencyCode: null,
  userId: null,
  citizenId: null,
  apiKey: null,
  unrestricted: false,
});

export function authenticate(store: MockStore, operation: OperationInfo, headers: HeaderReader): Principal {
  // Public, or a credential other than a bearer token (Open311's `api_key`, resolved by its resolver).
  if (operation.access.public || operation.access.scheme !== "oidc") return ANONYMOUS;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  if (!match) {
    throw new ProblemError(
      401,
      "token_missing",
      "Unauthorized",
      "Send an access token: Authorization: Bearer <token>.",
      {},
      { "www-authenticate": CHALLENGE },
    );
  }
  const principal = store.principalFor(match[1] as string);
  if (!principal) {
    throw new ProblemError(
      401,
      "invalid_token",
      "Unauthorized",
      "The access token is expired or not valid; refresh it and try once more.",
      {},
      { "www-authenticate": `${CHALLENGE}, error="invalid_token"` },
    );
  }
  authorize(operation, principal);
  return principal;
}

/** 403 unless the operation is for this kind of principal and its scope is granted. */
export function authorize(operation: OperationInfo, principal: Principal): void {
  const { access } = operation;
  if (access.public) return;
  if (!principal.unrestricted && !access.principals.includes(principal.kind))
    throw new ProblemError(
      403,
      "principal_not_allowed",
      "Forbidden",
      `This operation is for ${access.principals.join(", ")}; the token belongs to a ${principal.kind}.`,
    );
  const missing = access.scopes.filter((scope) => !principal.scopes.includes(scope));
  if (missing.length > 0)
    throw new ProblemError(403, "insufficient_scope", "Forbidden", `Required scope: ${missing.join(" ")}`);
}

/** 403 `action_not_allowed`: the principal may call the operation, but not to do this. */
export const actionNotAllowed = (detail: string) =>
  new ProblemError(403, "action_not_allowed", "Forbidden", detail);
