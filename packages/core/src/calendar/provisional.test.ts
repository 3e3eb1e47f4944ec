import { describe, expect, it } from "vitest";
import { describeProvisional, PROVISIONAL_LABEL } from "./provisional";

describe("provisional wording", () => {
  it("names the years without a notice, in Vietnamese and English", () => {
    expect(PROVISIONAL_LABEL).toEqual({ vi: "dự kiến", en: "provisional" });
    expect(describeProvisional([2027])).toBe(
      "Chưa có thông báo nghỉ lễ chính thức năm 2027: ngày nghỉ được tính theo quy định của Bộ luật Lao động, nên đây là ngày dự kiến.",
    );
    expect(describeProvisional([2027, 2028], "en")).toBe(
      "No official holiday notice for 2027, 2028 is loaded: its days off are computed from the Labour Code, so this date is provisional.",
    );
    expect(describeProvisional([])).toBe("");
  });
});
