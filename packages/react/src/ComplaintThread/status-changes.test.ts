import { describe, expect, it } from "vitest";
import { acceptsPosts, canAssign, canReopen, statusChangesFrom } from "./status-changes";

describe("status changes", () => {
  it("offers the DIGIT PGR moves with a reply", () => {
    expect(statusChangesFrom("in_progress")).toEqual(["resolved", "rejected"]);
    expect(statusChangesFrom("resolved")).toEqual(["closed"]);
    expect(statusChangesFrom("closed")).toEqual([]);
    expect(statusChangesFrom("escalated")).toEqual([]);
    expect(statusChangesFrom("toString")).toEqual([]);
  });

  it("assigns open reports, reopens finished ones, and takes no posts when closed", () => {
    expect([canAssign("pending_assignment"), canAssign("resolved")]).toEqual([true, false]);
    expect([canReopen("closed"), canReopen("in_progress"), canReopen(undefined)]).toEqual([
      true,
      false,
      false,
    ]);
    expect([acceptsPosts("closed"), acceptsPosts("resolved"), acceptsPosts("escalated")]).toEqual([
      false,
      true,
      true,
    ]);
  });
});
