import { describe, expect, it } from "vitest";
import { caseDuration } from "./case-duration";

const cases = [
  { name: "Cấp mới", duration: 5, unit: "working_day" },
  { name: "Cấp lại", duration: 0.5, unit: "working_day" },
];

describe("processing time of a dossier's case", () => {
  it("takes the named case, or the only one, and never guesses among several", () => {
    expect(caseDuration(cases, "Cấp lại")).toEqual({ amount: 0.5, unit: "working_day" });
    expect(caseDuration([cases[0] as (typeof cases)[0]], "Không có")).toEqual({
      amount: 5,
      unit: "working_day",
    });
    expect(caseDuration(cases, undefined)).toBeUndefined();
    expect(caseDuration(null, "Cấp mới")).toBeUndefined();
  });
});
