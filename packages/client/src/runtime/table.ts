import { OPERATION_TABLE } from "../generated/operations";

/** One operation as the runtime needs it, parsed from the generated table. */
export interface Operation {
  id: string;
  resource: string;
  verb: string;
  method: string;
  /** Relative to the base URL, with `{name}` placeholders. */
  path: string;
  /**
   * q takes params (query and header parameters), j/m JSON/multipart body, r body required, p paginated,
   * i idempotent (x-idempotent), b binary result, s server-sent events, v no content.
   */
  flags: string;
  /** params property → header name; `required` when it must be present, `encoded` when percent-encoded. */
  headers: { prop: string; name: string; required: boolean; encoded: boolean }[];
}

const METHODS: Record<string, string> = { g: "get", p: "post", u: "put", d: "delete", a: "patch" };

export const operations: Operation[] = OPERATION_TABLE.split("\n").flatMap((line) => {
  const [resource = "", entries = ""] = line.split(":");
  return entries.split("|").map((entry) => {
    const [verb = "", method = "", path = "", flags = "", ...headers] = entry.split(" ");
    return {
      id: `${resource}.${verb}`,
      resource,
      verb,
      method: METHODS[method] ?? method,
      path: path[0] === "/" ? path.slice(1) : `v1/${path}`,
      flags,
      headers: headers.map((spec) => {
        const [prop = "", name = ""] = spec.split("=");
        return {
          prop,
          name: name.replace(/[!%]/g, ""),
          required: name.includes("!"),
          encoded: name.includes("%"),
        };
      }),
    };
  });
});
