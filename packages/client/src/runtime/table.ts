import { OPERATION_TABLE } from "../generated/operations";

/** One operation as the runtime needs it, parsed from the generated table. */
export interface Operation {
  id: string;
  resource: string;
  verb: string;
  method: string;
  /** Without the leading slash, with `{name}` placeholders. */
  path: string;
  /** Takes a params object (query and header parameters). */
  params: boolean;
  body: "json" | "multipart" | undefined;
  bodyRequired: boolean;
  paginated: boolean;
  /** x-idempotent: sends an Idempotency-Key and may be retried. */
  idempotent: boolean;
  result: "json" | "binary" | "sse" | "void";
  /** params property → header name; `required` when it must be present, `encoded` when percent-encoded. */
  headers: { prop: string; name: string; required: boolean; encoded: boolean }[];
}

// Flags: q params, j/m JSON/multipart body, r body required, p paginated, i idempotent,
// b binary result, s server-sent events, v no content. Headers: `prop=Name`, `!` required, `%` percent-encoded.
export const operations: Operation[] = OPERATION_TABLE.split("\n").map((line) => {
  const [id = "", method = "", path = "", flags = "", ...headers] = line.split(" ");
  const [resource = "", verb = ""] = id.split(".");
  const has = (flag: string) => flags.includes(flag);
  return {
    id,
    resource,
    verb,
    method,
    path,
    params: has("q"),
    body: has("j") ? "json" : has("m") ? "multipart" : undefined,
    bodyRequired: has("r"),
    paginated: has("p"),
    idempotent: has("i"),
    result: has("b") ? "binary" : has("s") ? "sse" : has("v") ? "void" : "json",
    headers: headers.map((spec) => {
      const [prop = "", name = ""] = spec.split("=");
      return { prop, name: name.replace(/[!%]/g, ""), required: name.includes("!"), encoded: name.includes("%") };
    }),
  };
});
