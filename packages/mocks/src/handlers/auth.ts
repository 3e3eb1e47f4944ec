// Bearer authentication as the sandbox plays it: any token by default, or only the configured one (so that
// the client's refresh-on-401 can be shown), and scopes honoured loosely where the contract declares 403.
import { declaresStatus, type OperationInfo } from "../openapi/document";
import { ProblemError } from "../store/problem";
import type { MockStore } from "../store/store";

const CHALLENGE = 'Bearer realm="chinhquyenso"';

export function authenticate(store: MockStore, operation: OperationInfo, headers: Headers): void {
  if (operation.scopes === null) return;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  if (!match) {
    throw new ProblemError(
      401,
      "token_missing",
      "Unauthorized",
      "Send an access token: Authorization: Bearer <token>.",
      {},
      {
        "www-authenticate": CHALLENGE,
      },
    );
  }
  if (store.auth.token !== null && match[1] !== store.auth.token) {
    throw new ProblemError(
      401,
      "invalid_token",
      "Unauthorized",
      "The access token is expired or not valid; refresh it and try once more.",
      {},
      {
        "www-authenticate": `${CHALLENGE}, error="invalid_token"`,
      },
    );
  }
  const granted = store.auth.scopes;
  if (granted === null || !declaresStatus(operation, 403)) return;
  const missing = operation.scopes.filter((scope) => !granted.includes(scope));
  if (missing.length > 0)
    throw new ProblemError(403, "insufficient_scope", "Forbidden", `Required scope: ${missing.join(" ")}`);
}
