import { field, notFound } from "../store/problem";
import type { Resolvers } from "./context";
import { inputProblem } from "./input";
import { paginate } from "./pagination";
import { json } from "./respond";
import { search } from "./search";

type InsightOperations =
  | "news.list"
  | "news.get"
  | "indicators.listFields"
  | "indicators.list"
  | "indicators.series";

/** The months (`YYYY-MM`) a period label covers: `2026-03`, `2026-Q1` or `2026`; undefined when malformed. */
export function monthsOf(label: string): { first: string; last: string } | undefined {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(label);
  if (month) return { first: label, last: label };
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter) {
    const start = (Number(quarter[2]) - 1) * 3 + 1;
    const pad = (value: number) => String(value).padStart(2, "0");
    return { first: `${quarter[1]}-${pad(start)}`, last: `${quarter[1]}-${pad(start + 2)}` };
  }
  const year = /^(\d{4})$/.exec(label);
  if (year) return { first: `${year[1]}-01`, last: `${year[1]}-12` };
  return undefined;
}

export const insightResolvers: Pick<Resolvers, InsightOperations> = {
  "news.list": ({ store, query }) => {
    const filtered = store.world.news.filter(
      (article) => query.category === undefined || article.category === query.category,
    );
    const found = search(filtered, query.q, (article) => `${article.title} ${article.summary}`);
    const { cursor, limit, ...filters } = query;
    const page = paginate(found, { cursor, limit, query: filters });
    return json("news.list", 200, {
      items: page.items.map(({ body: _body, ...article }) => article),
      nextCursor: page.nextCursor,
    });
  },
  "news.get": ({ store, path }) => {
    const article = store.world.news.find((item) => item.id === path.articleId);
    if (!article) throw notFound(`Article ${path.articleId}`);
    return json("news.get", 200, article);
  },
  "indicators.listFields": ({ store }) =>
    json("indicators.listFields", 200, { items: [...store.world.indicatorFields] }),
  "indicators.list": ({ store, query }) => {
    const items = store.world.indicators
      .filter((indicator) => query.fieldCode === undefined || indicator.fieldCode === query.fieldCode)
      .map(({ points: _points, ...indicator }) => indicator);
    return json("indicators.list", 200, { items });
  },
  "indicators.series": ({ store, path, query, operation }) => {
    const indicator = store.world.indicators.find((item) => item.code === path.indicatorCode);
    if (!indicator) throw notFound(`Indicator ${path.indicatorCode}`);
    const errors = [];
    const from = query.from === undefined ? undefined : monthsOf(query.from);
    const to = query.to === undefined ? undefined : monthsOf(query.to);
    if (query.from !== undefined && !from)
      errors.push(field("query/from", "invalid_format", "must be a period: 2025-01, 2025-Q1 or 2025"));
    if (query.to !== undefined && !to)
      errors.push(field("query/to", "invalid_format", "must be a period: 2025-12, 2025-Q4 or 2025"));
    if (from && to && from.first > to.last)
      errors.push(field("query/to", "out_of_range", "must not be before from"));
    if (errors.length > 0) throw inputProblem(operation, errors, 400);
    const points = indicator.points
      .filter((point) => (!from || point.period >= from.first) && (!to || point.period <= to.last))
      .map((point) => ({ ...point }));
    return json("indicators.series", 200, {
      indicatorCode: indicator.code,
      unit: indicator.unit,
      period: indicator.period,
      points,
    });
  },
};
