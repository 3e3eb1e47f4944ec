import { describe, expect, it } from "vitest";
import { createCalendar } from "../calendar/calendar";
import { InvalidInputError } from "../errors";
import { timeliness } from "./timeliness";

const due = "2026-03-04T09:00:00+07:00"; // Wednesday

describe("timeliness of finished dossiers (by day)", () => {
  it("is early, on time or late comparing the finish date with the due date", () => {
    const finished = (finishedAt: string) =>
      timeliness({ status: "finished", dueAt: due, finishedAt }, "2026-03-20");
    expect(finished("2026-03-03T16:00:00+07:00")).toBe("early");
    expect(finished("2026-03-04T16:59:00+07:00")).toBe("on_time"); // later that day still counts as on time
    expect(finished("2026-03-05T07:00:00+07:00")).toBe("late");
    expect(
      timeliness({ status: "returned", dueAt: due, finishedAt: "2026-03-04T01:00:00Z" }, "2026-03-20"),
    ).toBe("on_time");
  });

  it("compares days in Vietnam time, not UTC", () => {
    // 2026-03-03T18:00Z is 01:00 on 4 March in Vietnam: the due day.
    expect(
      timeliness({ status: "finished", dueAt: due, finishedAt: "2026-03-03T18:00:00Z" }, "2026-03-20"),
    ).toBe("on_time");
  });

  it("needs a finish date", () => {
    expect(() => timeliness({ status: "finished", dueAt: due }, "2026-03-20")).toThrow(InvalidInputError);
  });
});

describe("timeliness of open dossiers", () => {
  const open = (now: string, extra = {}) => timeliness({ status: "processing", dueAt: due, ...extra }, now);

  it("is overdue only once the due day has passed", () => {
    expect(open("2026-03-04T16:00:00+07:00")).toBe("due_soon");
    expect(open("2026-03-05T07:00:00+07:00")).toBe("overdue");
  });

  it("is due soon within one working day of the due date by default", () => {
    expect(open("2026-03-03T09:00:00+07:00")).toBe("due_soon");
    expect(open("2026-03-02T09:00:00+07:00")).toBe("within_time");
    // Due on Monday, judged on Friday: the weekend does not count.
    expect(
      timeliness({ status: "received", dueAt: "2026-03-09T09:00:00+07:00" }, "2026-03-06T10:00:00+07:00"),
    ).toBe("due_soon");
  });

  it("accepts a threshold in working days, calendar days or office hours", () => {
    const opts = (amount: number, unit: "working_day" | "calendar_day" | "hour") => ({
      dueSoonWithin: { amount, unit },
    });
    const judge = (now: string, options: ReturnType<typeof opts>) =>
      timeliness({ status: "processing", dueAt: due }, now, options);
    expect(judge("2026-02-27T09:00:00+07:00", opts(3, "working_day"))).toBe("due_soon");
    expect(judge("2026-02-27T09:00:00+07:00", opts(3, "calendar_day"))).toBe("within_time");
    expect(judge("2026-03-03T13:00:00+07:00", opts(4, "hour"))).toBe("within_time");
    expect(judge("2026-03-03T15:00:00+07:00", opts(4, "hour"))).toBe("due_soon");
    expect(() => judge("2026-03-03", opts(-1, "hour"))).toThrow(/dueSoonWithin.amount/);
  });

  it("does not need next year's calendar to call a far due date within time", () => {
    const farAway = { status: "processing", dueAt: "2027-01-20T09:00:00+07:00" };
    const calendar = createCalendar({ uncoveredYears: "error" });
    expect(timeliness(farAway, "2026-12-01T09:00:00+07:00", { calendar })).toBe("within_time");
    // Close to it, the answer depends on 2027's days off: on a strict calendar a typed error, not a guess…
    expect(() => timeliness(farAway, "2027-01-19T09:00:00+07:00", { calendar })).toThrow(
      /no official holiday notice for 2027/,
    );
    // …and by default the statute's answer.
    expect(timeliness(farAway, "2027-01-19T09:00:00+07:00")).toBe("due_soon");
  });

  it("judges a dossier whose clock is stopped as of the moment it stopped", () => {
    const pauses = [{ from: "2026-03-02T09:00:00+07:00", to: null }];
    const waiting = { status: "awaiting_supplement", dueAt: due, pauses };
    expect(timeliness(waiting, "2026-03-20T09:00:00+07:00")).toBe("within_time");
    // A closed pause does not freeze anything; nor does an open one once the status runs the clock again.
    expect(timeliness({ ...waiting, pauses: [{ from: "2026-03-02", to: "2026-03-03" }] }, "2026-03-20")).toBe(
      "overdue",
    );
    expect(timeliness({ ...waiting, status: "processing" }, "2026-03-20")).toBe("overdue");
  });

  it("does not apply to refused, withdrawn, unknown or undated dossiers", () => {
    expect(timeliness({ status: "refused", dueAt: due }, "2026-03-20")).toBeNull();
    expect(timeliness({ status: "withdrawn", dueAt: due }, "2026-03-20")).toBeNull();
    expect(timeliness({ status: "archived_by_v2", dueAt: due }, "2026-03-20")).toBeNull();
    expect(timeliness({ status: "registered", dueAt: null }, "2026-03-20")).toBeNull();
  });
});
