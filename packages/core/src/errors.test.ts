import { describe, expect, it } from "vitest";
import {
  CalendarCoverageError,
  CoreError,
  describeValue,
  InvalidInputError,
  UnknownValueError,
} from "./errors";

describe("errors", () => {
  it("carry a stable code and their class name", () => {
    const error = new InvalidInputError("invalid_date", "receivedAt", "is wrong");
    expect(error).toBeInstanceOf(CoreError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: "InvalidInputError", code: "invalid_date", field: "receivedAt" });
    expect(error.message).toBe("receivedAt: is wrong");
    expect(new CalendarCoverageError(2027, [2026]).message).toMatch(/GET \/v1\/holidays\?year=2027/);
    expect(new UnknownValueError("feedback status", "x", ["a", "b"]).message).toBe(
      'unknown feedback status "x" (known: a, b)',
    );
  });

  it("never quote citizen ID or phone numbers", () => {
    expect(describeValue("CCCD 079123456789")).toBe('"CCCD [number]"');
    expect(describeValue("CMND 123456789")).toBe('"CMND [number]"');
    expect(describeValue("call 0912 345 678 or +84912345678")).toBe('"call [number] or [number]"');
    expect(describeValue("2026-03-02")).toBe('"2026-03-02"');
    expect(describeValue("Hồ sơ ".repeat(20))).toHaveLength(62);
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue({ secret: 1 })).toBe("a value of type object");
  });
});
