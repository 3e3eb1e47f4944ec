// Records → the contract's shapes, computed at the store's current time: due dates with open pauses,
// timeliness, allowed actions and etags change as time passes and as records change.
import { allowedActions, dossierStatusId, dueDate, type Timeliness, timeliness } from "@chinhquyenso/core";
import { CURRENT_STEPS } from "../dataset/dossier-texts";
import type {
  ApiDocument,
  ApiDossier,
  ApiFeedback,
  ApiMeeting,
  ApiNotification,
  ApiPersonRef,
  ApiSigningRequest,
  DocumentRecord,
  DossierRecord,
  FeedbackRecord,
  MeetingRecord,
  NotificationRecord,
  SigningRequestRecord,
  UserRecord,
} from "../dataset/types";
import { hashString, isoOf, MINUTE_MS } from "../util";
import { type Principal, recipientOf } from "./principals";
import type { MockStore } from "./store";

export function etagOf(kind: string, id: string, version: number): string {
  return `"${kind}-${hashString(id).toString(36)}-${version}"`;
}

export function personRef(user: UserRecord): ApiPersonRef {
  return { id: user.id, name: user.name, position: user.position, agencyCode: user.agencyCode };
}

export function userRef(store: MockStore, id: string | null): ApiPersonRef | null {
  const user = id === null ? undefined : store.users.get(id);
  return user ? personRef(user) : null;
}

interface DossierClock {
  readonly version: number;
  readonly minute: number;
  readonly dueMs: number | null;
  /** Core's answer: null when there is none (not yet received, refused, withdrawn, no due date). */
  readonly timeliness: Timeliness | null;
}

const clocks = new WeakMap<DossierRecord, DossierClock>();

/** Pauses in core's shape. */
export function corePauses(record: DossierRecord) {
  return record.pauses.map((pause) => ({
    from: new Date(pause.from),
    to: pause.to === null ? null : new Date(pause.to),
    status: pause.status,
  }));
}

/**
 * The due date and timeliness of a dossier now (cached per record version and minute). An open pause pushes
 * the due date until now; dossiers core gives no timeliness (not yet received, refused, withdrawn) have
 * `null`, as the contract allows.
 */
export function dossierClock(store: MockStore, record: DossierRecord): DossierClock {
  const now = store.now();
  const minute = Math.floor(now / MINUTE_MS);
  const cached = clocks.get(record);
  if (cached && cached.version === record.version && cached.minute === minute) return cached;
  const open = record.pauses.some((pause) => pause.to === null);
  const pauses = corePauses(record);
  let dueMs = record.dueMs;
  if (open && record.receivedAt !== null)
    dueMs = Date.parse(
      dueDate(new Date(record.receivedAt), record.duration, {
        calendar: store.calendar,
        pauses,
        now: new Date(now),
      }),
    );
  const value =
    dueMs === null
      ? null
      : timeliness(
          {
            status: record.status,
            dueAt: new Date(dueMs),
            finishedAt: record.finishedAt === null ? null : new Date(record.finishedAt),
            pauses,
          },
          new Date(now),
          { calendar: store.calendar },
        );
  const clock = { version: record.version, minute, dueMs, timeliness: value };
  clocks.set(record, clock);
  return clock;
}

export function dossierEtag(record: DossierRecord): string {
  return etagOf("d", record.code, record.version);
}

export function dossierView(store: MockStore, record: DossierRecord): ApiDossier {
  const clock = dossierClock(store, record);
  const view: ApiDossier = {
    code: record.code,
    procedureCode: record.procedureCode,
    procedureName: record.procedureName,
    caseName: record.caseName,
    agencyCode: record.agencyCode,
    agencyName: record.agencyName,
    fieldName: record.fieldName,
    status: record.status,
    statusId: dossierStatusId(record.status) ?? 1,
    channel: record.channel,
    applicant: record.applicant,
    summary: record.summary,
    submittedAt: isoOf(record.submittedAt),
    receivedAt: record.receivedAt === null ? null : isoOf(record.receivedAt),
    dueAt: clock.dueMs === null ? null : isoOf(clock.dueMs),
    finishedAt: record.finishedAt === null ? null : isoOf(record.finishedAt),
    returnedAt: record.returnedAt === null ? null : isoOf(record.returnedAt),
    timeliness: clock.timeliness,
    pauses: record.pauses.map((pause) => ({
      from: isoOf(pause.from),
      to: pause.to === null ? null : isoOf(pause.to),
      status: pause.status,
    })),
    currentStep: CURRENT_STEPS[record.status] ?? record.status,
    assignee: userRef(store, record.assigneeId),
    allowedActions: [...allowedActions(record.status)],
    etag: dossierEtag(record),
    updatedAt: isoOf(record.updatedAt),
  };
  if (record.representative) view.representative = record.representative;
  if (record.supplementRequest) view.supplementRequest = record.supplementRequest;
  if (record.refusalReason) view.refusalReason = record.refusalReason;
  if (record.result) view.result = record.result;
  return view;
}

export function documentView(record: DocumentRecord): ApiDocument {
  const { version, updatedAtMs, ownerAgencyCode: _owner, ...fields } = record;
  return { ...fields, etag: etagOf("v", record.id, version), updatedAt: isoOf(updatedAtMs) };
}

/** Who opened a request (a civil servant of the data set, or a principal's id), as `caller` sees it. */
function requestedBy(store: MockStore, record: SigningRequestRecord, caller: Principal | undefined) {
  const name =
    store.world.users.find((user) => user.id === record.createdBy)?.name ??
    store.principals.find((principal) => principal.id === record.createdBy)?.name ??
    record.createdBy;
  const callerId = caller ? recipientOf(caller) : store.currentUser.id;
  return { name, isYou: callerId === record.createdBy };
}

export function signingView(
  store: MockStore,
  record: SigningRequestRecord,
  /** Default: the data set's current user (snapshots). */
  caller?: Principal,
): ApiSigningRequest {
  const {
    createdAtMs,
    expiresAtMs,
    completedAtMs,
    confirmAtMs: _confirm,
    outcome: _outcome,
    ownerAgencyCode: _owner,
    createdBy: _createdBy,
    ...fields
  } = record;
  return {
    ...fields,
    items: record.items.map((item) => ({ ...item })),
    createdAt: isoOf(createdAtMs),
    expiresAt: isoOf(expiresAtMs),
    completedAt: completedAtMs === null ? null : isoOf(completedAtMs),
    requestedBy: requestedBy(store, record, caller),
  };
}

export function feedbackView(record: FeedbackRecord): ApiFeedback {
  const {
    createdAtMs,
    updatedAtMs,
    dueAtMs,
    thread: _thread,
    version,
    reporterCitizenId: _reporter,
    open311: _open311,
    ...fields
  } = record;
  return {
    ...fields,
    createdAt: isoOf(createdAtMs),
    updatedAt: isoOf(updatedAtMs),
    dueAt: dueAtMs === null ? null : isoOf(dueAtMs),
    etag: etagOf("f", record.id, version),
  };
}

export function meetingView(record: MeetingRecord): ApiMeeting {
  const { startsAtMs: _starts, endsAtMs: _ends, inviteeId: _invitee, ...fields } = record;
  return fields;
}

export function notificationView(record: NotificationRecord): ApiNotification {
  const { createdAtMs: _created, recipientId: _recipient, ...fields } = record;
  return fields;
}
