// The inbox's page selection against a plain full sort written from the rules (urgency, the nearest due date, the
// latest arrival, the given order): for any list and any page size, the selected first rows are exactly the full
// order's first rows. Lists are drawn with many ties and unreadable dates, from a fixed seed.
import type { Document } from "@chinhquyenso/client";
import { compareUrgency } from "@chinhquyenso/core";
import { describe, expect, it } from "vitest";
import { instantMs } from "../internal/dates";
import { orderDocuments } from "./documentOrder";
import { documentFixture } from "./fixtures";
import type { InboxSort } from "./useDocumentInbox";

function random(seed: number) {
  let state = seed >>> 0;
  return (below: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    // The high bits: an LCG's low bits repeat with a short period (state % 4 has period 4), which made the
    // urgency, due date and arrival of a document move in lockstep.
    return Math.floor((state / 2 ** 32) * below);
  };
}

const URGENCIES = ["normal", "urgent", "flash", "normal"] as const;
const DUE = [
  null,
  "2026-11-30",
  "2026-11-28T17:00:00+07:00",
  "2026-11-28T10:00:00Z",
  "không rõ",
  "2026-12-05",
];
const ARRIVAL = ["2026-11-18", "2026-11-19", "2026-11-20", null];

function documents(count: number, seed: number): Document[] {
  const below = random(seed);
  const pick = <T>(values: readonly T[]) => values[below(values.length)] as T;
  return Array.from({ length: count }, (_, index) =>
    documentFixture({
      id: `d${index}`,
      urgency: pick(URGENCIES),
      dueAt: pick(DUE),
      arrivalDate: pick(ARRIVAL),
      issuedAt: pick(["2026-11-17", "2026-11-21", "2026-11-21"]),
    }),
  );
}

function referenceOrder(list: readonly Document[], sort: InboxSort): string[] {
  const due = (document: Document) => instantMs(document.dueAt) ?? Number.MAX_SAFE_INTEGER;
  const arrived = (document: Document) =>
    instantMs(document.arrivalDate ?? document.issuedAt ?? document.updatedAt) ?? 0;
  const byDue = (a: Document, b: Document) => due(a) - due(b);
  const byArrival = (a: Document, b: Document) => arrived(b) - arrived(a);
  const rules =
    sort === "due"
      ? [byDue, byArrival]
      : sort === "arrival"
        ? [byArrival, byDue]
        : [(a: Document, b: Document) => compareUrgency(a.urgency, b.urgency), byDue, byArrival];
  return list
    .map((document, index) => ({ document, index }))
    .sort((a, b) => {
      for (const rule of rules) {
        const difference = rule(a.document, b.document);
        if (difference !== 0) return difference;
      }
      return a.index - b.index;
    })
    .map(({ document }) => document.id);
}

const ids = (list: readonly Document[]) => list.map((document) => document.id);

describe("orderDocuments", () => {
  for (const sort of ["urgency", "due", "arrival"] as const) {
    it(`by ${sort}: any first page is the full order's first page`, () => {
      for (const [size, seed] of [
        [0, 1],
        [1, 2],
        [9, 3],
        [120, 4],
        [401, 5],
        [3000, 6],
      ] as const) {
        const list = documents(size, seed);
        const expected = referenceOrder(list, sort);
        const order = orderDocuments(list, sort);
        expect(order.size).toBe(size);
        expect(order.documents).toEqual(list);
        for (const count of [1, 2, 7, 50, Math.floor(size / 8), size - 1, size, size + 5]) {
          expect(ids(order.first(count)), `${size} documents, first ${count}`).toEqual(
            expected.slice(0, Math.max(0, count)),
          );
        }
        expect(ids(order.first(Number.POSITIVE_INFINITY))).toEqual(expected);
        expect(ids(order.first(2.5))).toEqual(expected.slice(0, 2));
        expect(order.first(Number.NaN)).toEqual([]);
        expect(order.first(-3)).toEqual([]);
      }
    });
  }

  it("orders only the documents that are objects and pass the filter, keeping their given order on ties", () => {
    const list = documents(900, 8);
    const mixed: unknown[] = list.flatMap((document, index) =>
      index % 97 === 0 ? [null, "rác", 7, document] : [document],
    );
    const include = (document: Document) => Number(document.id.slice(1)) % 3 !== 0;
    const kept = list.filter(include);
    for (const sort of ["urgency", "due", "arrival"] as const) {
      const order = orderDocuments(mixed, sort, include);
      expect(order.size).toBe(kept.length);
      expect(order.documents).toEqual(kept);
      // Built once: the same list on every read.
      expect(order.documents).toBe(order.documents);
      const expected = referenceOrder(kept, sort);
      expect(ids(order.first(50))).toEqual(expected.slice(0, 50));
      expect(ids(order.first(Number.POSITIVE_INFINITY))).toEqual(expected);
    }
    // A host's bad sort value orders by urgency, the default.
    expect(ids(orderDocuments(kept, "bogus" as InboxSort).first(50))).toEqual(
      referenceOrder(kept, "urgency").slice(0, 50),
    );
    const none = orderDocuments(mixed, "urgency", () => false);
    expect(none.size).toBe(0);
    expect(none.documents).toEqual([]);
    expect(none.first(50)).toEqual([]);
  });

  it("a list given in reverse order still selects its first page exactly", () => {
    const list = documents(800, 7);
    const reversed = referenceOrder(list, "due")
      .reverse()
      .map((id) => list.find((document) => document.id === id) as Document);
    expect(ids(orderDocuments(reversed, "due").first(50))).toEqual(
      referenceOrder(reversed, "due").slice(0, 50),
    );
  });
});
