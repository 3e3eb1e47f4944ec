import { describe, expect, it } from "vitest";
import { DOSSIER_STATUSES, type DossierStatus, isFinishedStatus } from "./status";
import {
  allowedActions,
  canTransition,
  checkTransition,
  commonActions,
  DOSSIER_ACTIONS,
  DOSSIER_TRANSITIONS,
  IllegalTransitionError,
  nextStatus,
  transitionInputs,
} from "./transitions";

// The whole machine, written out once more by hand: any change to the data must change this table too.
const EXPECTED: Record<DossierStatus, Partial<Record<string, DossierStatus>>> = {
  registered: { accept: "received", refuse: "refused", withdraw: "withdrawn" },
  received: {
    request_supplement: "awaiting_supplement",
    request_payment: "awaiting_payment",
    start_processing: "processing",
    suspend: "suspended",
    finish: "finished",
    withdraw: "withdrawn",
  },
  refused: {},
  processing: {
    request_supplement: "awaiting_supplement",
    request_payment: "awaiting_payment",
    suspend: "suspended",
    finish: "finished",
    withdraw: "withdrawn",
  },
  awaiting_supplement: { suspend: "suspended", resume: "processing", withdraw: "withdrawn" },
  awaiting_payment: { suspend: "suspended", resume: "processing", withdraw: "withdrawn" },
  withdrawn: {},
  suspended: { resume: "processing", withdraw: "withdrawn" },
  finished: { return_result: "returned" },
  returned: {},
};

describe("the dossier state machine", () => {
  it("allows exactly the expected transitions", () => {
    for (const status of DOSSIER_STATUSES) {
      for (const action of DOSSIER_ACTIONS) {
        const to = EXPECTED[status][action];
        expect(canTransition(status, action), `${status} --${action}-->`).toBe(to !== undefined);
        if (to === undefined) expect(() => nextStatus(status, action)).toThrow(IllegalTransitionError);
        else expect(nextStatus(status, action)).toBe(to);
      }
      expect(allowedActions(status)).toEqual(DOSSIER_ACTIONS.filter((action) => EXPECTED[status][action]));
    }
  });

  it("reaches every status from registration, and a final status from every status", () => {
    const reachable = new Set<DossierStatus>(["registered"]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const status of reachable) {
        for (const action of allowedActions(status)) {
          const to = DOSSIER_TRANSITIONS[action].to;
          if (!reachable.has(to)) {
            reachable.add(to);
            changed = true;
          }
        }
      }
    }
    expect([...reachable].sort()).toEqual([...DOSSIER_STATUSES].sort());
    const final = DOSSIER_STATUSES.filter((status) => allowedActions(status).length === 0);
    expect(final).toEqual(["refused", "withdrawn", "returned"]);
    expect(DOSSIER_STATUSES.filter((status) => isFinishedStatus(status))).toContain("returned");
  });

  it("explains an illegal transition with the allowed actions", () => {
    const check = checkTransition("registered", "finish");
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.error).toMatchObject({
      code: "illegal_transition",
      status: "registered",
      action: "finish",
      allowedActions: ["accept", "refuse", "withdraw"],
    });
    expect(check.error.message).toBe(
      'cannot "finish" a dossier that is "registered": "finish" applies to received, processing; ' +
        'from "registered" the allowed actions are accept, refuse, withdraw',
    );
    expect(() => nextStatus("returned", "withdraw")).toThrow('"returned" is final: no action applies');
  });

  it("reports unknown statuses and actions without throwing from the predicates", () => {
    expect(allowedActions("archived")).toEqual([]);
    expect(canTransition("archived", "accept")).toBe(false);
    expect(canTransition("registered", "approve")).toBe(false);
    expect(checkTransition("archived", "accept")).toMatchObject({
      ok: false,
      error: { code: "unknown_status" },
    });
    expect(checkTransition("registered", "approve")).toMatchObject({
      ok: false,
      error: { code: "unknown_action" },
    });
    expect(checkTransition("received", "start_processing")).toEqual({ ok: true, to: "processing" });
  });

  it("offers bulk actions common to a whole selection", () => {
    expect(commonActions(["received", "processing"])).toEqual([
      "request_supplement",
      "request_payment",
      "suspend",
      "finish",
      "withdraw",
    ]);
    expect(commonActions(["awaiting_supplement", "suspended"])).toEqual(["resume", "withdraw"]);
    expect(commonActions(["registered", "returned"])).toEqual([]);
    expect(commonActions([])).toEqual([]);
  });
});

describe("what a transition must carry", () => {
  it("asks a reason to refuse, suspend, withdraw or request a supplement, and a deadline for the last", () => {
    const needing = DOSSIER_ACTIONS.filter((action) => transitionInputs(action).reason);
    expect(needing).toEqual(["refuse", "request_supplement", "suspend", "withdraw"]);
    expect(DOSSIER_ACTIONS.filter((action) => transitionInputs(action).deadline)).toEqual([
      "request_supplement",
    ]);
    expect(transitionInputs("not_an_action")).toEqual({ reason: false, deadline: false });
  });
});
