import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors";
import { toVietnamIso } from "../time/instant";
import { formatDate, formatDateTime, formatTime, formatVnd } from "./datetime";
import { formatDeadline } from "./deadline";

// Intl may use narrow or no-break spaces; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("dates and times", () => {
  it("are shown in Vietnam time as dd/MM/yyyy and HH:mm, in every locale", () => {
    expect(formatDate("2026-03-01T20:30:00Z")).toBe("02/03/2026");
    expect(formatTime("2026-03-01T20:30:00Z")).toBe("03:30");
    expect(formatDateTime("2026-03-02T13:05:00+07:00")).toBe("13:05 02/03/2026");
    expect(formatDate(new Date(Date.UTC(2026, 11, 31, 17)))).toBe("01/01/2027");
    expect(formatDate("2026-03-02")).toBe("02/03/2026");
  });

  it("read like the platform's time zone database wherever Vietnam's offset has been +07:00 (since 1975)", () => {
    const intl = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Asia/Ho_Chi_Minh",
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    const byIntl = (date: Date) => {
      const part = Object.fromEntries(intl.formatToParts(date).map(({ type, value }) => [type, value]));
      return `${part.hour}:${part.minute} ${part.day}/${part.month}/${part.year}`;
    };
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1975-07-01T00:00:00Z"),
          max: new Date("2199-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        (date) => {
          expect(formatDateTime(date)).toBe(byIntl(date));
          expect(formatDateTime(date.toISOString())).toBe(byIntl(date));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("show the day and time that toVietnamIso reads, for any four-digit year (one reading of an instant in all of core)", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("0001-01-01T00:00:00Z"),
          max: new Date("9999-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        (date) => {
          const [, year, month, day, hour, minute] =
            /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(toVietnamIso(date)) ?? [];
          expect(formatDateTime(date)).toBe(`${hour}:${minute} ${day}/${month}/${Number(year)}`);
        },
      ),
    );
    // 1960, when the South kept UTC+8: the day is the one every other core function counts.
    expect(formatDateTime("1960-05-01T23:30:00+07:00")).toBe("23:30 01/05/1960");
    expect(formatDate("1960-05-01")).toBe("01/05/1960");
  });

  it("reject what is not a date", () => {
    expect(() => formatDate("02/03/2026")).toThrow(InvalidInputError);
  });
});

describe("formatVnd", () => {
  it("writes đồng the Vietnamese and the English way", () => {
    expect(plain(formatVnd(1_500_000))).toBe("1.500.000 ₫");
    expect(plain(formatVnd(1_500_000, "en"))).toBe("VND 1,500,000");
    expect(plain(formatVnd(0))).toBe("0 ₫");
  });

  it("rejects amounts that are not finite numbers", () => {
    expect(() => formatVnd(Number.NaN)).toThrow(/amount: NaN is not a finite number/);
    expect(() => formatVnd("100" as unknown as number)).toThrow(InvalidInputError);
  });
});

describe("formatDeadline", () => {
  const due = "2026-03-06T09:00:00+07:00"; // Friday

  it("counts working days left up to the due day", () => {
    expect(formatDeadline(due, "2026-03-04T16:00:00+07:00")).toBe("còn 2 ngày làm việc");
    expect(formatDeadline(due, "2026-03-04T16:00:00+07:00", { locale: "en" })).toBe("due in 2 working days");
    expect(formatDeadline(due, "2026-03-05T08:00:00+07:00", { locale: "en" })).toBe("due in 1 working day");
    // Tết 2026: from Friday 13/02 to Monday 23/02 is one working day.
    expect(formatDeadline("2026-02-23T09:00:00+07:00", "2026-02-13T10:00:00+07:00")).toBe(
      "còn 1 ngày làm việc",
    );
  });

  it("says due today on the due day, even after the due hour", () => {
    expect(formatDeadline(due, "2026-03-06T15:00:00+07:00")).toBe("hạn hôm nay");
    expect(formatDeadline(due, "2026-03-06T15:00:00+07:00", { locale: "en" })).toBe("due today");
  });

  it("counts calendar days overdue", () => {
    expect(formatDeadline(due, "2026-03-09T08:00:00+07:00")).toBe("quá hạn 3 ngày");
    expect(formatDeadline(due, "2026-03-07T08:00:00+07:00", { locale: "en" })).toBe("1 day overdue");
    expect(formatDeadline(due, "2026-03-09T08:00:00+07:00", { locale: "en" })).toBe("3 days overdue");
  });

  it("falls back to calendar days for a due date on a day off", () => {
    expect(formatDeadline("2026-03-08T09:00:00+07:00", "2026-03-06T09:00:00+07:00", { locale: "en" })).toBe(
      "due in 2 days",
    );
  });
});
