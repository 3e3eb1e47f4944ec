import { HOLIDAY_SOURCES } from "@chinhquyenso/core/holiday-sources";
import { notFound } from "../store/problem";
import type { Resolvers } from "./context";
import { paginate } from "./pagination";
import { json } from "./respond";
import { search } from "./search";

type CatalogueOperations =
  | "agencies.list"
  | "agencies.get"
  | "procedures.list"
  | "procedures.get"
  | "procedures.listFields"
  | "holidays.list";

const SOURCE_URLS = new Map(HOLIDAY_SOURCES.map((source) => [source.date, source.url]));

/** Header saying whether the platform has holiday data for the year (the list is empty when it has not). */
export const HOLIDAY_COVERAGE_HEADER = "x-holiday-coverage";

export const catalogueResolvers: Pick<Resolvers, CatalogueOperations> = {
  "agencies.list": ({ store, query }) => {
    const items = store.world.agencies
      .filter(
        (agency) =>
          (query.parentCode === undefined || agency.parentCode === query.parentCode) &&
          (query.level === undefined || agency.level === query.level),
      )
      .map(({ key: _key, ...agency }) => agency);
    return json("agencies.list", 200, { items });
  },
  "agencies.get": ({ store, path }) => {
    const found = store.world.agencies.find((agency) => agency.code === path.agencyCode);
    if (!found) throw notFound(`Agency ${path.agencyCode}`);
    const { key: _key, ...agency } = found;
    return json("agencies.get", 200, agency);
  },
  "procedures.list": ({ store, query }) => {
    const filtered = store.world.procedures.filter(
      (procedure) =>
        (query.agencyCode === undefined || procedure.agencyCode === query.agencyCode) &&
        (query.fieldCode === undefined || procedure.fieldCode === query.fieldCode),
    );
    const found = search(filtered, query.q, (procedure) => `${procedure.name} ${procedure.nationalCode}`);
    const { cursor, limit, ...filters } = query;
    const page = paginate(found, { cursor, limit, query: filters });
    return json("procedures.list", 200, { items: page.items, nextCursor: page.nextCursor });
  },
  "procedures.get": ({ store, path }) => {
    const procedure = store.world.procedures.find((item) => item.code === path.procedureCode);
    if (!procedure) throw notFound(`Procedure ${path.procedureCode}`);
    return json("procedures.get", 200, procedure);
  },
  "procedures.listFields": ({ store }) =>
    json("procedures.listFields", 200, { items: [...store.world.procedureFields] }),
  "holidays.list": ({ store, query }) => {
    const year = query.year as number;
    if (!store.calendar.covers(year)) {
      // No invented holidays: an uncovered year is an empty list, and the header says why.
      return json("holidays.list", 200, { year, items: [] }, { [HOLIDAY_COVERAGE_HEADER]: "uncovered" });
    }
    const items = store.calendar.entriesOf(year).map((entry) => {
      const url = SOURCE_URLS.get(entry.date);
      return {
        date: entry.date,
        kind: entry.kind,
        name: entry.name,
        ...(entry.source ? { source: entry.source } : {}),
        ...(url ? { sourceUrl: url } : {}),
      };
    });
    return json("holidays.list", 200, { year, items }, { [HOLIDAY_COVERAGE_HEADER]: "covered" });
  },
};
