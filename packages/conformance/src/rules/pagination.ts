// Cursor pagination (x-pagination: cursor): pages hold at most `limit` items, the last one has no next cursor,
// and a walk visits each record once even while records are being added.
import { listOperations, openapiDocument } from "@chinhquyenso/spec";
import type { Http, Reply } from "../http";
import { type Rule, validate } from "../rule";
import { syntheticFeedback } from "../synthetic";

const convention = listOperations(openapiDocument).find((op) => op.pagination)?.pagination;
const CURSOR = convention?.cursorParam ?? "cursor";
const LIMIT = convention?.limitParam ?? "limit";
const ITEMS = convention?.itemsField ?? "items";
const NEXT = convention?.nextCursorField ?? "nextCursor";

/** Walks every page of feedback.list; ids in order, and what was wrong with the pages. */
async function walk(http: Http, limit: number, onPage?: () => Promise<unknown> | undefined) {
  const ids: string[] = [];
  // What onPage started: it runs while the next pages are read, and is awaited once the walk is over.
  const started: Promise<unknown>[] = [];
  const problems: string[] = [];
  let cursor: string | undefined;
  let last: Reply | undefined;
  for (let page = 0; page < 200; page++) {
    const reply = await http.call("feedback.list", {
      query: { [LIMIT]: limit, ...(cursor ? { [CURSOR]: cursor } : {}) },
    });
    last = reply;
    if (reply.status !== 200) {
      problems.push(`page ${page + 1} answered ${reply.status}`);
      break;
    }
    const body = reply.body as Record<string, unknown>;
    const items = (body[ITEMS] as { id: string }[] | undefined) ?? [];
    if (items.length > limit) problems.push(`page ${page + 1} has ${items.length} items, limit ${limit}`);
    ids.push(...items.map((item) => item.id));
    cursor = (body[NEXT] as string | null | undefined) ?? undefined;
    if (!cursor) break;
    const work = onPage?.();
    if (work) started.push(work);
  }
  await Promise.all(started);
  return { ids, problems, last };
}

export const paginationRules: Rule[] = [
  {
    id: "pagination.cursor-walk",
    title: "A cursor walk visits each record once, even while records are added",
    section: "x-pagination.cursor",
    tags: ["pagination", "feedback"],
    async run(context, cases) {
      const { http } = context;
      const before = await walk(http, 100);
      const problems = [...before.problems, ...(before.last ? validate(context, before.last) : [])];
      const duplicates = before.ids.filter((id, index) => before.ids.indexOf(id) !== index);
      if (duplicates.length > 0) problems.push(`${duplicates.length} records listed twice`);
      cases.check("a walk with limit 100", problems, before.last?.exchange);
      if (!context.allowWrites)
        return cases.skip("a walk under concurrent inserts", "inserting is a write: needs --allow-writes");
      const category = (context.data.categories[0]?.code as string | undefined) ?? "";
      // Small pages, and a new record created alongside every other page read: positions shift while the walk
      // goes on, cursors must not.
      let page = 0;
      const during = await walk(http, 7, () => {
        page += 1;
        return page % 2 === 0
          ? http.call("feedback.create", { json: syntheticFeedback(category) })
          : undefined;
      });
      const seen = new Set(during.ids);
      const repeated = during.ids.length - seen.size;
      const missed = before.ids.filter((id) => !seen.has(id));
      cases.check(
        "a walk with limit 7 while feedback is created concurrently",
        [
          ...during.problems,
          ...(repeated > 0 ? [`${repeated} records visited twice`] : []),
          ...(missed.length > 0 ? [`${missed.length} records that existed throughout were skipped`] : []),
        ],
        during.last?.exchange,
      );
    },
  },
];
