// Who may file through Open311 and which jurisdiction the endpoint serves. `resolveApiKey` is the one place an
// `api_key` becomes a principal: a host (or the sandbox's principal registry) replaces it with one line.
import { MockOptionsError } from "../errors";

/** The service account a GeoReport v2 `api_key` belongs to: the author of what it files. */
export interface Open311Principal {
  readonly id: string;
  readonly name: string;
}

/** The principal of an `api_key`, or undefined when the key is not valid (403). */
export type ResolveOpen311ApiKey = (apiKey: string) => Open311Principal | undefined;

/** The sandbox's documented key (`POST requests` with `api_key=open311-sandbox-key`). Not a secret. */
export const OPEN311_SANDBOX_API_KEY = "open311-sandbox-key";

/** The default service account that key belongs to. */
export const OPEN311_SANDBOX_ACCOUNT: Open311Principal = {
  id: "svc_open311",
  name: "Tài khoản dịch vụ Open311 (sandbox)",
};

export interface Open311Options {
  /** Maps an `api_key` to its principal. Default: `open311-sandbox-key` → the sandbox service account. */
  readonly resolveApiKey?: ResolveOpen311ApiKey;
  /** The one jurisdiction served (`jurisdiction_id`). Default `chinhquyenso.gov.vn`. */
  readonly jurisdictionId?: string;
}

export interface Open311Settings {
  readonly resolveApiKey: ResolveOpen311ApiKey;
  readonly jurisdictionId: string;
}

export const defaultOpen311ApiKeys: ResolveOpen311ApiKey = (apiKey) =>
  apiKey === OPEN311_SANDBOX_API_KEY ? OPEN311_SANDBOX_ACCOUNT : undefined;

export function resolveOpen311Settings(options: Open311Options = {}): Open311Settings {
  const jurisdictionId = options.jurisdictionId ?? "chinhquyenso.gov.vn";
  if (typeof jurisdictionId !== "string" || jurisdictionId.trim() === "")
    throw new MockOptionsError("open311.jurisdictionId", "must be a non-empty string");
  if (options.resolveApiKey !== undefined && typeof options.resolveApiKey !== "function")
    throw new MockOptionsError(
      "open311.resolveApiKey",
      "must be a function (apiKey) => principal | undefined",
    );
  return { resolveApiKey: options.resolveApiKey ?? defaultOpen311ApiKeys, jurisdictionId };
}
