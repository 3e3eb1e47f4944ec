// Which records a principal may see — the contract's `x-record-scope` rules, in one place. `agency` records:
// staff see their agency's, a service account every agency's (or its one agency's), a citizen their own. `own`
// records belong to one principal. Out of reach is indistinguishable from missing: 404, and left out of lists.
import type {
  ApiThreadEntry,
  DocumentRecord,
  DossierRecord,
  FeedbackRecord,
  MeetingRecord,
  NotificationRecord,
  SigningRequestRecord,
} from "../dataset/types";
import { type Principal, recipientOf } from "./principals";

/** Whether the principal reaches records of `agencyCode` (null: not yet routed to any agency). */
export function reachesAgency(principal: Principal, agencyCode: string | null): boolean {
  if (principal.unrestricted) return true;
  switch (principal.kind) {
    case "citizen":
      return false;
    case "service":
      return principal.agencyCode === null || principal.agencyCode === agencyCode;
    default:
      return agencyCode !== null && agencyCode === principal.agencyCode;
  }
}

export function canSeeDossier(principal: Principal, record: DossierRecord): boolean {
  if (principal.kind === "citizen" && !principal.unrestricted)
    return (
      principal.citizenId !== null &&
      (record.applicant.citizenId === principal.citizenId ||
        record.representative?.citizenId === principal.citizenId)
    );
  return reachesAgency(principal, record.agencyCode);
}

export const canSeeDocument = (principal: Principal, record: DocumentRecord) =>
  reachesAgency(principal, record.ownerAgencyCode);

export const canSeeSigningRequest = (principal: Principal, record: SigningRequestRecord) =>
  reachesAgency(principal, record.ownerAgencyCode);

export function canSeeFeedback(principal: Principal, record: FeedbackRecord): boolean {
  if (principal.kind === "citizen" && !principal.unrestricted)
    return principal.citizenId !== null && record.reporterCitizenId === principal.citizenId;
  return reachesAgency(principal, record.agencyCode ?? null);
}

/** A notification without a recipient is the data set's current user's (`currentUserId`). */
export const ownsNotification = (principal: Principal, record: NotificationRecord, currentUserId: string) =>
  (record.recipientId ?? currentUserId) === recipientOf(principal);

/** A meeting without an invitee is the data set's current user's (`currentUserId`). */
export const isInvited = (principal: Principal, record: MeetingRecord, currentUserId: string) =>
  (record.inviteeId ?? currentUserId) === recipientOf(principal);

/** Whether the principal sees internal notes and internal routing: staff and service accounts do, citizens not. */
export const seesInternal = (principal: Principal) => principal.kind !== "citizen" || principal.unrestricted;

/**
 * What a citizen may read of a thread: public replies and activity other than `assigned` (internal routing).
 * Internal notes are for staff only.
 */
export function isPublicEntry(entry: Pick<ApiThreadEntry, "entryType" | "activity">): boolean {
  if (entry.entryType === "public_reply") return true;
  return entry.entryType === "activity" && entry.activity !== "assigned";
}
