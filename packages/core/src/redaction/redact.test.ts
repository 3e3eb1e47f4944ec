import { describe, expect, it } from "vitest";
import { redact, redactValue } from "./redact";

describe("redact()", () => {
  it.each([
    ["0912345678"],
    ["+84 912 345 678"],
    ["+84912345678"],
    ["(0912) 345 678"],
    ["0 912 345 678"],
    ["84 912 345 678"],
    ["0912.345.678"],
    ["0912-345-678"],
    ["(+84) 912 345 678"],
    ["+84 (0) 912 345 678"],
    ["0912\u00a0345\u00a0678"],
    ["0912\u202f345\u202f678"],
    ["０９１２３４５６７８"],
    ["＋８４ ９１２ ３４５ ６７８"],
    ["0274 3822 123"],
  ])("hides the phone number %j", (phone) => {
    expect(redact(`gọi ${phone} nhé`)).toBe("gọi [number] nhé");
  });

  it("hides citizen ID numbers, inside longer strings too", () => {
    expect(redact("CCCD 074095001234")).toBe("CCCD [number]");
    expect(redact("cmnd:280123456;")).toBe("cmnd:[number];");
    expect(redact("/v1/citizens/abc074095001234xyz")).toBe("/v1/citizens/abc[number]xyz");
  });

  it("hides e-mail addresses and credentials however written", () => {
    expect(redact("gửi an.nguyen87@example.com")).toBe("gửi [email]");
    expect(redact("Authorization: Bearer abc.def-123")).toBe("Authorization: Bearer [redacted]");
    expect(redact("bearer: sk_live_abcdef123")).toBe("bearer: [redacted]");
    expect(redact('{"authorization": "Bearer abc"}')).toBe('{"authorization": "Bearer [redacted]"}');
    expect(redact("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln")).toBe("jwt [redacted]");
  });

  it("replaces secret values of 8+ characters anywhere, and never searches for shorter ones", () => {
    expect(redact("reason: kiểm tra hồ sơ", ["kiểm tra hồ sơ"])).toBe("reason: [redacted]");
    expect(redact("validation_failed", ["t"])).toBe("validation_failed");
    expect(redact("Bearer t", ["t"])).toBe("Bearer [redacted]");
    expect(redact("anything", [""])).toBe("anything");
  });

  it("keeps codes, dates and amounts readable", () => {
    const text =
      "dossier 000.00.00.H29-260115-0001, procedure 1.000656.000.00.00.H29, PA-2026-004512, 20/01/2026 08:30, 1.000.000.000 đồng, req_00000042";
    expect(redact(text)).toBe(text);
  });

  it("is idempotent", () => {
    const once = redact("Bearer abc token=x 0912345678 a@b.vn", ["secret-value"]);
    expect(redact(once, ["secret-value"])).toBe(once);
  });
});

describe("redactValue()", () => {
  it("redacts every string, hides long JSON numbers and keeps the identifying fields", () => {
    const problem = {
      type: "about:blank",
      status: 422,
      code: "validation_failed",
      requestId: "req_074095001234",
      detail: "CCCD 074095001234, sđt 0912 345 678",
      citizenId: 74095001234,
      phone: 912345678,
      otpAttemptsLeft: 2,
      errors: [{ field: "/citizenId", code: "invalid", message: "074095001234" }],
    };
    expect(redactValue(problem, ["t"])).toEqual({
      type: "about:blank",
      status: 422,
      code: "validation_failed",
      requestId: "req_074095001234",
      detail: "CCCD [number], sđt [number]",
      citizenId: "[number]",
      phone: "[number]",
      otpAttemptsLeft: 2,
      errors: [{ field: "/citizenId", code: "invalid", message: "[number]" }],
    });
    expect(redactValue(undefined)).toBeUndefined();
  });
});
