import { describe, expect, it } from "vitest";
import { buildRequestBody, documentsProblem, formatFingerprint } from "./documents";
import { classifySigningError, SigningError } from "./errors";
import { isRetryable, needsAnotherMethod } from "./failures";
import { intentScope, sessionIntentStore, singleFlight } from "./intent";
import type { SigningIntent } from "./machine";
import { countdownAnnouncement, formatCountdown } from "./useCountdown";

const intent: SigningIntent = {
  key: "3b0f6f56-8a8e-4bd4-9a43-7f1d1f2a6c10",
  method: { provider: "smartca", flow: "remote", confirmation: "app", certificateSerial: "a1" },
  body: {
    provider: "smartca",
    kind: "approval",
    items: [{ source: "document", documentId: "d1", format: "pades" }],
  },
};

describe("error classification", () => {
  it("reads client errors by their problem's errorCode, status and name", () => {
    const apiError = (status: number, problem: object) =>
      Object.assign(new Error("x"), { name: "ApiError", status, problem });
    expect(classifySigningError(apiError(409, { errorCode: "certificate_revoked" }))).toEqual({
      type: "failure",
      failure: { kind: "certificate_revoked" },
    });
    expect(classifySigningError(apiError(409, { errorCode: "wrong_otp", otpAttemptsLeft: 2 }))).toEqual({
      type: "wrong_otp",
      attemptsLeft: 2,
    });
    expect(classifySigningError(apiError(409, { errorCode: "wrong_otp", otpAttemptsLeft: 0 }))).toEqual({
      type: "failure",
      failure: { kind: "otp_attempts_exceeded" },
    });
    expect(classifySigningError(apiError(503, { code: "unavailable" }))).toEqual({
      type: "failure",
      failure: { kind: "provider_unavailable" },
    });
    expect(classifySigningError(apiError(422, { code: "idempotency_key_reused" }))).toEqual({
      type: "failure",
      failure: { kind: "failed", code: "idempotency_key_reused" },
    });
    // 403 and 404 are designed states (not allowed to sign; not found or not the agency's), not raw codes.
    expect(classifySigningError(apiError(403, { code: "insufficient_scope" }))).toEqual({
      type: "failure",
      failure: { kind: "forbidden" },
    });
    expect(classifySigningError(apiError(404, { code: "not_found" }))).toEqual({
      type: "failure",
      failure: { kind: "not_found" },
    });
    expect(classifySigningError(apiError(418, {}))).toEqual({
      type: "failure",
      failure: { kind: "failed", code: "HTTP 418" },
    });
    expect(
      classifySigningError(
        apiError(409, { code: "signing_request_open", openRequestId: "sig_9", documentIds: ["d1"] }),
      ),
    ).toEqual({ type: "open", requestId: "sig_9" });
  });

  it("reads the platform's request_not_pending by what the request ended as, and document_not_awaiting_signature", () => {
    const apiError = (problem: object) =>
      Object.assign(new Error("x"), { name: "ApiError", status: 409, problem });
    const notPending = (requestState?: string) =>
      classifySigningError(
        apiError({ code: "request_not_pending", errorCode: "request_not_pending", requestState }),
      );
    expect(notPending("expired")).toEqual({ type: "failure", failure: { kind: "transaction_expired" } });
    expect(notPending("rejected")).toEqual({ type: "failure", failure: { kind: "user_rejected" } });
    expect(notPending("cancelled")).toEqual({ type: "failure", failure: { kind: "request_not_pending" } });
    expect(notPending("archived")).toEqual({ type: "failure", failure: { kind: "request_not_pending" } });
    expect(notPending()).toEqual({ type: "failure", failure: { kind: "request_not_pending" } });
    expect(
      classifySigningError(
        apiError({ code: "document_not_awaiting_signature", errorCode: "document_not_awaiting_signature" }),
      ),
    ).toEqual({ type: "failure", failure: { kind: "document_not_awaiting_signature" } });
    // Not "sign again" for a document with nothing left to sign; a new request for one that ended.
    expect(isRetryable("document_not_awaiting_signature")).toBe(false);
    expect(needsAnotherMethod("document_not_awaiting_signature")).toBe(false);
    expect(isRetryable("request_not_pending")).toBe(false);
  });

  it("tells network failures and aborts apart from bugs", () => {
    expect(classifySigningError(Object.assign(new Error("x"), { name: "NetworkError" }))).toMatchObject({
      failure: { kind: "network_lost" },
    });
    expect(classifySigningError(new TypeError("Failed to fetch"))).toMatchObject({
      failure: { kind: "network_lost" },
    });
    expect(classifySigningError(new TypeError("x is not a function"))).toMatchObject({
      failure: { kind: "failed", code: "unknown" },
    });
    expect(classifySigningError(new DOMException("stop", "AbortError"))).toEqual({ type: "aborted" });
    expect(classifySigningError(new SigningError("user_rejected"))).toMatchObject({
      failure: { kind: "user_rejected" },
    });
    expect(classifySigningError("a string")).toMatchObject({ failure: { kind: "failed", code: "unknown" } });
  });

  it("never puts provider text in its message", () => {
    expect(new SigningError("vgca_status_7").message).toBe("signing failed: vgca_status_7");
  });
});

