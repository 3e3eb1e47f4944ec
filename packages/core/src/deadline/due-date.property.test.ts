import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCalendar, defaultCalendar } from "../calendar/calendar";
import { MS_PER_DAY } from "../time/civil";
import { formatLocalMs } from "../time/instant";
import { dueDate } from "./due-date";
import type { DurationUnit } from "./duration";
import { explainDueDate } from "./explain";
import { workingTimeBetween } from "./measure";
import { inOfficeHours, isWorkingDay, local, oracleDue, WORKING_DAY_MS } from "./oracle.test-support";

// Intake instants from 2024-01-01 to 2026-09-15 (leaving room for 40 working days and pauses inside the
// bundled calendar), at any second, written with one of several offsets.
const FIRST = Date.UTC(2024, 0, 1);
const SPAN = Date.UTC(2026, 8, 15) - FIRST;
const OFFSETS = ["+07:00", "Z", "-05:00", "+09:30"];
const instant = fc
  .tuple(fc.integer({ min: 0, max: SPAN / 1000 }), fc.constantFrom(...OFFSETS))
  .map(([seconds, offset]) => withOffset(FIRST + seconds * 1000, offset));
// Amounts on a minute grid so the oracle's arithmetic is exact: up to 40 working days.
const workingDays = fc.integer({ min: 0, max: 40 * 480 }).map((minutes) => minutes / 480);
const unit = fc.constantFrom<DurationUnit>("working_day", "calendar_day", "hour");
const amountFor = (u: DurationUnit, days: number) => (u === "hour" ? days * 8 : days);

function withOffset(localMs: number, offset: string): string {
  if (offset === "+07:00") return formatLocalMs(localMs);
  const shift = offset === "Z" ? 0 : offset === "-05:00" ? -5 * 3600e3 : 9.5 * 3600e3;
  const text = new Date(localMs - 7 * 3600e3 + shift).toISOString().slice(0, 19);
  return `${text}${offset}`;
}

describe("dueDate properties", () => {
  it("agrees with the day-by-day oracle built on the raw holiday file", () => {
    fc.assert(
      fc.property(instant, workingDays, unit, (received, days, u) => {
        const amount = amountFor(u, days);
        expect(dueDate(received, { amount, unit: u })).toBe(
          formatLocalMs(oracleDue(local(received), amount, u)),
        );
      }),
      { numRuns: 400 },
    );
  });

  it("agrees with the oracle beyond the bundled years when weekends are assumed, growing its tables both ways", () => {
    // The oracle knows no holidays outside 2024–2026 either: weekends only.
    const from = Date.UTC(2021, 0, 1);
    const anyYear = fc
      .integer({ min: 0, max: (Date.UTC(2028, 11, 1) - from) / 1000 })
      .map((seconds) => formatLocalMs(from + seconds * 1000));
    fc.assert(
      fc.property(fc.array(fc.tuple(anyYear, workingDays, unit), { minLength: 1, maxLength: 8 }), (calls) => {
        // A fresh calendar per run, asked in random order, so its tables grow forwards and backwards.
        const calendar = createCalendar({ uncoveredYears: "assume_weekends" });
        for (const [received, days, u] of calls) {
          const amount = amountFor(u, days);
          const expected = formatLocalMs(oracleDue(local(received), amount, u));
          expect(dueDate(received, { amount, unit: u }, { calendar })).toBe(expected);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("never ends on a day off or outside office hours", () => {
    fc.assert(
      fc.property(instant, workingDays, unit, (received, days, u) => {
        const due = local(dueDate(received, { amount: amountFor(u, days), unit: u }));
        expect(isWorkingDay(due)).toBe(true);
        expect(defaultCalendar().isWorkingDay(formatLocalMs(due))).toBe(true);
        expect(inOfficeHours(due)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("measures back exactly the amount it added", () => {
    fc.assert(
      fc.property(
        instant,
        workingDays,
        fc.constantFrom<DurationUnit>("working_day", "hour"),
        (received, days, u) => {
          const amount = amountFor(u, days);
          const due = dueDate(received, { amount, unit: u });
          expect(workingTimeBetween(received, due).milliseconds).toBe(Math.round(days * WORKING_DAY_MS));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is monotonic in the amount", () => {
    fc.assert(
      fc.property(instant, workingDays, workingDays, unit, (received, a, b, u) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const early = local(dueDate(received, { amount: amountFor(u, small), unit: u }));
        const late = local(dueDate(received, { amount: amountFor(u, large), unit: u }));
        expect(early).toBeLessThanOrEqual(late);
      }),
      { numRuns: 300 },
    );
  });

  it("is monotonic in the intake time", () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 7 * 86_400 }),
        workingDays,
        unit,
        (received, later, days, u) => {
          const second = formatLocalMs(local(received) + later * 1000);
          const duration = { amount: amountFor(u, days), unit: u };
          expect(local(dueDate(received, duration))).toBeLessThanOrEqual(local(dueDate(second, duration)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never comes earlier with pauses, and pauses before the due date add exactly their office time", () => {
    const pause = fc.tuple(
      fc.integer({ min: -30 * 86_400, max: 30 * 86_400 }),
      fc.integer({ min: 0, max: 5 * 86_400 }),
    );
    fc.assert(
      fc.property(instant, workingDays, unit, fc.array(pause, { maxLength: 4 }), (received, days, u, raw) => {
        const duration = { amount: amountFor(u, days), unit: u };
        const start = local(received);
        const pauses = raw.map(([offset, length]) => ({
          from: formatLocalMs(start + offset * 1000),
          to: formatLocalMs(start + (offset + length) * 1000),
        }));
        const plain = local(dueDate(received, duration));
        const paused = local(dueDate(received, duration, { pauses }));
        expect(paused).toBeGreaterThanOrEqual(plain);
        if (raw.length === 1 && u !== "calendar_day") {
          const [only] = pauses;
          if (only && local(only.to) <= plain && local(only.from) >= start) {
            const added = workingTimeBetween(only.from, only.to).milliseconds;
            expect(workingTimeBetween(received, formatLocalMs(paused)).milliseconds).toBe(
              Math.round(days * WORKING_DAY_MS) + added,
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("explains the very due date it computes", () => {
    fc.assert(
      fc.property(
        instant,
        workingDays,
        unit,
        fc.constantFrom("vi" as const, "en" as const),
        (received, days, u, locale) => {
          const duration = { amount: amountFor(u, days), unit: u };
          const explanation = explainDueDate(received, duration, { locale });
          expect(explanation.dueAt).toBe(dueDate(received, duration));
          expect(explanation.steps[0]?.kind).toBe("received");
          expect(explanation.steps.at(-1)).toMatchObject({ kind: "due", at: explanation.dueAt });
          for (const step of explanation.steps) expect(step.text.length).toBeGreaterThan(0);
          // Every listed day off really is one.
          for (const step of explanation.steps) {
            if (step.kind === "day_off")
              expect(isWorkingDay(Date.parse(`${step.date}T00:00:00Z`))).toBe(false);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("keeps results within a day of what the oracle says for huge fractional amounts", () => {
    const due = local(dueDate("2024-01-02T08:00:00+07:00", { amount: 300.37, unit: "working_day" }));
    expect(Math.abs(due - oracleDue(local("2024-01-02T08:00:00+07:00"), 300.37, "working_day"))).toBeLessThan(
      MS_PER_DAY,
    );
  });
});
