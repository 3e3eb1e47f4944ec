import { describe, expect, it } from "vitest";
import { classifyError, outcomeUnknown } from "./errors";

describe("classifyError", () => {
  it("reads API errors by status and keeps the request id", () => {
    const apiError = (status: number) =>
      Object.assign(new Error("HTTP"), { name: "ApiError", status, requestId: "req_1" });
    expect(classifyError(apiError(404))).toEqual({ kind: "not_found", requestId: "req_1" });
    expect(classifyError(apiError(409)).kind).toBe("conflict");
    expect(classifyError(apiError(412)).kind).toBe("stale");
    expect(classifyError(apiError(422)).kind).toBe("invalid");
    expect(classifyError(apiError(429)).kind).toBe("rate_limited");
    expect(classifyError(apiError(503)).kind).toBe("server");
    expect(classifyError(apiError(401)).kind).toBe("unauthorized");
    expect(classifyError(apiError(403)).kind).toBe("forbidden");
  });

  it("recognises network failures and timeouts, and anything else as unknown", () => {
    expect(classifyError(Object.assign(new Error("x"), { name: "NetworkError" })).kind).toBe("network");
    expect(classifyError(new TypeError("Failed to fetch")).kind).toBe("network");
    expect(classifyError(Object.assign(new Error("x"), { name: "TimeoutError" })).kind).toBe("timeout");
    expect(classifyError("boom")).toEqual({ kind: "unknown", requestId: undefined });
    expect(classifyError(null).kind).toBe("unknown");
  });
});

describe("outcomeUnknown", () => {
  const status = (value: number) => Object.assign(new Error("x"), { name: "ApiError", status: value });
  it("is true where a write may have happened (network, timeout, 5xx, unknown) and false for a refusal", () => {
    expect(outcomeUnknown(new TypeError("Failed to fetch"))).toBe(true);
    expect(outcomeUnknown(Object.assign(new Error("t"), { name: "TimeoutError" }))).toBe(true);
    expect(outcomeUnknown(status(503))).toBe(true);
    expect(outcomeUnknown(status(409))).toBe(false);
    expect(outcomeUnknown(status(422))).toBe(false);
    expect(outcomeUnknown(status(403))).toBe(false);
  });
});
