// Conditional writes (ETag / If-Match), idempotency keys and the create → read → update cycle, on records the
// kit creates or takes for itself. Every rule here changes data: --allow-writes only.
import { allowedActions, canTransition, DOSSIER_ACTIONS, nextStatus } from "@chinhquyenso/core";
import { shiftDay } from "../discovery";
import type { Http, Reply } from "../http";
import { type Cases, codeOf, problemMismatch, type Rule, type RunContext, SkipRule, validate } from "../rule";
import { syntheticFeedback, syntheticText } from "../synthetic";

type Item = Record<string, unknown>;
const str = (item: unknown, key: string) =>
  typeof (item as Item | undefined)?.[key] === "string" ? ((item as Item)[key] as string) : "";

/** A dossier of the officer's in one of `statuses`, taken for this rule alone, with its fresh view. */
async function takeDossier(
  context: RunContext,
  statuses: readonly string[],
): Promise<{ code: string; view: Reply }> {
  const dossier = context.data.take(context.data.dossiers, (item) => statuses.includes(str(item, "status")));
  if (!dossier) throw new SkipRule(`no dossier in ${statuses.join(" or ")} is left`);
  const code = str(dossier, "code");
  return { code, view: await context.http.call("dossiers.get", { path: { code } }) };
}

const transition = (http: Http, code: string, body: Item, headers: Record<string, string>) =>
  http.call("dossiers.transition", { path: { code }, json: body, headers });

/** The fields an action needs besides itself (a reason to refuse, suspend or withdraw; a supplement request). */
function bodyFor(action: string, context: RunContext): Item {
  const body: Item = { action, comment: syntheticText(action) };
  if (["refuse", "suspend", "withdraw"].includes(action)) body.reason = syntheticText("Lý do");
  if (action === "request_supplement")
    body.supplement = {
      reason: syntheticText("Thiếu giấy tờ"),
      items: [syntheticText("Bản sao giấy tờ")],
      deadline: `${shiftDay(context.data.today, 15)}T17:00:00+07:00`,
    };
  if (action === "finish") body.result = { number: "KT-000/KQ" };
  if (action === "start_processing" && context.data.officers[0])
    body.assigneeId = str(context.data.officers[0], "id");
  return body;
}

async function createFeedback(
  context: RunContext,
  key: string,
  as: "officer" | "service" = "officer",
  body?: Item,
) {
  const category = str(context.data.categories[0], "code");
  if (!category) throw new SkipRule("no feedback category");
  return context.http.call("feedback.create", {
    as,
    headers: { "idempotency-key": key },
    json: body ?? syntheticFeedback(category),
  });
}

