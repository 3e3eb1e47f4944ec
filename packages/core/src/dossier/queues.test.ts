import { describe, expect, it } from "vitest";
import {
  DOSSIER_QUEUE_FILTERS,
  DOSSIER_QUEUE_LABELS,
  DOSSIER_QUEUES,
  filterQueue,
  matchesQueue,
} from "./queues";

const now = "2026-03-04T10:00:00+07:00";
const dossiers = [
  { id: "a", status: "registered", channel: "online" },
  { id: "b", status: "registered", channel: "counter" },
  { id: "c", status: "processing", dueAt: "2026-03-20T09:00:00+07:00" },
  { id: "d", status: "processing", dueAt: "2026-03-04T15:00:00+07:00" },
  { id: "e", status: "received", dueAt: "2026-03-02T09:00:00+07:00" },
  {
    id: "f",
    status: "awaiting_supplement",
    dueAt: "2026-03-02T09:00:00+07:00",
    pauses: [{ from: "2026-02-20" }],
  },
  { id: "g", status: "awaiting_payment", dueAt: "2026-03-10T09:00:00+07:00" },
  { id: "h", status: "finished", finishedAt: "2026-03-03", returnByPost: true },
  { id: "i", status: "finished", finishedAt: "2026-03-03", returnByPost: false },
  { id: "j", status: "withdrawn" },
  { id: "k", status: "archived_by_v2" },
];
const ids = (queue: string) => filterQueue(queue, dossiers, { now }).map((dossier) => dossier.id);

describe("queue menus", () => {
  it("filter as the one-stop app's menus do", () => {
    expect(ids("awaiting_online_intake")).toEqual(["a"]);
    expect(ids("in_progress")).toEqual(["c", "d", "e"]);
    expect(ids("awaiting_supplement")).toEqual(["f"]);
    // d is due today, e is overdue; f's clock stopped on 20/02, six working days before its due date.
    expect(ids("due_or_overdue")).toEqual(["d", "e"]);
    expect(ids("awaiting_fee")).toEqual(["g"]);
    expect(ids("awaiting_postal_return")).toEqual(["h"]);
    expect(ids("withdrawal")).toEqual(["j"]);
    expect(ids("all")).toEqual(dossiers.map((dossier) => dossier.id));
  });

  it("has a filter for every queue and matches nothing for an unknown one", () => {
    expect(Object.keys(DOSSIER_QUEUE_FILTERS)).toEqual([...DOSSIER_QUEUES]);
    expect(Object.keys(DOSSIER_QUEUE_LABELS)).toEqual([...DOSSIER_QUEUES]);
    expect(ids("my_favourites")).toEqual([]);
    expect(matchesQueue("toString", { status: "processing" })).toBe(false);
  });
});
