import { describe, expect, it } from "vitest";
import { isSigningPending } from "../signing/enums";
import { compareSecrecy, compareUrgency } from "./enums";

describe("document sort orders", () => {
  it("put the most urgent first and unknown values last", () => {
    const urgencies = ["normal", "flash", "mystery", "urgent", "very_urgent", "normal"];
    expect(urgencies.sort(compareUrgency)).toEqual([
      "flash",
      "very_urgent",
      "urgent",
      "normal",
      "normal",
      "mystery",
    ]);
  });

  it("put the most secret first and unknown values last", () => {
    const levels = ["confidential", "unknown", "top_secret", "normal", "secret"];
    expect(levels.sort(compareSecrecy)).toEqual([
      "top_secret",
      "secret",
      "confidential",
      "normal",
      "unknown",
    ]);
  });
});

describe("signing states", () => {
  it("are pending only while awaiting the signer", () => {
    expect(isSigningPending("awaiting_user")).toBe(true);
    expect(isSigningPending("completed")).toBe(false);
    expect(isSigningPending("queued_in_v3")).toBe(false);
  });
});
