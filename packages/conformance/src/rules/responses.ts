// Every operation's answers match the contract: a valid call of each answers a declared 2xx with the declared
// content type and a body its schema accepts; an unknown record answers the declared 404 problem.
import type { operations } from "@chinhquyenso/spec";
import { allOperations, declaredResponses, inBatches } from "../http";
import type { Rule } from "../rule";
import { type Call, READ_CALLS } from "./calls-read";
import { WRITE_CALLS } from "./calls-write";

const SYNTHETIC_NOT_FOUND = new Set([
  "citizens.lookupHousehold",
  "citizens.recordReveal",
  "dossiers.lookupStatus",
]);

/** Every operation of the contract but the incoming webhooks: a new one does not compile until it has a call. */
type OperationId = Exclude<keyof operations & string, `webhooks.${string}`>;
const CALLS: Record<OperationId, Call> = { ...READ_CALLS, ...WRITE_CALLS };
const WRITES = new Set<string>(Object.keys(WRITE_CALLS));

export const responseRules: Rule[] = [
  {
    id: "responses.success",
    title: "Every operation answers a valid call with a declared status, content type and schema",
    section: "paths.*.responses (2xx), components.schemas",
    tags: ["responses", ...new Set(allOperations().flatMap((op) => op.tags))],
    async run(context, cases) {
      await inBatches(Object.keys(CALLS) as OperationId[], 4, async (id) => {
        if (WRITES.has(id) && !context.allowWrites) return cases.skip(id, "a write: needs --allow-writes");
        const reply = await CALLS[id](context);
        if (typeof reply === "string") return cases.skip(id, reply);
        // A household lookup of the kit's synthetic citizen ID, a reveal from a lookup no platform issued and a
        // status lookup with a synthetic PIN answer their declared 404: the kit never touches a real person.
        cases.expect(id, context, reply, SYNTHETIC_NOT_FOUND.has(id) ? [200, 404] : [200, 201, 202, 204]);
      });
    },
  },
  {
    id: "responses.not-found",
    title: "A record that does not exist answers the declared 404 problem",
    section: "components.responses.NotFound, x-authorization",
    tags: ["responses", "errors"],
    async run(context, cases) {
      const reads = allOperations().filter(
        (op) =>
          op.method === "get" &&
          op.path.replace("{format}", "").includes("{") &&
          "404" in declaredResponses(op.operationId),
      );
      await inBatches(reads, 4, async (op) => {
        const path: Record<string, string> = {};
        for (const [, name = ""] of op.path.matchAll(/\{([^}]+)\}/g))
          path[name] = name === "format" ? "json" : `kiem-thu-khong-ton-tai-${name}`;
        const as = op.access.public ? null : op.access.principals.includes("officer") ? "officer" : undefined;
        if (as === undefined) return cases.skip(op.operationId, "not an officer's operation");
        // The public status lookup needs its second factor, the receipt's PIN (a synthetic one here).
        const headers = op.operationId === "dossiers.lookupStatus" ? { "x-lookup-pin": "000000" } : undefined;
        cases.expect(
          op.operationId,
          context,
          await context.http.call(op.operationId, { as, path, ...(headers ? { headers } : {}) }),
          404,
        );
      });
    },
  },
];
