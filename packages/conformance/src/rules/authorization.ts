// The trust model (x-authorization, docs/authorization.md): 401 without a token, 403 for a kind of principal an
// operation is not for, another agency's record is a 404 and left out of lists, a citizen never sees internal
// notes or routing.
import { authorizationModel, openapiDocument, type PrincipalKind } from "@chinhquyenso/spec";
import { allOperations, inBatches, operationObject } from "../http";
import { codeOf, problemMismatch, type Rule, SkipRule, validate } from "../rule";
import type { PrincipalName } from "../tokens";

const KIND_OF: Record<PrincipalName, PrincipalKind> = {
  officer: "officer",
  otherAgencyOfficer: "officer",
  leader: "leader",
  citizen: "citizen",
  service: "service",
};

const samplePath = (path: string) => {
  const values: Record<string, string> = {};
  for (const [, name = ""] of path.matchAll(/\{([^}]+)\}/g))
    values[name] = name === "format" ? "json" : "kiem-thu";
  return values;
};

type Item = Record<string, unknown>;
const str = (item: Item | undefined, key: string) =>
  typeof item?.[key] === "string" ? (item[key] as string) : "";

const MODEL = authorizationModel(openapiDocument);
const holds = (name: PrincipalName, scopes: readonly string[]) =>
  scopes.every((scope) => MODEL.principals[KIND_OF[name]].scopes.includes(scope));

/**
 * Operations a kind of principal is for but whose scope it does not hold by default (an officer and
 * `citizens:lookup`, a service account and `notifications`). Reads, or writes whose required body the kit leaves
 * out: the scope check comes before the request's own (x-authorization, order 3), and a platform that skipped it
 * would still refuse the empty body, so the probe never changes data.
 */
function scopeProbes(names: readonly PrincipalName[]) {
  return names.flatMap((name) =>
    allOperations().flatMap((op) => {
      const access = op.access;
      if (access.public || access.scheme !== "oidc" || op.streaming) return [];
      const probe =
        access.principals.includes(KIND_OF[name]) &&
        !holds(name, access.scopes) &&
        (op.method === "get" || operationObject(op.operationId).requestBody?.required === true);
      return probe ? [{ name, op, principals: access.principals, scopes: access.scopes }] : [];
    }),
  );
}

