import type { HistoryEntry, PaymentRequest } from "@chinhquyenso/client";
import { describe, expect, it } from "vitest";
import { timelineOf } from "./timeline";

const actor = { id: "u1", name: "Trần Thị Bình" };
const entry = (id: string, at: string, action: string, from: string | null, to: string): HistoryEntry =>
  ({ id, at, action, fromStatus: from, toStatus: to, actor }) as HistoryEntry;

const history = [
  entry("h3", "2026-11-20T08:30:00+07:00", "resume", "awaiting_supplement", "processing"),
  entry("h1", "2026-11-16T09:00:00+07:00", "accept", "registered", "received"),
  entry("h2", "2026-11-17T10:00:00+07:00", "request_supplement", "received", "awaiting_supplement"),
  entry("h4", "2026-11-24T14:00:00+07:00", "request_payment", "processing", "awaiting_payment"),
  entry("h5", "2026-11-25T09:00:00+07:00", "suspend", "awaiting_payment", "suspended"),
];
const pauses = [
  { from: "2026-11-17T10:00:00+07:00", to: "2026-11-20T08:30:00+07:00", status: "awaiting_supplement" },
  { from: "2026-11-24T14:00:00+07:00", to: null, status: "awaiting_payment" },
] as const;

describe("the dossier timeline", () => {
  it("orders changes in time with each pause right after the change that stopped the clock", () => {
    const items = timelineOf(history, [...pauses]);
    expect(items.map((item) => item.key)).toEqual([
      "entry-h1",
      "entry-h2",
      "pause-0",
      "entry-h3",
      "entry-h4",
      "pause-1",
      "entry-h5",
    ]);
  });

  it("names supplement requests and their answers, and marks changes made while the clock stood still", () => {
    const items = timelineOf(history, [...pauses], {
      requestedAt: "2026-11-17T10:00:00+07:00",
      reason: "Thiếu tờ khai",
      deadline: "2026-11-24T17:00:00+07:00",
    });
    const byKey = new Map(items.map((item) => [item.key, item]));
    expect(byKey.get("entry-h2")).toMatchObject({
      role: "supplement_request",
      duringPause: false,
      deadline: "2026-11-24T17:00:00+07:00",
    });
    expect(byKey.get("entry-h3")).toMatchObject({ role: "supplement_answer", duringPause: false });
    // Suspended while still awaiting payment: inside the open pause.
    expect(byKey.get("entry-h5")).toMatchObject({ role: "status_change", duringPause: true });
    expect(byKey.get("pause-1")).toMatchObject({ kind: "pause", open: true });
  });

  it("skips malformed rows and keeps rows without a readable time, last", () => {
    const broken = [null, 42, { id: 7 }, entry("x", "not a date", "accept", null, "received"), ...history];
    const items = timelineOf(broken as unknown as HistoryEntry[], null);
    expect(items).toHaveLength(history.length + 1);
    expect(items.at(-1)?.key).toBe("entry-x");
    expect(timelineOf(undefined, undefined)).toEqual([]);
  });

  it("puts each payment request on the payment pause it was issued for, oldest first", () => {
    const request = (id: string, createdAt: string) =>
      ({ id, createdAt, state: "pending", amount: 1 }) as unknown as PaymentRequest;
    const twoWaits = [
      { from: "2026-11-17T10:00:00+07:00", to: "2026-11-18T10:00:00+07:00", status: "awaiting_payment" },
      { from: "2026-11-20T10:00:00+07:00", to: "2026-11-21T10:00:00+07:00", status: "awaiting_supplement" },
      { from: "2026-11-24T14:00:00+07:00", to: null, status: "awaiting_payment" },
    ] as const;
    const items = timelineOf([], [...twoWaits], null, [
      request("late", "2026-11-25T09:00:00+07:00"),
      request("early", "2026-11-17T09:55:00+07:00"),
      request("second", "2026-11-24T14:00:00+07:00"),
      request("first", "2026-11-17T11:00:00+07:00"),
      request("undated", "not a date"),
    ]);
    const payments = items.map((item) => (item.kind === "pause" ? item.payments.map((p) => p.id) : null));
    expect(payments).toEqual([["early", "first"], [], ["second", "late"]]);
  });
});