describe("intents", () => {
  it("scope the same documents in any order to one intent, per kind", () => {
    expect(intentScope([{ id: "b" }, { id: "a" }], "approval")).toBe(
      intentScope([{ id: "a" }, { id: "b" }], "approval"),
    );
    expect(intentScope([{ id: "a" }], "approval")).not.toBe(intentScope([{ id: "a" }], "issuance"));
    expect(intentScope([{ id: "a", source: "eform" }], "approval")).not.toBe(
      intentScope([{ id: "a" }], "approval"),
    );
  });

  it("survive in sessionStorage and drop a record that cannot be read", () => {
    sessionStorage.clear();
    const store = sessionIntentStore();
    store.set("scope", intent);
    expect(sessionIntentStore().get("scope")).toEqual(intent);
    sessionStorage.setItem("cqs.signing.intent:broken", "{not json");
    expect(store.get("broken")).toBeUndefined();
    expect(sessionStorage.getItem("cqs.signing.intent:broken")).toBeNull();
    sessionStorage.setItem("cqs.signing.intent:short", JSON.stringify({ ...intent, key: "k" }));
    expect(store.get("short")).toBeUndefined();
    store.delete("scope");
    expect(store.get("scope")).toBeUndefined();
  });

  it("share one call per key while it runs", async () => {
    let calls = 0;
    const call = () => {
      calls += 1;
      return new Promise<number>((resolve) => setTimeout(() => resolve(calls), 5));
    };
    const [a, b] = await Promise.all([singleFlight("k", call), singleFlight("k", call)]);
    expect([a, b, calls]).toEqual([1, 1, 1]);
    await singleFlight("k", call);
    expect(calls).toBe(2);
  });
});

describe("documents", () => {
  it("name what makes a list unsignable", () => {
    expect(documentsProblem([])).toBe("empty");
    expect(documentsProblem(undefined)).toBe("empty");
    expect(documentsProblem([{ id: "" }])).toBe("malformed");
    expect(documentsProblem([{ id: "a" }, { id: "a" }])).toBe("duplicate");
    expect(documentsProblem(Array.from({ length: 51 }, (_, i) => ({ id: `d${i}` })))).toBe("too_many");
    expect(documentsProblem([{ id: "a" }, { id: "a", source: "eform" }])).toBeUndefined();
  });

  it("build the request body the intent keeps", () => {
    const body = buildRequestBody(
      [
        { id: "d1", placement: { page: 2, x: 320, y: 120, width: 180, height: 60 } },
        { id: "s1", source: "eform" },
      ],
      "issuance",
      { provider: "vgca", flow: "plugin", confirmation: "pin" },
      "x".repeat(300),
    );
    expect(body).toEqual({
      provider: "vgca",
      kind: "issuance",
      items: [
        {
          source: "document",
          documentId: "d1",
          format: "pades",
          placement: { page: 2, x: 320, y: 120, width: 180, height: 60 },
        },
        { source: "eform", submissionId: "s1", format: "json" },
      ],
      reason: "x".repeat(200),
    });
  });

  it("format a SHA-256 fingerprint, and only that", () => {
    expect(formatFingerprint("ab".repeat(32))).toBe(`${"ABAB ".repeat(15)}ABAB`);
    expect(formatFingerprint("abc")).toBeUndefined();
    expect(formatFingerprint(undefined)).toBeUndefined();
  });
});

describe("countdown", () => {
  it("shows minutes and seconds, and announces only at a few steps", () => {
    expect(formatCountdown(222)).toBe("03:42");
    expect(formatCountdown(0)).toBe("00:00");
    expect(countdownAnnouncement(222)).toEqual({ minutes: 4 });
    expect(countdownAnnouncement(181)).toEqual({ minutes: 4 });
    expect(countdownAnnouncement(180)).toEqual({ minutes: 3 });
    expect(countdownAnnouncement(45)).toEqual({ minutes: 1 });
    expect(countdownAnnouncement(25)).toEqual({ seconds: 30 });
    expect(countdownAnnouncement(9)).toEqual({ seconds: 10 });
    expect(countdownAnnouncement(0)).toBeUndefined();
    const distinct = new Set(
      Array.from({ length: 240 }, (_, s) => JSON.stringify(countdownAnnouncement(s + 1))),
    );
    expect(distinct.size).toBe(6);
  });
});
