import { householdOf } from "../dataset/households";
import type { ApiPerson } from "../dataset/types";
import { notFound } from "../store/problem";
import type { MockStore } from "../store/store";
import type { Resolvers } from "./context";
import { requiredHeaderProblem } from "./input";
import { json } from "./respond";

const people = new WeakMap<MockStore["world"], Map<string, ApiPerson & { citizenId: string }>>();

/** Applicants of the sample dossiers by citizen ID (IDs are synthetic and may repeat: the first one wins). */
function peopleOf(store: MockStore): Map<string, ApiPerson & { citizenId: string }> {
  let index = people.get(store.world);
  if (!index) {
    index = new Map();
    for (const record of store.dossiers.values()) {
      const applicant = record.applicant;
      if (applicant.citizenId && !index.has(applicant.citizenId))
        index.set(applicant.citizenId, applicant as ApiPerson & { citizenId: string });
    }
    people.set(store.world, index);
  }
  return index;
}

export const citizenResolvers: Pick<Resolvers, "citizens.lookupHousehold"> = {
  "citizens.lookupHousehold": async (context) => {
    const { store } = context;
    const reason = context.header("X-Lookup-Reason");
    if (reason === undefined) throw requiredHeaderProblem(context.operation, "X-Lookup-Reason");
    const { citizenId } = await context.json();
    const head = peopleOf(store).get(citizenId);
    // Every lookup is audited, found or not; the audit lives in memory only and is never logged.
    const lookupId = store.nextId("aud");
    store.audit.push({
      lookupId,
      userId: context.user?.id ?? context.principal.id,
      reason,
      at: store.nowIso(),
      found: head !== undefined,
    });
    if (!head) throw notFound("A household for this citizen ID");
    const household = householdOf(head);
    return json("citizens.lookupHousehold", 200, {
      householdId: household.householdId,
      address: head.address ?? "",
      members: household.members,
      lookupId,
    });
  },
};
