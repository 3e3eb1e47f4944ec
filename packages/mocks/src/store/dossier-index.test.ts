// The dossier list through its indexes (agency buckets in the default order, JSON once per record version) must
// answer byte for byte what the naive list answers — every dossier filtered with `canSeeDossier`, sorted, paged,
// serialised afresh — for every principal, through random writes: transitions by the store's own rules, edits
// made directly on records (as tests do, bumping the version as the etag requires), status changes without a
// version bump, dossiers removed and put back, and time passing. Seeded: a failure replays with its seed.
import {
  allowedActions,
  DOSSIER_QUEUES,
  DOSSIER_STATUSES,
  type DossierAction,
  type DossierQueue,
} from "@chinhquyenso/core";
import { describe, expect, it } from "vitest";
import type { DossierRecord } from "../dataset/types";
import { paginate } from "../handlers/pagination";
import { callAs, platformWith } from "../handlers/principals.test-support";
import { searchRanks } from "../handlers/search";
import { createRandom, type Random } from "../random";
import { TEST_NOW } from "../sandbox/sandbox.test-support";
import { canSeeDossier } from "./access";
import { createManualClock } from "./clock";
import { transitionDossier } from "./dossier-ops";
import type { Principal } from "./principals";
import { ProblemError } from "./problem";
import { inQueue } from "./queues";
import type { MockStore } from "./store";
import { dossierClock, dossierEtag, dossierView } from "./views";

interface ListQuery {
  queue?: DossierQueue;
  status?: string[];
  agencyCode?: string;
  assignee?: "me";
  sort?: (typeof SORTS)[number];
  q?: string;
  limit?: number;
}

const SORT_KEYS: Record<string, (store: MockStore, record: DossierRecord) => number> = {
  dueAt: (store, record) => dossierClock(store, record).dueMs ?? Number.POSITIVE_INFINITY,
  receivedAt: (_store, record) => record.receivedAt ?? record.submittedAt,
  updatedAt: (_store, record) => record.updatedAt,
};

/** The list as it was before the indexes: filter all, sort all, serialise every view. */
function naiveList(store: MockStore, principal: Principal, query: ListQuery, cursor?: string): string {
  const user = principal.userId === null ? null : (store.users.get(principal.userId) ?? null);
  const ranks = query.q
    ? searchRanks(
        store.dossiers,
        () => [...store.dossiers.values()],
        store.dossiers.size,
        query.q,
        (record) => `${record.code} ${record.applicant.fullName} ${record.summary}`,
      )
    : undefined;
  const records = [...store.dossiers.values()].filter(
    (record) =>
      canSeeDossier(principal, record) &&
      (!ranks || ranks.has(record)) &&
      (query.queue === undefined || inQueue(store, record, query.queue)) &&
      (query.status === undefined || query.status.includes(record.status)) &&
      (query.agencyCode === undefined || record.agencyCode === query.agencyCode) &&
      (query.assignee !== "me" || record.assigneeId === user?.id),
  );
  const sort = query.sort ?? (ranks ? undefined : "-updatedAt");
  const key = sort ? SORT_KEYS[sort.replace(/^-/, "")] : undefined;
  const direction = sort?.startsWith("-") ? -1 : 1;
  const sorted = records
    .map((record) => ({ record, value: key ? key(store, record) : (ranks?.get(record) ?? 0) }))
    .sort((a, b) => direction * (a.value - b.value) || (a.record.code < b.record.code ? -1 : 1))
    .map((entry) => entry.record);
  const { limit, ...filters } = query;
  const page = paginate(sorted, { cursor, limit, query: filters });
  return JSON.stringify({
    items: page.items.map((record) => dossierView(store, record)),
    nextCursor: page.nextCursor,
    total: page.total,
  });
}

function pathOf(query: ListQuery, cursor?: string): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value) search.append(name, item);
    else if (value !== undefined) search.set(name, String(value));
  }
  if (cursor !== undefined) search.set("cursor", cursor);
  return `/v1/dossiers?${search}`;
}

const SORTS = ["-updatedAt", "updatedAt", "dueAt", "-dueAt", "receivedAt", "-receivedAt"] as const;

function randomQuery(random: Random, agencies: readonly string[]): ListQuery {
  const query: ListQuery = {};
  if (random.next() < 0.3) query.queue = random.pick(DOSSIER_QUEUES);
  if (random.next() < 0.2) query.status = [random.pick(DOSSIER_STATUSES), random.pick(DOSSIER_STATUSES)];
  if (random.next() < 0.15) query.agencyCode = random.pick(agencies);
  if (random.next() < 0.15) query.assignee = "me";
  if (random.next() < 0.3) query.sort = random.pick(SORTS);
  if (random.next() < 0.1) query.q = random.pick(["nguyen", "dang ky", "thu"]);
  if (random.next() < 0.7) query.limit = random.int(1, 30);
  return query;
}

