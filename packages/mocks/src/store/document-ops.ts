// Decree 30 handling of incoming documents: assignment to one lead and any supporting handlers (If-Match
// guarded), and completion of the user's own part.
import type { components } from "@chinhquyenso/spec";
import type { DocumentRecord, UserRecord } from "../dataset/types";
import type { FieldError } from "../openapi/schema";
import { isoOf } from "../util";
import { checkIfMatch } from "./dossier-ops";
import { conflict, field, invalid } from "./problem";
import type { MockStore } from "./store";
import { etagOf, personRef } from "./views";

type DocumentAssign = components["schemas"]["DocumentAssign"];

const ASSIGNABLE: readonly DocumentRecord["state"][] = ["received", "registered", "assigned", "in_progress"];

export const documentEtag = (record: DocumentRecord) => etagOf("v", record.id, record.version);

export function assignDocument(
  store: MockStore,
  record: DocumentRecord,
  body: DocumentAssign,
  ifMatch: string | undefined,
): DocumentRecord {
  checkIfMatch(ifMatch, documentEtag(record));
  const errors: FieldError[] = [];
  const leads = body.assignments.filter((item) => item.role === "lead").length;
  if (leads !== 1)
    errors.push(field("/assignments", "one_lead", `Exactly one lead (chủ trì) is required, got ${leads}.`));
  body.assignments.forEach((item, index) => {
    if (!store.users.has(item.assigneeId))
      errors.push(field(`/assignments/${index}/assigneeId`, "unknown_user", "No civil servant has this id."));
  });
  if (errors.length > 0) throw invalid(errors);
  if (record.direction !== "incoming" || !ASSIGNABLE.includes(record.state))
    throw conflict(
      "invalid_state",
      `A ${record.direction} document that is ${record.state} cannot be assigned.`,
    );
  const now = store.now();
  record.assignments = body.assignments.map((item) => ({
    role: item.role,
    assignee: personRef(store.users.get(item.assigneeId) as UserRecord),
    ...((item.instruction ?? body.instruction) ? { instruction: item.instruction ?? body.instruction } : {}),
    dueAt: item.dueAt ?? null,
    assignedAt: isoOf(now),
    completedAt: null,
  }));
  record.state = "assigned";
  record.version += 1;
  record.updatedAtMs = now;
  return record;
}

export function completeDocument(
  store: MockStore,
  record: DocumentRecord,
  user: UserRecord,
  ifMatch: string | undefined,
): DocumentRecord {
  checkIfMatch(ifMatch, documentEtag(record));
  if (record.state !== "assigned" && record.state !== "in_progress")
    throw conflict(
      "invalid_state",
      `The document is ${record.state}; only an assigned or in-progress document can be completed.`,
    );
  const mine = record.assignments.filter((item) => item.assignee.id === user.id && !item.completedAt);
  if (mine.length === 0) throw conflict("not_assigned", "You have no open assignment on this document.");
  const now = store.now();
  for (const assignment of mine) assignment.completedAt = isoOf(now);
  record.state = mine.some((item) => item.role === "lead") ? "completed" : "in_progress";
  record.version += 1;
  record.updatedAtMs = now;
  return record;
}