export const writeRules: Rule[] = [
  {
    id: "conditional.etag",
    title: "A resource that changes carries its etag in the body and the ETag header, and they agree",
    section: "Conventions: conditional writes; components.headers.ETag",
    tags: ["conditional", "dossiers", "documents", "feedback"],
    async run(context, cases) {
      const { http, data } = context;
      const reads: [string, Record<string, string>][] = [];
      if (data.dossiers[0]) reads.push(["dossiers.get", { code: str(data.dossiers[0], "code") }]);
      if (data.documents[0]) reads.push(["documents.get", { documentId: str(data.documents[0], "id") }]);
      if (data.feedback[0]) reads.push(["feedback.get", { feedbackId: str(data.feedback[0], "id") }]);
      for (const [id, path] of reads) {
        const reply = await http.call(id, { path });
        const header = reply.headers.get("etag");
        const body = str(reply.body, "etag");
        const problems = reply.status !== 200 ? [`expected 200, got ${reply.status}`] : [];
        if (!header) problems.push("no ETag header");
        else if (header !== body) problems.push(`ETag header ${header} differs from the body's etag ${body}`);
        cases.check(id, problems, reply.exchange);
      }
    },
  },
  {
    id: "conditional.if-match-required",
    title: "A conditional write without If-Match answers 428 and does nothing",
    section: "Conventions: conditional writes; components.responses.PreconditionRequired",
    tags: ["conditional", "dossiers"],
    writes: true,
    async run(context, cases) {
      const { code, view } = await takeDossier(context, ["received", "processing"]);
      const reply = await transition(context.http, code, bodyFor("suspend", context), {});
      cases.expect("dossiers.transition without If-Match", context, reply, 428);
      const after = await context.http.call("dossiers.get", { path: { code } });
      cases.check(
        "nothing changed",
        str(after.body, "status") === str(view.body, "status") ? [] : ["the dossier changed status"],
        after.exchange,
      );
    },
  },
  {
    id: "conditional.stale-etag",
    title: "A conditional write with a stale ETag answers 412 and does nothing",
    section: "Conventions: conditional writes; components.responses.PreconditionFailed",
    tags: ["conditional", "dossiers"],
    writes: true,
    async run(context, cases) {
      const { code, view } = await takeDossier(context, ["received", "processing"]);
      const reply = await transition(context.http, code, bodyFor("suspend", context), {
        "if-match": '"kiem-thu-etag-cu"',
      });
      cases.expect("dossiers.transition with a stale If-Match", context, reply, 412);
      const after = await context.http.call("dossiers.get", { path: { code } });
      cases.check(
        "nothing changed",
        str(after.body, "status") === str(view.body, "status") ? [] : ["the dossier changed status"],
        after.exchange,
      );
    },
  },
  {
    id: "stateful.create-read-update",
    title: "Create → read → update with If-Match: the new etag is served, the old one is then stale",
    section: "feedback.create, feedback.get, feedback.assign",
    tags: ["stateful", "feedback", "conditional"],
    writes: true,
    async run(context, cases) {
      const { http } = context;
      const created = await createFeedback(context, crypto.randomUUID());
      if (!cases.expect("feedback.create", context, created, 201)) return;
      const feedbackId = str(created.body, "id");
      const read = await http.call("feedback.get", { path: { feedbackId } });
      if (!cases.expect("feedback.get of the new record", context, read, 200)) return;
      const etag = read.headers.get("etag") ?? str(read.body, "etag");
      const assigneeId = str(context.data.officers[0], "id");
      if (!assigneeId) throw new SkipRule("no officer to assign to");
      const updated = await http.call("feedback.assign", {
        path: { feedbackId },
        headers: { "if-match": etag },
        json: { assigneeId },
      });
      if (!cases.expect("feedback.assign with If-Match", context, updated, 200)) return;
      cases.check(
        "the etag changed",
        str(updated.body, "etag") && str(updated.body, "etag") !== etag
          ? []
          : ["the update kept the old etag"],
        updated.exchange,
      );
      const stale = await http.call("feedback.assign", {
        path: { feedbackId },
        headers: { "if-match": etag },
        json: { assigneeId },
      });
      cases.expect("the old etag is stale", context, stale, 412);
    },
  },
  {
    id: "idempotency.key-required",
    title: "An x-idempotent write without Idempotency-Key answers 400 idempotency_key_required",
    section: "x-idempotency, components.responses.IdempotencyKeyRequired",
    tags: ["idempotency", "feedback"],
    writes: true,
    async run(context, cases) {
      const category = str(context.data.categories[0], "code");
      if (!category) throw new SkipRule("no feedback category");
      const reply = await context.http.call("feedback.create", {
        noKey: true,
        json: syntheticFeedback(category),
      });
      cases.check(
        "feedback.create without a key",
        problemMismatch(context, reply, 400, "idempotency_key_required"),
        reply.exchange,
      );
    },
  },
  {
    id: "idempotency.replay",
    title: "The same Idempotency-Key and body give the same result once: no second effect",
    section: "x-idempotency",
    tags: ["idempotency", "feedback"],
    writes: true,
    async run(context, cases) {
      const key = crypto.randomUUID();
      const category = str(context.data.categories[0], "code");
      const body = syntheticFeedback(category);
      const first = await createFeedback(context, key, "officer", body);
      if (!cases.expect("first request", context, first, 201)) return;
      const second = await createFeedback(context, key, "officer", body);
      const problems =
        second.status !== first.status
          ? [`the repeat answered ${second.status}, the first ${first.status}`]
          : [];
      if (str(second.body, "id") !== str(first.body, "id"))
        problems.push(
          `the repeat created another record (${str(second.body, "id")} after ${str(first.body, "id")})`,
        );
      cases.check("the repeat replays the first answer", problems, second.exchange);
    },
  },
  {
    id: "idempotency.key-reuse",
    title: "The same Idempotency-Key with another body answers 422 idempotency_key_reused",
    section: "x-idempotency",
    tags: ["idempotency", "feedback"],
    writes: true,
    async run(context, cases) {
      const key = crypto.randomUUID();
      const first = await createFeedback(context, key);
      if (!cases.expect("first request", context, first, 201)) return;
      const other = await createFeedback(context, key);
      cases.check(
        "the same key with another body",
        problemMismatch(context, other, 422, "idempotency_key_reused"),
        other.exchange,
      );
    },
  },
  {
    id: "idempotency.per-principal",
    title: "Another principal's repeat of a key is a fresh request, never someone else's answer",
    section: "x-idempotency (keys belong to their principal)",
    tags: ["idempotency", "feedback", "auth"],
    writes: true,
    needs: ["service"],
    async run(context, cases) {
      const key = crypto.randomUUID();
      const body = syntheticFeedback(str(context.data.categories[0], "code"));
      const first = await createFeedback(context, key, "officer", body);
      if (!cases.expect("the officer's request", context, first, 201)) return;
      const theirs = await createFeedback(context, key, "service", body);
      if (!cases.expect("the service account's request with the same key", context, theirs, 201)) return;
      cases.check(
        "a fresh record",
        str(theirs.body, "id") !== str(first.body, "id")
          ? []
          : ["the service account received the officer's answer"],
        theirs.exchange,
      );
    },
  },
  {
    id: "transitions.state-machine",
    title: "Dossier transitions are allowed and refused exactly as core's state machine says",
    section: "dossiers.transition, TransitionProblem; @chinhquyenso/core DOSSIER_TRANSITIONS",
    tags: ["transitions", "dossiers"],
    writes: true,
    async run(context, cases) {
      const statuses = [
        "registered",
        "received",
        "processing",
        "awaiting_supplement",
        "suspended",
        "finished",
        "returned",
      ];
      for (const status of statuses) {
        const dossier = context.data.take(context.data.dossiers, (item) => item.status === status);
        if (!dossier) {
          cases.skip(status, `no dossier in ${status} is left`);
          continue;
        }
        await checkStatus(context, cases, str(dossier, "code"), status);
      }
    },
  },
];

