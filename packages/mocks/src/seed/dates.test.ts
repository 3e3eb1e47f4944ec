import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import {
  daysAfter,
  drawOfficeTime,
  drawTimeBetween,
  formatVietnamDate,
  formatVietnamIso,
  formatVietnamTime,
  isWeekday,
  type LocalDay,
  VIETNAM_UTC_OFFSET_MS,
  vietnamDay,
  windowBefore,
} from "./dates";
import { SeedInputError } from "./errors";

// Wednesday 20 November 2024, 10:00 in Vietnam.
const NOW = new Date("2024-11-20T10:00:00+07:00");

/** Minutes after midnight and weekday (0 = Sunday) in Vietnam time. */
function vietnamClock(date: Date) {
  const local = new Date(date.getTime() + VIETNAM_UTC_OFFSET_MS);
  return { minutes: local.getUTCHours() * 60 + local.getUTCMinutes(), weekday: local.getUTCDay() };
}

const inOfficeHours = (minutes: number) =>
  (minutes >= 420 && minutes <= 690) || (minutes >= 810 && minutes <= 1020);

describe("drawOfficeTime", () => {
  it("stays within office hours on weekdays inside the window", () => {
    const random = createRandom(1);
    const window = windowBefore(NOW, 90);
    for (let i = 0; i < 5000; i++) {
      const time = drawOfficeTime(random, window);
      const { minutes, weekday } = vietnamClock(time);
      expect(weekday).toBeGreaterThanOrEqual(1);
      expect(weekday).toBeLessThanOrEqual(5);
      expect(inOfficeHours(minutes)).toBe(true);
      expect(time.getTime()).toBeGreaterThanOrEqual(window.from.getTime());
      expect(time.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(time.getUTCMilliseconds()).toBe(0);
    }
  });

  it("reaches both sessions and every weekday", () => {
    const random = createRandom(2);
    const draws = Array.from({ length: 3000 }, () =>
      vietnamClock(drawOfficeTime(random, windowBefore(NOW, 28))),
    );
    expect(draws.some((d) => d.minutes < 720)).toBe(true);
    expect(draws.some((d) => d.minutes > 780)).toBe(true);
    expect(new Set(draws.map((d) => d.weekday))).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it("is deterministic for a seed", () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 50 }, () => drawOfficeTime(random, windowBefore(NOW, 30)).toISOString());
    };
    expect(draw(3)).toEqual(draw(3));
    expect(draw(3)).not.toEqual(draw(4));
  });

  it("clips the office hours to a window that starts or ends mid-day", () => {
    const from = new Date("2024-11-20T11:00:00+07:00");
    const to = new Date("2024-11-20T14:00:00+07:00");
    const random = createRandom(5);
    for (let i = 0; i < 500; i++) {
      const { minutes } = vietnamClock(drawOfficeTime(random, { from, to }));
      expect((minutes >= 660 && minutes <= 690) || (minutes >= 810 && minutes <= 840)).toBe(true);
    }
  });

  it("honours a working-day calendar passed in (a holiday is skipped, a make-up Saturday is worked)", () => {
    // 2 September 2024 (Monday) was a holiday; pretend Saturday 7 September was a make-up working day.
    const isWorkingDay = ({ month, day }: LocalDay) => month === 9 && day !== 2 && day !== 8;
    const window = { from: new Date("2024-09-01T00:00:00+07:00"), to: new Date("2024-09-08T23:59:59+07:00") };
    const random = createRandom(6);
    const days = new Set(
      Array.from({ length: 2000 }, () => vietnamDay(drawOfficeTime(random, { ...window, isWorkingDay })).day),
    );
    expect(days.has(2)).toBe(false);
    expect(days.has(7)).toBe(true);
    expect(days.has(1)).toBe(true);
  });

  it("finds the only working day of a long window of days off", () => {
    const only = { year: 2024, month: 6, day: 14 };
    const isWorkingDay = (d: LocalDay) =>
      d.year === only.year && d.month === only.month && d.day === only.day;
    const time = drawOfficeTime(createRandom(7), { ...windowBefore(NOW, 365), isWorkingDay });
    expect(vietnamDay(time)).toEqual(only);
  });

  it("uses custom office hours", () => {
    const officeHours = { morning: [480, 600], afternoon: [840, 900] } as const;
    const random = createRandom(8);
    for (let i = 0; i < 500; i++) {
      const { minutes } = vietnamClock(drawOfficeTime(random, { ...windowBefore(NOW, 14), officeHours }));
      expect((minutes >= 480 && minutes <= 600) || (minutes >= 840 && minutes <= 900)).toBe(true);
    }
  });

  it("answers impossible windows with a typed error naming what is wrong", () => {
    const random = createRandom(9);
    const weekend = {
      from: new Date("2024-11-23T00:00:00+07:00"),
      to: new Date("2024-11-24T23:59:59+07:00"),
    };
    expect(() => drawOfficeTime(random, weekend)).toThrow(SeedInputError);
    expect(() => drawOfficeTime(random, weekend)).toThrow(/no office hours on a working day/);
    const night = { from: new Date("2024-11-20T18:00:00+07:00"), to: new Date("2024-11-21T06:00:00+07:00") };
    expect(() => drawOfficeTime(random, night)).toThrow(/^window:/);
    expect(() => drawOfficeTime(random, { from: NOW, to: daysAfter(NOW, -1) })).toThrow(
      /`from` is after `to`/,
    );
    expect(() => drawOfficeTime(random, { from: new Date("nope"), to: NOW })).toThrow(
      /^from: is not a valid Date/,
    );
    expect(() =>
      drawOfficeTime(random, {
        ...windowBefore(NOW, 7),
        officeHours: { morning: [600, 500], afternoon: [800, 900] },
      }),
    ).toThrow(/^officeHours:/);
    expect(() => drawOfficeTime(random, { ...windowBefore(NOW, 30), isWorkingDay: () => false })).toThrow(
      SeedInputError,
    );
  });
});

