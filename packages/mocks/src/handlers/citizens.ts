import { type HouseholdField, maskAddress, maskBirthDate, maskCitizenId } from "@chinhquyenso/core";
import { householdOf } from "../dataset/households";
import type { ApiPerson } from "../dataset/types";
import { field, invalid, notFound, ProblemError } from "../store/problem";
import type { AuditRecord, MockStore } from "../store/store";
import type { Resolvers } from "./context";
import { requiredHeaderProblem } from "./input";
import { paginate } from "./pagination";
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

type FoundHousehold = { address: string; members: ReturnType<typeof householdOf>["members"] };

// The full result of each found lookup, in memory for its reveals only: never listed, never logged.
const results = new WeakMap<MockStore["world"], Map<string, FoundHousehold>>();
function resultsOf(store: MockStore): Map<string, FoundHousehold> {
  const map = results.get(store.world) ?? new Map<string, FoundHousehold>();
  results.set(store.world, map);
  return map;
}

/** The result as it leaves the platform: address, citizen IDs and birth dates masked (core's masks). */
function maskedHousehold(found: FoundHousehold) {
  return {
    address: maskAddress(found.address),
    members: found.members.map((member) => ({
      ...member,
      citizenId: maskCitizenId(member.citizenId),
      ...(member.birthDate === undefined ? {} : { birthDate: maskBirthDate(member.birthDate) }),
    })),
  };
}

/** One field of a found lookup in full, as a reveal answers it. */
function fullValue(found: FoundHousehold, field: HouseholdField, memberIndex: number | null): string {
  if (field === "address") return found.address;
  const member = found.members[memberIndex ?? -1];
  return (field === "citizenId" ? member?.citizenId : member?.birthDate) ?? "";
}

/** 429 once the principal made `max` lookups in the window; `retryAfter` is when the oldest leaves it. */
function checkLookupRate(store: MockStore, principalId: string): void {
  const { max, windowSeconds } = store.lookupRateLimit;
  const since = store.now() - windowSeconds * 1000;
  const recent = store.audit.filter(
    (entry) => entry.kind === "lookup" && entry.principalId === principalId && Date.parse(entry.at) > since,
  );
  if (recent.length < max) return;
  const oldest = Math.min(...recent.map((entry) => Date.parse(entry.at)));
  const retryAfter = Math.max(1, Math.ceil((oldest + windowSeconds * 1000 - store.now()) / 1000));
  throw new ProblemError(
    429,
    "rate_limited",
    "Too many requests",
    `At most ${max} household lookups in ${windowSeconds / 60} minutes.`,
    { retryAfter },
    { "retry-after": String(retryAfter), ratelimit: `"lookups";r=0;t=${retryAfter}` },
  );
}

/** An audit record as the contract shows it (no principal, no counts). */
function auditView(entry: AuditRecord) {
  return {
    id: entry.id,
    kind: entry.kind,
    lookupId: entry.lookupId,
    at: entry.at,
    reason: entry.reason,
    purpose: entry.purpose,
    subject: entry.subject,
    found: entry.found,
    field: entry.field,
    memberIndex: entry.memberIndex,
  };
}

type CitizenOperations = "citizens.lookupHousehold" | "citizens.lookupAudit" | "citizens.recordReveal";

export const citizenResolvers: Pick<Resolvers, CitizenOperations> = {
  "citizens.lookupHousehold": async (context) => {
    const { store } = context;
    const reason = context.header("X-Lookup-Reason");
    if (reason === undefined) throw requiredHeaderProblem(context.operation, "X-Lookup-Reason");
    const purpose = context.header("X-Lookup-Purpose") ?? null;
    const { citizenId } = await context.json();
    checkLookupRate(store, context.principal.id);
    const head = peopleOf(store).get(citizenId);
    const household = head ? householdOf(head) : undefined;
    // Every lookup is audited, found or not; the audit lives in memory only and is never logged.
    const lookupId = store.nextId("aud");
    store.audit.push({
      id: lookupId,
      kind: "lookup",
      lookupId,
      principalId: context.principal.id,
      userId: context.user?.id ?? context.principal.id,
      reason,
      purpose,
      subject: maskCitizenId(citizenId),
      at: store.nowIso(),
      found: household !== undefined,
      field: null,
      memberIndex: null,
      memberCount: household?.members.length ?? 0,
    });
    if (!head || !household) throw notFound("A household for this citizen ID");
    const found = { address: head.address ?? "", members: household.members };
    resultsOf(store).set(lookupId, found);
    return json("citizens.lookupHousehold", 200, {
      householdId: household.householdId,
      ...maskedHousehold(found),
      masked: true,
      lookupId,
    });
  },
  "citizens.lookupAudit": ({ store, query, principal }) => {
    const own = store.audit.filter((entry) => entry.principalId === principal.id).reverse();
    const { cursor, limit } = query;
    const page = paginate(own, { cursor, limit, query: {} });
    return json("citizens.lookupAudit", 200, {
      items: page.items.map(auditView),
      nextCursor: page.nextCursor,
    });
  },
  "citizens.recordReveal": async (context) => {
    const { store, path, principal } = context;
    // Another principal's lookup is unknown here, exactly as one that does not exist.
    const lookup = store.audit.find(
      (entry) =>
        entry.kind === "lookup" && entry.lookupId === path.lookupId && entry.principalId === principal.id,
    );
    if (!lookup?.found) throw notFound(`Lookup ${path.lookupId}`);
    const body = await context.json();
    const memberIndex = body.memberIndex ?? null;
    if (body.field === "address" && memberIndex !== null)
      throw invalid([field("/memberIndex", "not_allowed", "must be null for the household's address")]);
    if (body.field !== "address" && (memberIndex === null || memberIndex >= lookup.memberCount))
      throw invalid([
        field(
          "/memberIndex",
          "out_of_range",
          `must name a member of the result (0–${lookup.memberCount - 1})`,
        ),
      ]);
    const entry: AuditRecord = {
      ...lookup,
      id: store.nextId("aud"),
      kind: "reveal",
      at: store.nowIso(),
      field: body.field,
      memberIndex,
    };
    store.audit.push(entry);
    // Recorded first, then answered: the full value exists in this response only.
    const found = resultsOf(store).get(lookup.lookupId);
    if (!found) throw notFound(`Lookup ${path.lookupId}`);
    return json("citizens.recordReveal", 201, {
      ...auditView(entry),
      value: fullValue(found, body.field, memberIndex),
    });
  },
};
