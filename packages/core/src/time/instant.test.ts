import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors";
import { toEpochMs, toVietnamIso } from "./instant";

describe("toEpochMs", () => {
  it("is the instant of every accepted form, whatever the host's time zone", () => {
    expect(toEpochMs("2026-03-02T09:00:00+07:00")).toBe(Date.UTC(2026, 2, 2, 2));
    expect(toEpochMs("2026-03-02T02:00:00Z")).toBe(Date.UTC(2026, 2, 2, 2));
    expect(toEpochMs("2026-03-01T21:00:00-05:00")).toBe(Date.UTC(2026, 2, 2, 2));
    // Without an offset: Vietnam time, never the host's; a bare date is midnight in Vietnam.
    expect(toEpochMs("2026-03-02T09:00")).toBe(Date.UTC(2026, 2, 2, 2));
    expect(toEpochMs("2026-03-02")).toBe(Date.UTC(2026, 2, 1, 17));
    expect(toEpochMs("2026-03-02T09:00:00.250+07:00")).toBe(Date.UTC(2026, 2, 2, 2, 0, 0, 250));
    expect(toEpochMs(new Date(Date.UTC(2026, 2, 2, 2)))).toBe(Date.UTC(2026, 2, 2, 2));
  });

  it("agrees with reading the ISO string toVietnamIso writes", () => {
    for (const input of [
      "2024-02-29T23:59:59.999Z",
      "2026-12-31T17:00:00Z",
      "1999-01-01",
      "2027-02-06T07:30",
    ])
      expect(toEpochMs(input)).toBe(Date.parse(toVietnamIso(input)));
  });

  it("writes four-digit years, and reads back what it writes, from year 1 to 9999", () => {
    expect(toVietnamIso("0999-12-31T17:00:00Z")).toBe("1000-01-01T00:00:00+07:00");
    expect(toVietnamIso("0999-12-31T16:59:00Z")).toBe("0999-12-31T23:59:00+07:00");
    expect(toVietnamIso("0001-01-01")).toBe("0001-01-01T00:00:00+07:00");
    // Outside four digits there is nothing to pad: no "00-1".
    expect(toVietnamIso(new Date(Date.UTC(-1, 5, 1)))).toMatch(/^-1-06-01T07:00:00\+07:00$/);
    for (const input of ["0001-01-01T00:00:00Z", "0099-06-15T12:00:00Z", "0999-12-31T16:59:59.5Z"]) {
      expect(toVietnamIso(input)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+07:00$/);
      expect(toEpochMs(toVietnamIso(input))).toBe(toEpochMs(input));
      expect(Date.parse(toVietnamIso(input))).toBe(Date.parse(input));
    }
  });

  it("refuses what is not an instant, naming the field", () => {
    expect(() => toEpochMs("02/03/2026", "dueAt")).toThrow(InvalidInputError);
    expect(() => toEpochMs("02/03/2026", "dueAt")).toThrow(/02\/03\/2026/);
    expect(() => toEpochMs(new Date(Number.NaN))).toThrow(InvalidInputError);
  });
});