const REASONS = { reason: "Kiểm tra", comment: "Kiểm tra" };

/** One random write to the store, of the kinds a platform or a test makes. */
function randomWrite(
  random: Random,
  store: MockStore,
  clock: { advance(ms: number): void },
  removed: DossierRecord[],
) {
  const records = [...store.dossiers.values()];
  const record = random.pick(records);
  const roll = random.next();
  if (roll < 0.45) {
    const actions = allowedActions(record.status).filter((action) => action !== "request_supplement");
    if (actions.length === 0) return;
    const action = random.pick(actions) as DossierAction;
    const staff = store.world.users.filter((item) => item.agencyCode === record.agencyCode);
    if (staff.length === 0) return;
    try {
      transitionDossier(store, record, { action, ...REASONS }, dossierEtag(record), random.pick(staff));
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
    }
  } else if (roll < 0.6) {
    // An edit made on the record itself, as the react tests do: a new version, maybe a new updatedAt.
    record.version += 1;
    if (random.next() < 0.7) record.updatedAt += random.int(-3, 3) * 3_600_000;
  } else if (roll < 0.7) {
    // A status changed behind the store's back, without a new version: filters read it live.
    record.status = random.pick(DOSSIER_STATUSES);
  } else if (roll < 0.8) {
    store.dossiers.delete(record.code);
    removed.push(record);
  } else if (roll < 0.9 && removed.length > 0) {
    const back = removed.splice(random.int(0, removed.length - 1), 1)[0] as DossierRecord;
    store.dossiers.set(back.code, back);
  } else {
    clock.advance(random.int(1, 600) * 60_000);
  }
}

async function listed(
  handlers: ReturnType<typeof platformWith>,
  token: string,
  path: string,
): Promise<string> {
  const response = await callAs(handlers, token, { path });
  expect(response.status, path).toBe(200);
  return response.text();
}

describe("dossier list indexes", () => {
  it.each([11, 29])(
    "answer as the naive filter and sort does, for every principal, through random writes (seed %i)",
    async (seed) => {
      const random = createRandom(seed);
      const clock = createManualClock(TEST_NOW);
      const handlers = platformWith(
        (world) => [
          {
            id: "leader_2",
            kind: "leader",
            token: "t-leader-2",
            agencyCode: world.dossiers.at(-1)?.agencyCode ?? "",
          },
        ],
        { seed, clock },
      );
      const store = handlers.store;
      const agencies = [...new Set([...store.dossiers.values()].map((record) => record.agencyCode))];
      const removed: DossierRecord[] = [];
      // Principals the contract lets list dossiers (service accounts may not: 403), and the opt-in any-token one
      // (every agency: the bucket of all dossiers).
      store.auth.unknownTokens = "any";
      const listing: { token: string; principal: Principal }[] = [];
      for (const token of [...store.principals.map((principal) => principal.token), "t-any-token"]) {
        const principal = store.principalFor(token) as Principal;
        if ((await callAs(handlers, token, { path: "/v1/dossiers" })).status === 200)
          listing.push({ token, principal });
      }
      expect(
        listing.map(({ principal }) => `${principal.kind}${principal.unrestricted ? " (all)" : ""}`).sort(),
      ).toEqual(expect.arrayContaining(["citizen", "leader", "officer"]));
      expect(listing.some(({ principal }) => principal.unrestricted)).toBe(true);
      let nonEmpty = 0;
      for (let step = 0; step < 80; step++) {
        randomWrite(random, store, clock, removed);
        for (const { token, principal } of listing) {
          const query = randomQuery(random, agencies);
          const first = await listed(handlers, token, pathOf(query));
          expect(first, `${principal.id} ${pathOf(query)} at step ${step}`).toBe(
            naiveList(store, principal, query),
          );
          const page = JSON.parse(first) as { items: unknown[]; nextCursor: string | null };
          if (page.items.length > 0) nonEmpty += 1;
          if (page.nextCursor !== null && random.next() < 0.5) {
            const next = await listed(handlers, token, pathOf(query, page.nextCursor));
            expect(next, `${principal.id} page 2 at step ${step}`).toBe(
              naiveList(store, principal, query, page.nextCursor),
            );
          }
        }
      }
      // Most lists compared had dossiers in them (an empty list proves little).
      expect(nonEmpty).toBeGreaterThan(80 * listing.length * 0.5);
    },
  );
});
