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
  /**
   * Header parameters: `prop=Header-Name` (params property → header), then `!` when required and `%` when
   * percent-encoded.
   */
  headers: string[];
}

const METHODS: Record<string, string> = { g: "get", p: "post", u: "put", d: "delete", a: "patch" };

// Format (scripts/lib/emit.mjs): `resource:path code verb header…|…`, one line per resource; the code is the
// method letter then the flags; a path is under v1/ unless it starts with `/`, and `~` is the resource.
export const operations: Operation[] = OPERATION_TABLE.split("\n").flatMap((line) => {
  const [resource, entries] = line.split(":") as [string, string];
  return entries.split("|").map((entry) => {
    const [path, code, verb, ...headers] = entry.split(" ") as [string, string, string, ...string[]];
    return {
      id: `${resource}.${verb}`,
      resource,
      verb,
      method: METHODS[code[0] as string] as string,
      path: path[0] === "/" ? path.slice(1) : `v1/${path.replace(/^~/, resource)}`,
      flags: code.slice(1),
      headers,
    };
  });
});
