import { describe, expect, it } from "vitest";
import { citizenDueNote, citizenNextStep } from "../dossier/citizen-status";
import {
  awaitsConfirmation,
  describeVnd,
  feesSettled,
  isAssessedByTaxAuthority,
  isFinalPaymentState,
  paymentPhase,
  vndAmountProblem,
} from "./rules";

describe("payment states", () => {
  it("reads each state's phase, and an unknown one as unknown", () => {
    expect(paymentPhase("pending")).toBe("open");
    expect(paymentPhase("paid")).toBe("settled");
    expect(paymentPhase("expired")).toBe("ended");
    expect(paymentPhase("refunded")).toBe("returned");
    expect(paymentPhase("chargeback")).toBe("unknown");
    expect(paymentPhase("constructor")).toBe("unknown");
    expect(isFinalPaymentState("paid")).toBe(false);
    expect(isFinalPaymentState("failed")).toBe(true);
    expect(isFinalPaymentState("brand_new")).toBe(false);
  });

  it("awaits confirmation only when the platform says paid and the request is still pending", () => {
    expect(awaitsConfirmation({ state: "pending", platform: { state: "paid" } })).toBe(true);
    expect(awaitsConfirmation({ state: "pending", platform: { state: "pending" } })).toBe(false);
    expect(awaitsConfirmation({ state: "paid", platform: { state: "paid" } })).toBe(false);
    expect(awaitsConfirmation({ state: "pending", platform: null })).toBe(false);
  });

  it("knows which obligations the tax authority assesses", () => {
    expect(isAssessedByTaxAuthority("land_use_levy")).toBe(true);
    expect(isAssessedByTaxAuthority("registration_fee")).toBe(true);
    expect(isAssessedByTaxAuthority("fee")).toBe(false);
    expect(isAssessedByTaxAuthority("surprise")).toBe(false);
  });
});

describe("fees settled (a dossier awaiting payment may resume)", () => {
  it("only when there are fees and none is unpaid or pending", () => {
    expect(feesSettled([{ state: "paid" }, { state: "waived" }])).toBe(true);
    expect(feesSettled([{ state: "paid" }, { state: "refunded" }])).toBe(true);
    expect(feesSettled([{ state: "paid" }, { state: "pending" }])).toBe(false);
    expect(feesSettled([{ state: "unpaid" }])).toBe(false);
    expect(feesSettled([])).toBe(false);
  });
});

describe("VND amounts from the wire", () => {
  it.each([
    [20000, null],
    [0, null],
    [-1, "negative"],
    [1500.5, "not_integer"],
    [Number.NaN, "not_a_number"],
    ["20000", "not_a_number"],
    [null, "not_a_number"],
    [Number.POSITIVE_INFINITY, "too_large"],
    [2 ** 60, "too_large"],
  ])("%s → %s", (value, problem) => {
    expect(vndAmountProblem(value)).toBe(problem);
  });

  it("formats a valid amount and refuses an invalid one without throwing", () => {
    expect(describeVnd(1500000, "vi")).toEqual({ ok: true, text: "1.500.000\u00a0₫" });
    expect(describeVnd(1500000, "en")).toEqual({ ok: true, text: "VND\u00a01,500,000" });
    expect(describeVnd(-5, "vi")).toEqual({ ok: false, problem: "negative" });
  });
});

describe("citizen-facing status", () => {
  it("names the next step for supplement, payment and a result waiting", () => {
    expect(citizenNextStep("awaiting_supplement")).toBe("supplement");
    expect(citizenNextStep("awaiting_payment")).toBe("pay");
    expect(citizenNextStep("finished")).toBe("collect_result");
    expect(citizenNextStep("processing")).toBe("none");
    expect(citizenNextStep("brand_new")).toBe("none");
  });

  it("explains the date by the clock", () => {
    const dueAt = "2026-01-26T17:00:00+07:00";
    expect(citizenDueNote({ status: "processing", dueAt })).toBe("appointment");
    expect(citizenDueNote({ status: "awaiting_payment", dueAt })).toBe("paused");
    expect(citizenDueNote({ status: "withdrawn", dueAt })).toBe("closed");
    expect(citizenDueNote({ status: "returned", dueAt, returnedAt: dueAt })).toBe("returned");
    expect(citizenDueNote({ status: "registered", dueAt: null })).toBe("none");
    expect(citizenDueNote({ status: "brand_new", dueAt })).toBe("appointment");
  });
});