export const authorizationRules: Rule[] = [
  {
    id: "auth.unauthenticated",
    title: "Without a token every guarded operation answers 401 with a Bearer challenge and a problem",
    section: "x-authorization (1), components.responses.Unauthorized",
    tags: ["auth"],
    async run(context, cases) {
      const guarded = allOperations().filter((op) => !op.access.public && op.access.scheme === "oidc");
      await inBatches(guarded, 6, async (op) => {
        const reply = await context.http.call(op.operationId, {
          as: null,
          path: samplePath(op.path),
          noKey: false,
        });
        const problems =
          reply.status === 401
            ? validate(context, reply)
            : [`expected 401, got ${reply.status}${codeOf(reply)}`];
        if (reply.status === 401 && !/^Bearer\b/i.test(reply.headers.get("www-authenticate") ?? ""))
          problems.push("no WWW-Authenticate: Bearer challenge");
        cases.check(op.operationId, problems, reply.exchange);
      });
    },
  },
  {
    id: "auth.principal-kind",
    title: "A kind of principal an operation is not for gets 403 principal_not_allowed",
    section: "x-principals, x-authorization (2)",
    tags: ["auth"],
    async run(context, cases) {
      const work: (() => Promise<void>)[] = [];
      for (const name of ["officer", "citizen", "service"] as const) {
        if (!context.http.has(name)) {
          cases.skip(name, `no ${name} token`);
          continue;
        }
        // Reads only: a refused write must not depend on the platform refusing it.
        const refused = allOperations().filter(
          (op) =>
            !op.access.public &&
            op.method === "get" &&
            !op.streaming &&
            !op.access.principals.includes(KIND_OF[name]),
        );
        for (const op of refused.slice(0, 4))
          work.push(async () => {
            const reply = await context.http.call(op.operationId, { as: name, path: samplePath(op.path) });
            const problems = problemMismatch(context, reply, 403, "principal_not_allowed");
            cases.check(`${name} → ${op.operationId}`, problems, reply.exchange);
          });
      }
      await inBatches(work, 4, (task) => task());
    },
  },
  {
    id: "auth.scopes",
    title:
      "A principal without an operation's scope gets 403 insufficient_scope; one of a kind that holds it does not",
    section: "security (oidc scopes), x-authorization (3), components.responses.Forbidden",
    tags: ["auth"],
    async run(context, cases) {
      const { http } = context;
      const present = (["officer", "leader", "citizen", "service"] as const).filter((name) => http.has(name));
      const probes = scopeProbes(present);
      if (probes.length === 0)
        return cases.skip("scopes", "every principal of the tokens file holds every scope of its operations");
      await inBatches(probes, 4, async ({ name, op, principals, scopes }) => {
        const path = samplePath(op.path);
        const refused = await http.call(op.operationId, { as: name, path, noKey: true });
        cases.check(
          `${name} without ${scopes.join(" ")} → ${op.operationId}`,
          problemMismatch(context, refused, 403, "insufficient_scope"),
          refused.exchange,
        );
        // The same request by a principal whose kind holds the scope passes the scope check (its answer may
        // still be a 404 or a 400 for the kit's sample inputs).
        const holder = present.find((other) => principals.includes(KIND_OF[other]) && holds(other, scopes));
        if (!holder) return;
        const allowed = await http.call(op.operationId, { as: holder, path, noKey: true });
        cases.check(
          `${holder} with ${scopes.join(" ")} → ${op.operationId}`,
          allowed.status === 401 || allowed.status === 403
            ? [`expected the scope to be accepted, got ${allowed.status}${codeOf(allowed)}`]
            : [],
          allowed.exchange,
        );
      });
    },
  },
  {
    id: "auth.agency-scoping",
    title: "Another agency's record answers 404 (never 403) and is left out of its lists",
    section: "x-record-scope: agency",
    tags: ["auth", "dossiers", "documents", "feedback"],
    needs: ["otherAgencyOfficer"],
    async run(context, cases) {
      const { http, data } = context;
      const records: [string, string, Item[], string][] = [
        ["dossiers.get", "code", data.dossiers as Item[], "code"],
        ["documents.get", "documentId", data.documents as Item[], "id"],
        [
          "feedback.get",
          "feedbackId",
          data.feedback.filter((item) => item.agencyCode === data.agencyCode) as Item[],
          "id",
        ],
        ["dossiers.history", "code", data.dossiers as Item[], "code"],
        // The applicant's stored documents (once-only) are reached only through a dossier of the caller's agency.
        ["dossiers.listReusableDocuments", "code", data.dossiers as Item[], "code"],
      ];
      for (const [id, parameter, items, key] of records) {
        const record = items[0];
        if (!record) {
          cases.skip(id, "the officer sees no such record");
          continue;
        }
        const reply = await http.call(id, {
          as: "otherAgencyOfficer",
          path: { [parameter]: str(record, key) },
        });
        cases.expect(`${id} of the officer's agency`, context, reply, 404);
      }
      const code = str(data.dossiers[0], "code");
      if (code) {
        const list = await http.call("dossiers.list", {
          as: "otherAgencyOfficer",
          query: { q: code, limit: 100 },
        });
        const leaked = ((list.body as { items?: Item[] })?.items ?? []).some((item) => item.code === code);
        cases.check(
          "dossiers.list leaves it out",
          leaked ? [`${code} is listed for another agency`] : validate(context, list),
          list.exchange,
        );
      }
    },
  },
  {
    id: "auth.own-scoping",
    title: "Another principal's notifications and meetings answer 404",
    section: "x-record-scope: own",
    tags: ["auth", "notifications", "meetings"],
    needs: ["otherAgencyOfficer"],
    async run(context, cases) {
      const { http, data } = context;
      const meeting = data.meetings[0];
      if (meeting)
        cases.expect(
          "meetings.get of the officer's meeting",
          context,
          await http.call("meetings.get", {
            as: "otherAgencyOfficer",
            path: { meetingId: str(meeting, "id") },
          }),
          404,
        );
      else cases.skip("meetings.get", "the officer has no meeting");
      const mine = new Set(data.notifications.map((item) => str(item, "id")));
      const theirs = await http.call("notifications.list", {
        as: "otherAgencyOfficer",
        query: { limit: 100 },
      });
      const shared = ((theirs.body as { items?: Item[] })?.items ?? []).filter((item) =>
        mine.has(str(item, "id")),
      );
      cases.check(
        "notifications.list shows none of the officer's",
        shared.length > 0
          ? [`${shared.length} of the officer's notifications are listed for another principal`]
          : validate(context, theirs),
        theirs.exchange,
      );
    },
  },
  {
    id: "visibility.citizen",
    title: "A citizen never gets internal notes, internal routing or the assignee, whatever the query says",
    section: "x-authorization (visibility), feedback.thread",
    tags: ["auth", "feedback"],
    needs: ["citizen"],
    async run(context, cases) {
      const { http, data } = context;
      const own = data.citizenFeedback.slice(0, 3);
      if (own.length === 0)
        throw new SkipRule("the citizen sees no feedback of their own: give a citizen who reported one");
      for (const item of own) {
        const feedbackId = str(item, "id");
        const got = await http.call("feedback.get", { as: "citizen", path: { feedbackId } });
        const assignee = (got.body as Item | undefined)?.assignee;
        cases.check(
          `feedback.get ${feedbackId}: no assignee`,
          got.status !== 200
            ? [`expected 200, got ${got.status}`]
            : assignee != null
              ? ["assignee is shown to the citizen"]
              : validate(context, got),
          got.exchange,
        );
        for (const visibility of [undefined, "all"]) {
          const thread = await http.call("feedback.thread", {
            as: "citizen",
            path: { feedbackId },
            query: { limit: 100, ...(visibility ? { visibility } : {}) },
          });
          const entries = ((thread.body as { items?: Item[] })?.items ?? []) as Item[];
          const leaked = entries.filter(
            (entry) => entry.entryType === "internal_note" || entry.activity === "assigned",
          );
          cases.check(
            `feedback.thread ${feedbackId}${visibility ? ` visibility=${visibility}` : ""}`,
            thread.status !== 200
              ? [`expected 200, got ${thread.status}${codeOf(thread)}`]
              : leaked.length > 0
                ? [`${leaked.length} internal entries (notes or assigned activity) shown to the citizen`]
                : validate(context, thread),
            thread.exchange,
          );
        }
      }
    },
  },
];
