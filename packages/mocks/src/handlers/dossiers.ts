import { type DossierQueue, dossierStatusId } from "@chinhquyenso/core";
import type { DossierRecord, UserRecord } from "../dataset/types";
import { canSeeDossier } from "../store/access";
import { dossiersInReach } from "../store/dossier-index";
import { createApologyLetter, dossierEtag, transitionDossier } from "../store/dossier-ops";
import { checkLookupPin } from "../store/lookup-pin";
import { settlePayments } from "../store/payment-ops";
import type { Principal } from "../store/principals";
import { notFound } from "../store/problem";
import { inQueue, queueCounts } from "../store/queues";
import { dossierJson, pageJson } from "../store/serialized";
import type { MockStore } from "../store/store";
import { dossierClock, dossierView } from "../store/views";
import { isoOf, vietnamMidnight } from "../util";
import type { Resolvers } from "./context";
import { paginate } from "./pagination";
import { dossierOf, staffUser } from "./records";
import { json, jsonBytes } from "./respond";
import { searchRanks } from "./search";

type DossierOperations =
  | "dossiers.list"
  | "dossiers.counts"
  | "dossiers.get"
  | "dossiers.history"
  | "dossiers.transition"
  | "dossiers.getApologyLetter"
  | "dossiers.createApologyLetter"
  | "dossiers.lookupStatus";

/** Whether epoch ms `value` falls within the days `from`–`to` (inclusive, Vietnam time). */
function withinDays(value: number | null, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  if (value === null) return false;
  if (from !== undefined && value < vietnamMidnight(from)) return false;
  if (to !== undefined && value >= vietnamMidnight(to) + 86_400_000) return false;
  return true;
}

const SORTS: Record<string, (store: MockStore, record: DossierRecord) => number> = {
  dueAt: (store, record) => dossierClock(store, record).dueMs ?? Number.POSITIVE_INFINITY,
  receivedAt: (_store, record) => record.receivedAt ?? record.submittedAt,
  updatedAt: (_store, record) => record.updatedAt,
};

type ListQuery = Parameters<Resolvers["dossiers.list"]>[0]["query"];

/** Which dossiers a list answers: those the principal may see (`canSeeDossier`) that match every filter. */
function listFilter(
  store: MockStore,
  query: ListQuery,
  user: UserRecord | null,
  principal: Principal,
  ranks: Map<DossierRecord, number> | undefined,
): (record: DossierRecord) => boolean {
  const statuses = query.status as string[] | undefined;
  return (record) => {
    if (!canSeeDossier(principal, record)) return false;
    if (ranks && !ranks.has(record)) return false;
    if (query.queue !== undefined && !inQueue(store, record, query.queue as DossierQueue)) return false;
    if (statuses !== undefined && statuses.length > 0 && !statuses.includes(record.status)) return false;
    if (query.procedureCode !== undefined && record.procedureCode !== query.procedureCode) return false;
    if (query.agencyCode !== undefined && record.agencyCode !== query.agencyCode) return false;
    if (query.channel !== undefined && record.channel !== query.channel) return false;
    if (query.assignee === "me" && record.assigneeId !== user?.id) return false;
    if (!withinDays(record.receivedAt, query.receivedFrom, query.receivedTo)) return false;
    if (query.timeliness !== undefined || query.dueFrom !== undefined || query.dueTo !== undefined) {
      const clock = dossierClock(store, record);
      if (
        query.timeliness !== undefined &&
        (record.finishedAt !== null || clock.dueMs === null || clock.timeliness !== query.timeliness)
      )
        return false;
      if (!withinDays(clock.dueMs, query.dueFrom, query.dueTo)) return false;
    }
    return true;
  };
}

