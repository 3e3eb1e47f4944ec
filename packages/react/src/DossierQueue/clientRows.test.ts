import type { Dossier } from "@chinhquyenso/client";
import { createSearchIndex, DOSSIER_QUEUES, filterQueue, stopsClock } from "@chinhquyenso/core";
import { describe, expect, it } from "vitest";
import {
  buildSearchIndex,
  inQueue,
  rankSearch,
  SYNC_INDEX_LIMIT,
  searchIndexOf,
  searchText,
  selectFirstRows,
  selectRows,
  sortRows,
  summarizeRows,
} from "./clientRows";
import { sampleDossiers } from "./fixtures";

const rows = sampleDossiers(200);
const query = { queue: "all", filters: {}, search: "", sort: null } as const;

describe("client-mode rows", () => {
  it("returns the host's array itself when nothing applies (no per-row work)", () => {
    expect(selectRows(rows, query)).toBe(rows);
  });

  it("puts rows in menus as core's queue filters do", () => {
    const now = "2026-11-26T09:00:00+07:00";
    // Rows carry their pauses (the contract's `pauses`), so core judges a stopped clock as of the moment it
    // stopped, as the API did: every row agrees, stopped ones included.
    const stopped = rows.filter((row) => stopsClock(row.status));
    expect(stopped.length).toBeGreaterThan(0);
    expect(stopped.every((row) => row.pauses.at(-1)?.to === null)).toBe(true);
    for (const queue of DOSSIER_QUEUES) {
      // Core judges timeliness itself; the rows carry the API's judgement of the same instant.
      const byCore = filterQueue(queue, rows, { now }).map((row) => row.code);
      const mine = rows.filter((row) => inQueue(queue, row)).map((row) => row.code);
      if (queue === "awaiting_postal_return") {
        // The API's dossier has no returnByPost field: client mode cannot know it unless rows carry it.
        expect(mine).toEqual([]);
        continue;
      }
      expect(mine, queue).toEqual(byCore);
    }
    expect(inQueue("not_a_menu", rows[0] as Dossier)).toBe(false);
  });

  it("filters within the menu by status, procedure, channel and timeliness", () => {
    const result = selectRows(rows, {
      ...query,
      queue: "in_progress",
      filters: { status: ["processing"], channel: "online" },
    });
    expect(result.length).toBeGreaterThan(0);
    for (const row of result) expect([row.status, row.channel]).toEqual(["processing", "online"]);
    const procedure = rows[3]?.procedureCode as string;
    expect(
      selectRows(rows, { ...query, filters: { procedureCode: procedure } }).every(
        (row) => row.procedureCode === procedure,
      ),
    ).toBe(true);
    expect(
      selectRows(rows, { ...query, filters: { timeliness: "overdue" } }).every(
        (row) => row.timeliness === "overdue",
      ),
    ).toBe(true);
  });

  it("searches without diacritics, best match first, and builds one index per rows array", () => {
    const target = rows[17] as Dossier;
    const result = selectRows(rows, { ...query, search: target.code });
    expect(result[0]?.code).toBe(target.code);
    expect(searchIndexOf(rows)).toBe(searchIndexOf(rows));
    const folded = target.applicant.fullName.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d");
    expect(selectRows(rows, { ...query, search: folded }).map((row) => row.code)).toContain(target.code);
    expect(selectRows(rows, { ...query, search: "zzzqqq" })).toEqual([]);
  });

  it("sorts by date, stable, with missing or malformed dates last in both directions", () => {
    const make = (code: string, dueAt: string | null) => ({ ...(rows[0] as Dossier), code, dueAt });
    const input = [
      make("a", "2026-12-02T09:00:00+07:00"),
      make("b", null),
      make("c", "2026-11-30T09:00:00+07:00"),
      make("d", "soon"),
      make("e", "2026-12-02T09:00:00+07:00"),
    ];
    expect(sortRows(input, "dueAt").map((row) => row.code)).toEqual(["c", "a", "e", "b", "d"]);
    expect(sortRows(input, "-dueAt").map((row) => row.code)).toEqual(["a", "e", "c", "b", "d"]);
    expect(sortRows(input, "priority")).toBe(input);
  });

  it("counts every menu and lists the procedures present in one pass", () => {
    const summary = summarizeRows(rows, "vi");
    const all = summary.counts.find((count) => count.queue === "all");
    expect(all?.count).toBe(rows.length);
    const inProgress = summary.counts.find((count) => count.queue === "in_progress");
    expect(inProgress?.count).toBe(
      rows.filter((row) => ["received", "processing"].includes(row.status)).length,
    );
    expect(all?.overdue).toBe(rows.filter((row) => row.timeliness === "overdue").length);
    expect(new Set(summary.procedures.map((item) => item.code))).toEqual(
      new Set(rows.map((row) => row.procedureCode)),
    );
    expect(summarizeRows([null as unknown as Dossier], "en").counts.every((count) => count.count === 0)).toBe(
      true,
    );
  });

  it("never matches a dossier without timeliness (null) to a timeliness filter or an urgent menu", () => {
    const open = rows.find((row) => row.timeliness === "overdue") as Dossier;
    // The contract is making timeliness nullable; until then the cast stands for what the API will send.
    const undated = { ...open, code: "undated", timeliness: null } as unknown as Dossier;
    const input = [open, undated];
    for (const timeliness of ["within_time", "due_soon", "overdue"] as const)
      expect(selectRows(input, { ...query, filters: { timeliness } }).map((row) => row.code)).not.toContain(
        "undated",
      );
    const urgent = DOSSIER_QUEUES.filter((queue) => inQueue(queue, open) && !inQueue(queue, undated));
    expect(urgent.length).toBeGreaterThan(0);
    const summary = summarizeRows([undated], "vi");
    expect(summary.counts.every((count) => count.dueSoon === 0 && count.overdue === 0)).toBe(true);
  });

  it("ranks only the best matches of a broad search first, counting them all, and everything on demand", () => {
    const search = { ...query, search: "a" };
    const every = selectRows(rows, search);
    expect(every.length).toBeGreaterThan(20);
    const first = selectFirstRows(rows, search, 20);
    expect(first.complete).toBe(false);
    expect(first.total).toBe(every.length);
    expect(first.rows.map((row) => row.code)).toEqual(every.slice(0, 20).map((row) => row.code));
    // A menu narrows the best matches: the total is then unknown until every match is ranked.
    expect(selectFirstRows(rows, { ...search, queue: "in_progress" }, 20).total).toBeUndefined();
    // A sort, or a limit the rows fit in, needs every match.
    expect(selectFirstRows(rows, { ...search, sort: "dueAt" }, 20)).toMatchObject({ complete: true });
    const all = selectFirstRows(rows, search, rows.length);
    expect(all).toMatchObject({ complete: true, total: every.length });
    expect(selectFirstRows(rows, query, 20).rows).toBe(rows);
  });
});

