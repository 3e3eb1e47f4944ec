import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors";
import { timelinessReport } from "./timeliness-report";

const period = { from: "2026-03-01T00:00:00+07:00", to: "2026-04-01T00:00:00+07:00" };

describe("timelinessReport", () => {
  it("counts carried-over and new dossiers, finished and open ones", () => {
    const report = timelinessReport(
      [
        // carried over, finished early in March
        { status: "returned", receivedAt: "2026-02-25", dueAt: "2026-03-05", finishedAt: "2026-03-04" },
        // carried over, still open and overdue at the end of March
        { status: "processing", receivedAt: "2026-02-20", dueAt: "2026-03-10" },
        // finished before the period: not counted
        { status: "returned", receivedAt: "2026-02-02", dueAt: "2026-02-10", finishedAt: "2026-02-09" },
        // new, finished on the due day
        {
          status: "finished",
          receivedAt: "2026-03-02",
          dueAt: "2026-03-09T09:00",
          finishedAt: "2026-03-09T16:00",
          channel: "online",
        },
        // new, finished late
        {
          status: "returned",
          receivedAt: "2026-03-03",
          dueAt: "2026-03-10",
          finishedAt: "2026-03-12",
          channel: "counter",
        },
        // new, open within time (clock stopped)
        { status: "awaiting_supplement", receivedAt: "2026-03-20", dueAt: "2026-04-20", channel: "post" },
        // new, finished after the period: open at its end, and overdue then
        {
          status: "finished",
          receivedAt: "2026-03-05",
          dueAt: "2026-03-25",
          finishedAt: "2026-04-02",
          channel: "fax",
        },
        // new, no due date yet
        { status: "received", receivedAt: "2026-03-30" },
        // not processed, not received, unknown, or after the period
        { status: "refused", receivedAt: "2026-03-04" },
        { status: "withdrawn", receivedAt: "2026-03-06" },
        { status: "registered", receivedAt: null },
        { status: "archived_by_v2", receivedAt: "2026-03-06" },
        { status: "processing", receivedAt: "2026-04-01T08:00", dueAt: "2026-04-08" },
      ],
      period,
    );
    expect(report).toEqual({
      from: "2026-03-01T00:00:00+07:00",
      to: "2026-04-01T00:00:00+07:00",
      received: {
        total: 7,
        carriedOver: 2,
        new: 5,
        newByChannel: { counter: 1, online: 1, post: 1, other: 2 },
      },
      finished: { total: 3, early: 1, onTime: 1, late: 1 },
      open: { total: 4, withinTime: 1, overdue: 2, withoutDueDate: 1 },
      onTimeRate: 2 / 3,
      notProcessed: { refused: 1, withdrawn: 1 },
      skipped: { notReceived: 1, unknownStatus: 1 },
    });
  });

  it("has no on-time rate when nothing was finished", () => {
    expect(timelinessReport([], period).onTimeRate).toBeNull();
  });

  it("rejects an empty period and a finished dossier without a finish date", () => {
    expect(() => timelinessReport([], { from: period.to, to: period.from })).toThrow(InvalidInputError);
    expect(() =>
      timelinessReport([{ status: "finished", receivedAt: "2026-03-02", dueAt: "2026-03-03" }], period),
    ).toThrow(/dossiers\[0\]\.finishedAt/);
  });

  it("always balances: what was on hand was either finished or is still open", () => {
    const day = fc
      .integer({ min: 0, max: 75 })
      .map((n) => new Date(Date.UTC(2026, 1, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const dossier = fc.record({
      status: fc.constantFrom(
        "received",
        "processing",
        "awaiting_payment",
        "suspended",
        "finished",
        "returned",
        "refused",
      ),
      receivedAt: day,
      dueAt: fc.option(day, { nil: undefined }),
      finishedAt: day,
    });
    fc.assert(
      fc.property(fc.array(dossier, { maxLength: 30 }), (dossiers) => {
        const report = timelinessReport(dossiers, period);
        expect(report.received.total).toBe(report.finished.total + report.open.total);
        const rate = report.onTimeRate;
        if (rate !== null) expect(rate).toBeGreaterThanOrEqual(0);
        if (rate !== null) expect(rate).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});