export const dossierResolvers: Pick<Resolvers, DossierOperations> = {
  "dossiers.list": ({ store, query, user, principal }) => {
    const q = query.q?.trim() ? query.q : undefined;
    const ranks = q
      ? searchRanks(
          store.dossiers,
          () => [...store.dossiers.values()],
          store.dossiers.size,
          q,
          (record) => `${record.code} ${record.applicant.fullName} ${record.summary}`,
        )
      : undefined;
    const matches = listFilter(store, query, user, principal, ranks);
    // The principal's dossiers come already in the default order (`dossier-index.ts`): filtered, not sorted.
    const inReach = dossiersInReach(store, principal);
    const sort = query.sort ?? (ranks ? undefined : "-updatedAt");
    let sorted: readonly DossierRecord[];
    if (sort === "-updatedAt") sorted = inReach.filter(matches);
    else {
      // Sort keys are computed once per record, not once per comparison.
      const key = sort
        ? (SORTS[sort.replace(/^-/, "")] as (store: MockStore, record: DossierRecord) => number)
        : undefined;
      const direction = sort?.startsWith("-") ? -1 : 1;
      sorted = inReach
        .filter(matches)
        .map((record) => ({ record, value: key ? key(store, record) : (ranks?.get(record) ?? 0) }))
        .sort((a, b) => direction * (a.value - b.value) || (a.record.code < b.record.code ? -1 : 1))
        .map((entry) => entry.record);
    }
    const { cursor, limit, ...filters } = query;
    const page = paginate(sorted, { cursor, limit, query: filters });
    const items = page.items.map((record) => dossierJson(store, record));
    return jsonBytes("dossiers.list", 200, pageJson(items, page.nextCursor, page.total));
  },
  "dossiers.counts": ({ store, query, user, principal }) => {
    const records = dossiersInReach(store, principal).filter(
      (record) =>
        canSeeDossier(principal, record) &&
        (query.agencyCode === undefined || record.agencyCode === query.agencyCode) &&
        (query.assignee !== "me" || record.assigneeId === user?.id),
    );
    return json("dossiers.counts", 200, { items: queueCounts(store, records), computedAt: store.nowIso() });
  },
  "dossiers.get": (context) => {
    const { store, path } = context;
    const record = dossierOf(context, path.code);
    return jsonBytes("dossiers.get", 200, dossierJson(store, record), { etag: dossierEtag(record) });
  },
  "dossiers.history": (context) =>
    json("dossiers.history", 200, { items: [...dossierOf(context, context.path.code).history] }),
  "dossiers.transition": async (context) => {
    const record = dossierOf(context, context.path.code);
    const body = await context.json();
    transitionDossier(
      context.store,
      record,
      body,
      context.request.headers.get("if-match") ?? undefined,
      staffUser(context),
    );
    return json("dossiers.transition", 200, dossierView(context.store, record), {
      etag: dossierEtag(record),
    });
  },
  "dossiers.getApologyLetter": (context) => {
    const { path } = context;
    const letter = dossierOf(context, path.code).apologyLetter;
    if (!letter) throw notFound(`The apology letter of dossier ${path.code}`);
    return json("dossiers.getApologyLetter", 200, letter);
  },
  "dossiers.createApologyLetter": async (context) => {
    const record = dossierOf(context, context.path.code);
    const letter = createApologyLetter(context.store, record, await context.json());
    return json("dossiers.createApologyLetter", 201, letter);
  },
  "dossiers.lookupStatus": ({ store, path, header }) => {
    // Public: the code and the PIN printed beside it on the receipt; no personal data, no internal data.
    checkLookupPin(store, path.code, header("X-Lookup-Pin"));
    const record = store.dossiers.get(path.code) as DossierRecord;
    settlePayments(store, record);
    const clock = dossierClock(store, record);
    const openPause = record.pauses.find((pause) => pause.to === null);
    const unpaid = record.fees.filter((fee) => fee.state === "unpaid" || fee.state === "pending");
    return json("dossiers.lookupStatus", 200, {
      code: record.code,
      procedureName: record.procedureName,
      agencyName: record.agencyName,
      status: record.status,
      statusId: dossierStatusId(record.status) ?? 1,
      receivedAt: record.receivedAt === null ? null : isoOf(record.receivedAt),
      dueAt: clock.dueMs === null ? null : isoOf(clock.dueMs),
      returnedAt: record.returnedAt === null ? null : isoOf(record.returnedAt),
      pausedAt: openPause ? isoOf(openPause.from) : null,
      amountDue:
        record.status === "awaiting_payment" ? unpaid.reduce((sum, fee) => sum + fee.amount, 0) : null,
    });
  },
};