describe("client-mode search over a long list", () => {
  const long = sampleDossiers(SYNC_INDEX_LIMIT + 500);
  const search = { ...query, search: "dat" };

  it("shows the rows unsearched and says so while the index is built in slices, then the same results as at once", () => {
    const waiting = selectFirstRows(long, search, 20);
    expect(waiting).toMatchObject({ indexing: true, complete: true, total: undefined });
    expect(waiting.rows).toBe(long);
    // A menu still applies while the search waits.
    const menu = selectFirstRows(long, { ...search, queue: "in_progress" }, 20);
    expect(menu.rows.every((row) => inQueue("in_progress", row))).toBe(true);

    let slices = 0;
    while (!buildSearchIndex(long, () => true)) slices++;
    expect(slices).toBeGreaterThan(10);
    // Then the search itself is ranked in slices: until it is, the rows stay unsearched.
    const ranking = selectFirstRows(long, search, 20);
    expect(ranking).toMatchObject({ indexing: false, ranking: true, total: undefined });
    expect(ranking.rows).toBe(long);
    let rankSlices = 0;
    while (!rankSearch(long, "dat", () => true)) rankSlices++;
    expect(rankSlices).toBeGreaterThan(1);
    const ready = selectFirstRows(long, search, 20);
    expect(ready).toMatchObject({ indexing: false, ranking: false, complete: true });
    const expected = selectRows(long, search, createSearchIndex(long, { text: searchText }));
    expect(expected.length).toBeGreaterThan(20);
    // Every match at once (ranked beforehand), in the order of a ranking done in one go.
    expect(ready.rows.map((row) => row.code)).toEqual(expected.map((row) => row.code));
    expect(ready.total).toBe(expected.length);
    // A menu narrows the ranked matches, in the same order.
    const narrowed = selectFirstRows(long, { ...search, queue: "in_progress" }, 20);
    expect(narrowed.rows.map((row) => row.code)).toEqual(
      expected.filter((row) => inQueue("in_progress", row)).map((row) => row.code),
    );
  });
});