/** From one dossier: every refused action answers 409 with core's allowedActions; one allowed action moves it. */
async function checkStatus(context: RunContext, cases: Cases, code: string, status: string) {
  const { http } = context;
  let view = await http.call("dossiers.get", { path: { code } });
  const refused = DOSSIER_ACTIONS.filter((action) => !canTransition(status, action)).slice(0, 3);
  for (const action of refused) {
    const reply = await transition(http, code, bodyFor(action, context), {
      "if-match": str(view.body, "etag"),
    });
    const allowed = (reply.body as { allowedActions?: string[] } | undefined)?.allowedActions;
    const expected = allowedActions(status);
    const problems =
      reply.status !== 409
        ? [`${action} from ${status}: expected 409, got ${reply.status}${codeOf(reply)}`]
        : [
            ...validate(context, reply),
            ...(JSON.stringify([...(allowed ?? [])].sort()) === JSON.stringify([...expected].sort())
              ? []
              : [`allowedActions ${JSON.stringify(allowed)}, core says ${JSON.stringify(expected)}`]),
          ];
    cases.check(`${status}: ${action} refused`, problems, reply.exchange);
    if (reply.status === 200) view = await http.call("dossiers.get", { path: { code } });
  }
  const action = allowedActions(status).find((candidate) => !["request_payment"].includes(candidate));
  if (!action) return;
  const reply = await transition(http, code, bodyFor(action, context), {
    "if-match": str(view.body, "etag"),
  });
  const to = str(reply.body, "status");
  cases.check(
    `${status}: ${action} allowed`,
    reply.status !== 200
      ? [`expected 200, got ${reply.status}${codeOf(reply)}`]
      : to !== nextStatus(status, action)
        ? [`moved to ${to}, core says ${nextStatus(status, action)}`]
        : validate(context, reply),
    reply.exchange,
  );
}
