import { describe, expect, it } from "vitest";
import { CannotRunError } from "./errors";
import { parseTokens, secretsOf } from "./tokens";

describe("the tokens file", () => {
  it("accepts tokens by principal, the Open311 key, the webhook secret and hints", () => {
    const tokens = parseTokens({
      $comment: "sandbox",
      officer: "sbx-officer",
      citizen: "sbx-citizen",
      webhookSecret: "whsec_abc",
      hints: { signingOtp: "123456" },
    });
    expect(secretsOf(tokens)).toEqual(["sbx-officer", "sbx-citizen", "whsec_abc", "123456"]);
  });

  it.each([
    [[], "the tokens file must be a JSON object of tokens by principal"],
    [{ officer: "a", admin: "b" }, 'the tokens file: unknown key "admin"'],
    [{ officer: "" }, 'the tokens file: "officer" must be a non-empty string'],
    [{ officer: "a", leader: 3 }, 'the tokens file: "leader" must be a non-empty string'],
    [{ leader: "a" }, 'the tokens file has no "officer" token'],
    [{ officer: "a", hints: "otp" }, 'the tokens file: "hints" must be an object'],
  ])("refuses %j with one line", (value, message) => {
    expect(() => parseTokens(value)).toThrow(CannotRunError);
    expect(() => parseTokens(value)).toThrow(message);
  });
});
