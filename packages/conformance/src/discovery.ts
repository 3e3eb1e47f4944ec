// What the kit learns about the platform's data before the rules run, through the API only (a real platform has
// no back door): the officer's dossiers, documents, feedback and the rest, handed out to rules one record each
// so that writing rules never trip over one another.
import type { Http, Reply } from "./http";
import type { PrincipalName } from "./tokens";

type Item = Record<string, unknown> & { etag?: string };

export interface Discovery {
  /** The officer's agency (from their dossiers), or undefined. */
  readonly agencyCode: string | undefined;
  /** A date near the platform's "now" (its newest record), as YYYY-MM-DD. */
  readonly today: string;
  readonly agencies: readonly Item[];
  readonly procedures: readonly Item[];
  readonly dossiers: readonly Item[];
  readonly documents: readonly Item[];
  /** Documents with an assignment of the officer's own (`assignee=me`). */
  readonly myDocuments: readonly Item[];
  readonly feedback: readonly Item[];
  readonly categories: readonly Item[];
  readonly officers: readonly Item[];
  readonly meetings: readonly Item[];
  readonly calendarEvents: readonly Item[];
  readonly notifications: readonly Item[];
  readonly news: readonly Item[];
  readonly indicators: readonly Item[];
  readonly providers: readonly Item[];
  readonly open311Services: readonly Item[];
  readonly open311Requests: readonly Item[];
  /** The citizen's own dossiers and feedback, when a citizen token is given. */
  readonly citizenDossiers: readonly Item[];
  readonly citizenFeedback: readonly Item[];
  /** The first record matching, not handed out before (writers take records; readers use `find`). */
  take<T extends Item>(from: readonly T[], predicate: (item: T) => boolean): T | undefined;
  /** Takes `item` if no rule has; false when one has. */
  claim(item: Item): boolean;
}

const itemsOf = (reply: Reply | undefined): Item[] => {
  const body = reply?.status === 200 ? (reply.body as { items?: unknown } | unknown[]) : undefined;
  if (Array.isArray(body)) return body as Item[];
  return Array.isArray(body?.items) ? (body.items as Item[]) : [];
};

const day = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);

/** Reads the platform's data as the officer (and the citizen); failures leave the lists empty. */
export async function discover(http: Http): Promise<Discovery> {
  const tryCall = async (id: string, options: Parameters<Http["call"]>[1]) => {
    try {
      return await http.call(id, options);
    } catch {
      return undefined;
    }
  };
  const pages = async (
    id: string,
    query: Record<string, string | number>,
    as: PrincipalName,
    max: number,
  ) => {
    const items: Item[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < max; page++) {
      const reply = await tryCall(id, { as, query: { ...query, limit: 100, ...(cursor ? { cursor } : {}) } });
      items.push(...itemsOf(reply));
      cursor = (reply?.body as { nextCursor?: string | null } | undefined)?.nextCursor ?? undefined;
      if (!cursor) break;
    }
    return items;
  };
  const has = (name: PrincipalName) => http.has(name);
  const [agencies, procedures, dossiers, documents, feedback, categories, news, indicators, providers] =
    await Promise.all([
      tryCall("agencies.list", {}).then(itemsOf),
      tryCall("procedures.list", { query: { limit: 20 } }).then(itemsOf),
      pages("dossiers.list", {}, "officer", 6),
      pages("documents.list", {}, "officer", 3),
      pages("feedback.list", {}, "officer", 3),
      tryCall("feedback.listCategories", {}).then(itemsOf),
      tryCall("news.list", { query: { limit: 5 } }).then(itemsOf),
      tryCall("indicators.list", {}).then(itemsOf),
      tryCall("signing.listProviders", {}).then(itemsOf),
    ]);
  const newest = Math.max(
    0,
    ...[...dossiers, ...feedback].flatMap((item) =>
      [item.receivedAt, item.createdAt, item.updatedAt]
        .filter((value): value is string => typeof value === "string")
        .map((value) => Date.parse(value))
        .filter((value) => Number.isFinite(value)),
    ),
  );
  const today = day(newest || Date.now());
  const shift = (days: number) => shiftDay(today, days);
  const agencyCode = dossiers.find((item) => typeof item.agencyCode === "string")?.agencyCode as
    | string
    | undefined;
  const [myDocuments, officers, meetings, calendarEvents, notifications, open311Services, open311Requests] =
    await Promise.all([
      pages("documents.list", { assignee: "me" }, "officer", 1),
      tryCall("officers.list", { query: { limit: 50, ...(agencyCode ? { agencyCode } : {}) } }).then(itemsOf),
      tryCall("meetings.list", { query: { from: shift(-30), to: shift(30) } }).then(itemsOf),
      tryCall("calendar.listEvents", { query: { from: shift(-3), to: shift(3) } }).then(itemsOf),
      tryCall("notifications.list", { query: { limit: 20 } }).then(itemsOf),
      tryCall("open311.listServices", { as: null, path: { format: "json" } }).then(itemsOf),
      tryCall("open311.listRequests", { as: null, path: { format: "json" } }).then(itemsOf),
    ]);
  const [citizenDossiers, citizenFeedback] = has("citizen")
    ? await Promise.all([pages("dossiers.list", {}, "citizen", 2), pages("feedback.list", {}, "citizen", 2)])
    : [[], []];
  const taken = new Set<Item>();
  return {
    agencyCode,
    today,
    agencies,
    procedures,
    dossiers,
    documents,
    myDocuments,
    feedback,
    categories,
    officers,
    meetings,
    calendarEvents,
    notifications,
    news,
    indicators,
    providers,
    open311Services,
    open311Requests,
    citizenDossiers,
    citizenFeedback,
    take(from, predicate) {
      const found = from.find((item) => !taken.has(item) && predicate(item));
      if (found) taken.add(found);
      return found;
    },
    claim(item) {
      if (taken.has(item)) return false;
      taken.add(item);
      return true;
    },
  };
}

/** `today` shifted by days, as YYYY-MM-DD. */
export function shiftDay(today: string, days: number): string {
  return day(Date.parse(`${today}T12:00:00+07:00`) + days * 86_400_000);
}
