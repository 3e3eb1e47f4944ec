import {
  assignFeedback,
  createFeedback,
  type FeedbackUpdateInput,
  feedbackEtag,
  findFeedback,
  postFeedbackUpdate,
  rateFeedback,
  reopenFeedback,
} from "../store/feedback-ops";
import type { MockStore } from "../store/store";
import { feedbackView } from "../store/views";
import { vietnamMidnight } from "../util";
import type { Resolvers } from "./context";
import { paginate } from "./pagination";
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

/**
 * What `visibility=public` leaves out: internal notes, and the internal routing activity `assigned`.
 * Anything else a citizen may read (public replies, created, status changes, reopening, ratings…).
 */
export function isPublicEntry(entry: { entryType: string; activity?: string | undefined }): boolean {
  if (entry.entryType === "public_reply") return true;
  return entry.entryType === "activity" && entry.activity !== "assigned";
}

export const feedbackResolvers: Pick<Resolvers, FeedbackOperations> = {
  "feedback.list": ({ store, query, user }) => {
    const statuses = query.status as string[] | undefined;
    const from = query.createdFrom === undefined ? undefined : vietnamMidnight(query.createdFrom);
    const to = query.createdTo === undefined ? undefined : vietnamMidnight(query.createdTo) + 86_400_000;
    const filtered = newestFirst(store).filter(
      (record) =>
        (statuses === undefined || statuses.length === 0 || statuses.includes(record.status)) &&
        (query.channel === undefined || record.channel === query.channel) &&
        (query.categoryCode === undefined || record.categoryCode === query.categoryCode) &&
        (query.agencyCode === undefined || record.agencyCode === query.agencyCode) &&
        (query.assignee !== "me" || record.assignee?.id === user.id) &&
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
    return json("feedback.list", 200, { items: page.items.map(feedbackView), nextCursor: page.nextCursor });
  },
  "feedback.create": async (context) => {
    const record = createFeedback(context.store, await context.json(), context.user);
    return json("feedback.create", 201, feedbackView(record), { etag: feedbackEtag(record) });
  },
  "feedback.get": ({ store, path }) => {
    const record = findFeedback(store, path.feedbackId);
    return json("feedback.get", 200, feedbackView(record), { etag: feedbackEtag(record) });
  },
  "feedback.thread": ({ store, path, query }) => {
    const record = findFeedback(store, path.feedbackId);
    const visibility = query.visibility ?? "all";
    const entries = visibility === "public" ? record.thread.filter(isPublicEntry) : record.thread;
    const page = paginate(entries, {
      cursor: query.cursor,
      limit: query.limit,
      query: { feedbackId: record.id, visibility },
    });
    return json("feedback.thread", 200, { items: page.items, nextCursor: page.nextCursor });
  },
  "feedback.postUpdate": async (context) => {
    const record = findFeedback(context.store, context.path.feedbackId);
    const posted = await postFeedbackUpdate(
      context.store,
      record,
      await context.form<FeedbackUpdateInput>(),
      context.user,
    );
    return json("feedback.postUpdate", 201, posted);
  },
  "feedback.assign": async (context) => {
    const record = findFeedback(context.store, context.path.feedbackId);
    assignFeedback(
      context.store,
      record,
      await context.json(),
      context.request.headers.get("if-match") ?? undefined,
      context.user,
    );
    return json("feedback.assign", 200, feedbackView(record), { etag: feedbackEtag(record) });
  },
  "feedback.reopen": async (context) => {
    const record = findFeedback(context.store, context.path.feedbackId);
    reopenFeedback(context.store, record, (await context.json()).reason, context.user);
    return json("feedback.reopen", 200, feedbackView(record), { etag: feedbackEtag(record) });
  },
  "feedback.rate": async (context) => {
    const record = findFeedback(context.store, context.path.feedbackId);
    rateFeedback(context.store, record, await context.json(), context.user);
    return json("feedback.rate", 200, feedbackView(record), { etag: feedbackEtag(record) });
  },
  "feedback.listCategories": ({ store }) =>
    json("feedback.listCategories", 200, { items: [...store.world.feedbackCategories] }),
};