describe("time helpers", () => {
  it("checks weekdays in Vietnam time, not UTC", () => {
    // Sunday 17:30 UTC is Monday 00:30 in Vietnam.
    expect(isWeekday(new Date("2024-11-24T17:30:00Z"))).toBe(true);
    // Friday 17:30 UTC is Saturday 00:30 in Vietnam.
    expect(isWeekday(new Date("2024-11-22T17:30:00Z"))).toBe(false);
    expect(vietnamDay(new Date("2024-12-31T17:00:00Z"))).toEqual({ year: 2025, month: 1, day: 1 });
  });

  it("agrees with the platform's calendar over three centuries", () => {
    const random = createRandom(11);
    const first = Date.parse("1900-01-01T00:00:00Z");
    const last = Date.parse("2199-12-31T23:59:59Z");
    for (let i = 0; i < 20_000; i++) {
      const date = new Date(first + Math.floor(random.next() * (last - first)));
      const reference = new Date(date.getTime() + 7 * 3_600_000).toISOString();
      expect(formatVietnamIso(date)).toBe(`${reference.slice(0, 19)}+07:00`);
      expect(vietnamDay(date)).toEqual({
        year: Number(reference.slice(0, 4)),
        month: Number(reference.slice(5, 7)),
        day: Number(reference.slice(8, 10)),
      });
    }
  });

  it("formats in Vietnam time", () => {
    const date = new Date("2024-05-06T01:15:09Z");
    expect(formatVietnamIso(date)).toBe("2024-05-06T08:15:09+07:00");
    expect(formatVietnamDate(date)).toBe("06/05/2024");
    expect(formatVietnamTime(date)).toBe("08:15");
    expect(() => formatVietnamIso(new Date(Number.NaN))).toThrow(SeedInputError);
    expect(() => formatVietnamDate(new Date("+012000-01-01T00:00:00Z"))).toThrow(/^date:/);
  });

  it("draws any instant of a window to the second, and builds windows from a given now", () => {
    const window = windowBefore(NOW, 2);
    expect(NOW.getTime() - window.from.getTime()).toBe(2 * 86_400_000);
    const random = createRandom(10);
    for (let i = 0; i < 200; i++) {
      const time = drawTimeBetween(random, window).getTime();
      expect(time).toBeGreaterThanOrEqual(window.from.getTime());
      expect(time).toBeLessThanOrEqual(NOW.getTime());
      expect(time % 1000).toBe(0);
    }
    expect(() => windowBefore(NOW, 0)).toThrow(/^days:/);
    const sliver = { from: new Date(NOW.getTime() + 1), to: new Date(NOW.getTime() + 500) };
    expect(() => drawTimeBetween(random, sliver)).toThrow(/shorter than one second/);
  });
});
