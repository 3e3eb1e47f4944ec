import type { FeedbackRecord } from "../dataset/types";
import { canSeeFeedback, isPublicEntry, seesInternal } from "../store/access";
import {
  assignFeedback,
  createFeedback,
  type FeedbackUpdateInput,
  feedbackEtag,
  postFeedbackUpdate,
  rateFeedback,
  reopenFeedback,
} from "../store/feedback-ops";
import type { Principal } from "../store/principals";
import type { MockStore } from "../store/store";
import { feedbackView } from "../store/views";
import { vietnamMidnight } from "../util";
import { actionNotAllowed } from "./auth";
import type { Resolvers } from "./context";
import { paginate } from "./pagination";
import { authorOf, feedbackOf } from "./records";
import { json } from "./respond";
import { search } from "./search";

type FeedbackOperations =
  | "feedback.list"
  | "feedback.create"
  | "feedback.get"
  | "feedback.thread"
  | "feedback.postUpdate"
  | "feedback.assign"
  | "feedback.reopen"
  | "feedback.rate"
  | "feedback.listCategories";

const newestFirst = (store: MockStore) =>
  [...store.feedback.values()].sort((a, b) => b.createdAtMs - a.createdAtMs);

/** A feedback as the principal may see it: a citizen does not see who handles it (internal routing). */
function viewFor(principal: Principal, record: FeedbackRecord) {
  const view = feedbackView(record);
  return seesInternal(principal) ? view : { ...view, assignee: null };
}

export const feedbackResolvers: Pick<Resolvers, FeedbackOperations> = {
  "feedback.list": ({ store, query, user, principal }) => {
    const statuses = query.status as string[] | undefined;
    const from = query.createdFrom === undefined ? undefined : vietnamMidnight(query.createdFrom);
    const to = query.createdTo === undefined ? undefined : vietnamMidnight(query.createdTo) + 86_400_000;
    const filtered = newestFirst(store).filter(
      (record) =>
        canSeeFeedback(principal, record) &&
        (statuses === undefined || statuses.length === 0 || statuses.includes(record.status)) &&
        (query.channel === undefined || record.channel === query.channel) &&
        (query.categoryCode === undefined || record.categoryCode === query.categoryCode) &&
        (query.agencyCode === undefined || record.agencyCode === query.agencyCode) &&
        (query.assignee !== "me" || (user !== null && record.assignee?.id === user.id)) &&
        (from === undefined || record.createdAtMs >= from) &&
        (to === undefined || record.createdAtMs < to),
    );
    const found = search(
      filtered,
      query.q,
      (record) => `${record.code} ${record.title} ${record.description}`,
    );
    const { cursor, limit, ...filters } = query;
    const page = paginate(found, { cursor, limit, query: filters });
    return json("feedback.list", 200, {
      items: page.items.map((record) => viewFor(principal, record)),
      nextCursor: page.nextCursor,
    });
  },
  "feedback.create": async (context) => {
    const { principal } = context;
    // Staff intake belongs to the officer's agency at once; the 1022 hotline's waits for assignment.
    const agencyCode = principal.kind === "service" || principal.unrestricted ? null : principal.agencyCode;
    const record = createFeedback(context.store, await context.json(), authorOf(context), agencyCode);
    return json("feedback.create", 201, feedbackView(record), { etag: feedbackEtag(record) });
  },
  "feedback.get": (context) => {
    const record = feedbackOf(context, context.path.feedbackId);
    return json("feedback.get", 200, viewFor(context.principal, record), { etag: feedbackEtag(record) });
  },
  "feedback.thread": (context) => {
    const { path, query, principal } = context;
    const record = feedbackOf(context, path.feedbackId);
    // The principal decides what it may see; `visibility=public` can only narrow it (a staff preview).
    const visibility = seesInternal(principal) ? (query.visibility ?? "all") : "public";
    const entries = visibility === "public" ? record.thread.filter(isPublicEntry) : record.thread;
    const page = paginate(entries, {
      cursor: query.cursor,
      limit: query.limit,
      query: { feedbackId: record.id, visibility },
    });
    return json("feedback.thread", 200, { items: page.items, nextCursor: page.nextCursor });
  },
  "feedback.postUpdate": async (context) => {
    const record = feedbackOf(context, context.path.feedbackId);
    const input = await context.form<FeedbackUpdateInput>();
    if (
      !seesInternal(context.principal) &&
      (input.entryType !== "public_reply" || input.status !== undefined)
    )
      throw actionNotAllowed("A citizen posts public replies only, without changing the status.");
    const posted = await postFeedbackUpdate(context.store, record, input, authorOf(context));
    return json("feedback.postUpdate", 201, posted);
  },
  "feedback.assign": async (context) => {
    const record = feedbackOf(context, context.path.feedbackId);
    assignFeedback(
      context.store,
      record,
      await context.json(),
      context.request.headers.get("if-match") ?? undefined,
      authorOf(context),
    );
    return json("feedback.assign", 200, feedbackView(record), { etag: feedbackEtag(record) });
  },
  "feedback.reopen": async (context) => {
    const record = feedbackOf(context, context.path.feedbackId);
    reopenFeedback(context.store, record, (await context.json()).reason, authorOf(context));
    return json("feedback.reopen", 200, viewFor(context.principal, record), { etag: feedbackEtag(record) });
  },
  "feedback.rate": async (context) => {
    const record = feedbackOf(context, context.path.feedbackId);
    rateFeedback(context.store, record, await context.json(), authorOf(context));
    return json("feedback.rate", 200, viewFor(context.principal, record), { etag: feedbackEtag(record) });
  },
  "feedback.listCategories": ({ store }) =>
    json("feedback.listCategories", 200, { items: [...store.world.feedbackCategories] }),
};
