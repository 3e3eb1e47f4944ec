// The inbox's three orders, read from server-rendered rows (the same sort runs in the browser): urgency, then the
// nearest due date, then the latest arrival; ties keep the given order; an unreadable date sorts as none.
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChinhQuyenSoProvider } from "../provider";
import { DocumentInbox } from "./DocumentInbox";
import { documentFixture } from "./fixtures";
import type { InboxSort } from "./useDocumentInbox";

const now = () => new Date("2026-11-26T09:00:00+07:00");

const DOCUMENTS = [
  documentFixture({ id: "a", number: "A1", urgency: "normal", dueAt: null, arrivalDate: "2026-11-20" }),
  documentFixture({
    id: "b",
    number: "B2",
    urgency: "urgent",
    dueAt: "2026-11-30",
    arrivalDate: "2026-11-18",
  }),
  documentFixture({
    id: "c",
    number: "C3",
    urgency: "normal",
    dueAt: "2026-11-28T17:00:00+07:00",
    arrivalDate: "2026-11-19",
  }),
  documentFixture({
    id: "d",
    number: "D4",
    urgency: "flash",
    dueAt: "2026-12-05",
    arrivalDate: "2026-11-22",
  }),
  documentFixture({
    id: "e",
    number: "E5",
    urgency: "normal",
    dueAt: "2026-11-28T10:00:00Z",
    arrivalDate: "2026-11-19",
  }),
  documentFixture({ id: "f", number: "F6", urgency: "normal", dueAt: "không rõ", arrivalDate: "2026-11-25" }),
  documentFixture({ id: "g", number: "G7", urgency: "normal", dueAt: null, arrivalDate: "2026-11-20" }),
];

function orderOf(sort: InboxSort, documents = DOCUMENTS, pageSize = 50): string[] {
  const html = renderToString(
    <ChinhQuyenSoProvider now={now}>
      <DocumentInbox documents={documents} defaultSort={sort} pageSize={pageSize} />
    </ChinhQuyenSoProvider>,
  );
  return [...html.matchAll(/\b([A-G][1-7](?:-\d+)?)\/UBND-VX/g)].map((match) => match[1] as string);
}

/** The seven documents again and again (every kind of tie), numbered apart: 0 … count − 1. */
const many = (count: number) =>
  Array.from({ length: count }, (_, index) => {
    const document = DOCUMENTS[index % DOCUMENTS.length] as (typeof DOCUMENTS)[number];
    return { ...document, id: `${document.id}${index}`, number: `${document.number}-${index}` };
  });

describe("DocumentInbox order", () => {
  it("by urgency: most urgent first, then the nearest due date, then the latest arrival, ties as given", () => {
    expect(orderOf("urgency")).toEqual(["D4", "B2", "C3", "E5", "F6", "A1", "G7"]);
  });

  it("by due date: the nearest first (offsets read as instants), none last by arrival", () => {
    // C3 is due at 17:00 in Vietnam (10:00 UTC); E5 at 10:00 UTC: the same instant, so the latest arrival, then as given.
    expect(orderOf("due")).toEqual(["C3", "E5", "B2", "D4", "F6", "A1", "G7"]);
  });

  it("by arrival: the latest first, then the nearest due date", () => {
    expect(orderOf("arrival")).toEqual(["F6", "D4", "A1", "G7", "C3", "E5", "B2"]);
  });

  it("a page of a long inbox is the first page of its whole order (the page is selected, not sorted whole)", () => {
    const documents = many(700);
    for (const sort of ["urgency", "due", "arrival"] as const) {
      const whole = orderOf(sort, documents, 700);
      expect(whole).toHaveLength(700);
      expect(orderOf(sort, documents, 9)).toEqual(whole.slice(0, 9));
      expect(whole.slice(0, 3)).toEqual(
        sort === "urgency"
          ? ["D4-3", "D4-10", "D4-17"]
          : sort === "due"
            ? ["C3-2", "E5-4", "C3-9"]
            : ["F6-5", "F6-12", "F6-19"],
      );
    }
  });
});
