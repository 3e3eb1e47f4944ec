import { OPERATION_TABLE } from "../generated/operations";

/** A header parameter: taken out of `params` by its property name and sent as a header. */
export interface HeaderParam {
  /** The property in `params` (`ifMatch`). */
  prop: string;
  /** The header (`If-Match`). */
  header: string;
  required: boolean;
  /** Free text sent percent-encoded, and masked in errors and hooks (the lookup reason). */
  secret: boolean;
}

/** One operation of the contract, as the runtime uses it. */
export interface Operation {
  /** `resource.verb`, the contract's operationId. */
  id: string;
  resource: string;
  verb: string;
  method: "get" | "post" | "put" | "delete" | "patch";
  /** Relative to the base URL, with `{name}` placeholders. */
  path: string;
  /** The body argument after the path parameters: JSON, or typed fields sent as multipart. */
  body: "json" | "multipart" | undefined;
  bodyRequired: boolean;
  /** Takes a `params` argument (query and header parameters) after the body. */
  takesParams: boolean;
  headerParams: HeaderParam[];
  /** Marked `x-idempotent`: every call sends an Idempotency-Key, so the platform applies it once. */
  idempotent: boolean;
  /** Safe to send more than once (GET, PUT, DELETE, or with an Idempotency-Key): retries are allowed. */
  retriable: boolean;
  /** Has a `…All` companion that follows the cursor (`x-pagination`). */
  paginated: boolean;
  /** How the result is read. */
  result: "json" | "download" | "events" | "none";
}

const METHODS = { g: "get", p: "post", u: "put", d: "delete", a: "patch" } as const;

// The generated table is terse because every app bundles it (scripts/lib/emit.mjs writes it and explains the
// format): one line per resource, `resource:path code verb header…|…`. A path is under v1/ unless it starts
// with `/`, and `~` stands for the resource. The code is the method letter, then one letter per fact: q params,
// j/m JSON/multipart body, r body required, p paginated, i Idempotency-Key, b/s/v download/events/no content.
// A header parameter reads `prop=Header-Name`, then `!` when required and `%` when secret. Parsed here, once.
function parse(resource: string, entry: string): Operation {
  const [path, code, verb, ...headers] = entry.split(" ") as [string, string, string, ...string[]];
  const has = (letter: string) => code.includes(letter, 1);
  const idempotent = has("i");
  return {
    id: `${resource}.${verb}`,
    resource,
    verb,
    method: METHODS[code[0] as keyof typeof METHODS],
    path: path[0] === "/" ? path.slice(1) : `v1/${path.replace(/^~/, resource)}`,
    body: has("j") ? "json" : has("m") ? "multipart" : undefined,
    bodyRequired: has("r"),
    takesParams: has("q"),
    headerParams: headers.map((spec) => {
      const [prop, header] = spec.split(/[=!%]/) as [string, string];
      return { prop, header, required: spec.includes("!"), secret: spec.includes("%") };
    }),
    idempotent,
    // GET, PUT and DELETE are idempotent by HTTP's own definition.
    retriable: idempotent || /^[gud]/.test(code),
    paginated: has("p"),
    result: has("b") ? "download" : has("s") ? "events" : has("v") ? "none" : "json",
  };
}

/**
 * Every operation of the contract, in contract order. Pure: an app that takes only `isApiError` or
 * `newIdempotencyKey` from the client (most widgets) drops the table and its parsing.
 */
export const operations: Operation[] = /* @__PURE__ */ OPERATION_TABLE.split("\n").flatMap((line) => {
  const [resource, entries] = line.split(":") as [string, string];
  return entries.split("|").map((entry) => parse(resource, entry));
});

/** Names of the path parameters of `op`, in path order: the first arguments of a call. */
export const pathParams = (op: Operation): string[] => op.path.match(/\w+(?=})/g) ?? [];
