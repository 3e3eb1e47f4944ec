// Writes on dossiers, with core's rules: the state machine decides (409 with the allowed actions), the
// deadline engine moves the due date by the pauses, If-Match guards concurrent edits.
import {
  checkTransition,
  DOSSIER_STATUS_LABELS,
  type DossierAction,
  type DossierStatus,
  dueDate,
  feesSettled,
  stopsClock,
} from "@chinhquyenso/core";
import type { components } from "@chinhquyenso/spec";
import { seededAttachments } from "../dataset/attachments";
import type {
  ApiAttachment,
  ApiHistoryEntry,
  ApiPersonRef,
  DossierRecord,
  UserRecord,
} from "../dataset/types";
import type { FieldError } from "../openapi/schema";
import { isoOf } from "../util";
import { dossierRecipients, publishNotification } from "./notify";
import { conflict, field, invalid, ProblemError } from "./problem";
import type { MockStore } from "./store";
import { corePauses, dossierClock, dossierEtag, personRef } from "./views";

type TransitionRequest = components["schemas"]["TransitionRequest"];

/** 428 when If-Match is missing, 412 when it is stale; `*` matches any version. */
export function checkIfMatch(ifMatch: string | undefined, etag: string): void {
  if (ifMatch === undefined || ifMatch === "")
    throw new ProblemError(
      428,
      "if_match_required",
      "Precondition required",
      "Send the resource's etag in If-Match.",
    );
  const candidates = ifMatch.split(",").map((value) => value.trim().replace(/^W\//, ""));
  if (!candidates.includes("*") && !candidates.includes(etag))
    throw new ProblemError(
      412,
      "etag_mismatch",
      "Precondition failed",
      "The resource changed since you read it; read it again and retry with its new etag.",
    );
}

function validateTransition(store: MockStore, body: TransitionRequest): void {
  const errors: FieldError[] = [];
  const action = body.action;
  if ((action === "refuse" || action === "suspend" || action === "withdraw") && !body.reason?.trim())
    errors.push(field("/reason", "required", `A reason is required to ${action.replace("_", " ")}.`));
  if (action === "request_supplement") {
    if (!body.supplement)
      errors.push(field("/supplement", "required", "A supplement request (reason, deadline) is required."));
    else if (Date.parse(body.supplement.deadline) <= store.now())
      errors.push(field("/supplement/deadline", "out_of_range", "The deadline must be in the future."));
  }
  if (body.assigneeId !== undefined && !store.users.has(body.assigneeId))
    errors.push(field("/assigneeId", "unknown_user", "No civil servant has this id."));
  if (errors.length > 0) throw invalid(errors);
}

/** Recomputes the due date from intake, duration and the closed pauses. */
function recomputeDue(store: MockStore, record: DossierRecord): void {
  if (record.receivedAt === null) return;
  const pauses = corePauses(record).filter((pause) => pause.to !== null);
  record.dueMs = Date.parse(
    dueDate(new Date(record.receivedAt), record.duration, { calendar: store.calendar, pauses }),
  );
}

function closePause(record: DossierRecord, at: number): void {
  for (const pause of record.pauses) if (pause.to === null) pause.to = at;
}

/** Applies a transition; returns the updated record. Order: 428/412, then 422, then 409 (state machine). */
export function transitionDossier(
  store: MockStore,
  record: DossierRecord,
  body: TransitionRequest,
  ifMatch: string | undefined,
  user: UserRecord,
): DossierRecord {
  checkIfMatch(ifMatch, dossierEtag(record));
  validateTransition(store, body);
  const check = checkTransition(record.status, body.action);
  if (!check.ok) {
    throw conflict("invalid_transition", check.error.message, {
      currentStatus: record.status,
      allowedActions: [...check.error.allowedActions],
    });
  }
  const now = store.now();
  const from = record.status;
  const action = body.action as DossierAction;
  const wasStopped = stopsClock(from);
  if (wasStopped) closePause(record, now);
  record.status = check.to;
  if (stopsClock(check.to)) record.pauses.push({ from: now, to: null, status: check.to });
  switch (action) {
    case "accept":
      record.receivedAt = now;
      record.assigneeId = user.id;
      break;
    case "refuse":
      record.refusalReason = body.reason ?? null;
      break;
    case "request_supplement":
      if (body.supplement)
        record.supplementRequest = {
          requestedAt: isoOf(now),
          reason: body.supplement.reason,
          items: body.supplement.items ?? [],
          deadline: body.supplement.deadline,
        };
      break;
    case "start_processing":
      record.assigneeId = body.assigneeId ?? user.id;
      break;
    case "finish":
      record.finishedAt = now;
      record.result = {
        number: body.result?.number ?? `${record.code.slice(-4)}/KQ`,
        ...(body.result?.signer ? { signer: body.result.signer } : {}),
        signedAt: isoOf(now),
      };
      break;
    case "return_result":
      record.returnedAt = now;
      break;
    default:
      break;
  }
  if (action === "accept" || wasStopped) recomputeDue(store, record);
  recordChange(store, record, {
    action,
    fromStatus: from,
    toStatus: check.to,
    actor: personRef(user),
    ...(body.comment || body.reason ? { comment: body.comment ?? body.reason } : {}),
    // A supplement request is recorded with what it asks and by when, as the paper form 02 is.
    ...(action === "request_supplement" && body.supplement
      ? { comment: body.comment ?? body.supplement.reason, stepDueAt: body.supplement.deadline }
      : {}),
  });
  if (action === "start_processing" && record.assigneeId !== null) {
    const clock = dossierClock(store, record);
    publishNotification(
      store,
      record.assigneeId,
      "dossier.assigned",
      `Hồ sơ ${record.code} được chuyển đến bạn`,
      record.code,
      {
        dossierCode: record.code,
        procedureName: record.procedureName,
        dueAt: clock.dueMs === null ? null : isoOf(clock.dueMs),
      },
    );
  }
  return record;
}

type HistoryLine = Omit<ApiHistoryEntry, "id" | "at" | "nationalSync" | "fromStatus"> & {
  fromStatus: DossierStatus;
};

/**
 * After a status change: the history line, a new version, the `dossier.status_changed` webhook and the stream
 * event to everyone who may see the dossier (with its due date after the change).
 */
function recordChange(store: MockStore, record: DossierRecord, line: HistoryLine): void {
  const now = store.now();
  const at = isoOf(now);
  record.history.push({ id: `h_${record.history.length + 1}`, at, ...line, nationalSync: "pending" });
  record.version += 1;
  record.updatedAt = now;
  const { action, fromStatus, toStatus } = line;
  store.webhooks.dispatch(
    "dossier.status_changed",
    { dossierCode: record.code, action, fromStatus, toStatus, agencyCode: record.agencyCode },
    at,
  );
  const clock = dossierClock(store, record);
  const data = {
    dossierCode: record.code,
    procedureName: record.procedureName,
    action,
    fromStatus,
    toStatus,
    dueAt: clock.dueMs === null ? null : isoOf(clock.dueMs),
  };
  for (const recipient of dossierRecipients(store, record))
    publishNotification(
      store,
      recipient,
      "dossier.status_changed",
      `Hồ sơ ${record.code}: ${DOSSIER_STATUS_LABELS[toStatus].vi}`,
      record.code,
      data,
    );
}

/**
 * Status 6 ends when nothing is owed any more (core's `feesSettled`): the dossier resumes (core's state machine:
 * `resume` → processing), its payment pause closes and the due date moves by the time spent. Returns whether
 * it resumed; a dossier in any other status, or still owing, is left as it is.
 */
export function resumeWhenFeesSettled(store: MockStore, record: DossierRecord, by: ApiPersonRef): boolean {
  if (record.status !== "awaiting_payment" || !feesSettled(record.fees)) return false;
  const check = checkTransition(record.status, "resume");
  if (!check.ok) return false;
  const from = record.status;
  closePause(record, store.now());
  record.status = check.to;
  recomputeDue(store, record);
  recordChange(store, record, {
    action: "resume",
    fromStatus: from,
    toStatus: check.to,
    actor: by,
    comment: "Đã hoàn thành nghĩa vụ tài chính; tiếp tục xử lý hồ sơ.",
  });
  return true;
}

export function ensureAttachments(store: MockStore, record: DossierRecord): ApiAttachment[] {
  record.attachments ??= seededAttachments(store.datasetOptions.seed, record);
  return record.attachments;
}

export function createApologyLetter(
  store: MockStore,
  record: DossierRecord,
  body: { reason: string; newDueAt: string },
): NonNullable<DossierRecord["apologyLetter"]> {
  const clock = dossierClock(store, record);
  if (clock.timeliness !== "overdue")
    throw conflict(
      "not_overdue",
      `An apology letter is only for overdue dossiers; this one is ${clock.timeliness}.`,
    );
  if (record.apologyLetter) throw conflict("letter_exists", "This dossier already has an apology letter.");
  const newDue = Date.parse(body.newDueAt);
  if (!(newDue > store.now()))
    throw invalid([field("/newDueAt", "out_of_range", "The new due date must be in the future.")]);
  const now = store.now();
  record.apologyLetter = {
    dossierCode: record.code,
    state: "draft",
    reason: body.reason,
    newDueAt: isoOf(newDue),
    createdAt: isoOf(now),
    approvedAt: null,
    fileId: null,
  };
  record.version += 1;
  record.updatedAt = now;
  return record.apologyLetter;
}

export { dossierEtag };
