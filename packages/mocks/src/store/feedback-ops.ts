// 1022 feedback handling: intake, assignment (If-Match guarded), replies and notes that may change the status,
// reopening and the citizen's rating; every change is written to the thread as the platform would.
import {
  canRateFeedback,
  canReopenFeedback,
  dueDate,
  feedbackAcceptsPosts,
  feedbackStatusChangesFrom,
  isFeedbackOpen,
} from "@chinhquyenso/core";
import type { components } from "@chinhquyenso/spec";
import type { ApiPersonRef, ApiThreadEntry, FeedbackRecord } from "../dataset/types";
import type { FieldError } from "../openapi/schema";
import { isoOf } from "../util";
import { checkIfMatch } from "./dossier-ops";
import { publishNotification } from "./notify";
import { conflict, field, invalid } from "./problem";
import type { MockStore } from "./store";
import { altsFor, checkUploads } from "./uploads";
import { etagOf, personRef } from "./views";

type Schemas = components["schemas"];
type Status = Schemas["FeedbackStatus"];

/**
 * How long a citizen may change a rating after first giving it: the sandbox platform's setting (a platform
 * policy, not a rule of law), told to clients per feedback as `ratingChangeableUntil`.
 */
export const RATING_CHANGE_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export const feedbackEtag = (record: FeedbackRecord) => etagOf("f", record.id, record.version);

function touch(store: MockStore, record: FeedbackRecord): number {
  const now = store.now();
  record.version += 1;
  record.updatedAtMs = now;
  return now;
}

function entry(
  store: MockStore,
  at: number,
  author: ApiPersonRef,
  fields: Omit<ApiThreadEntry, "id" | "at" | "author">,
): ApiThreadEntry {
  return { id: store.nextId("te", 6), at: isoOf(at), author, ...fields };
}

function changeStatus(
  store: MockStore,
  record: FeedbackRecord,
  to: Status,
  at: number,
  author: ApiPersonRef,
): void {
  if (record.status === to) return;
  record.thread.push(
    entry(store, at, author, {
      entryType: "activity",
      activity: "status_changed",
      fromStatus: record.status,
      toStatus: to,
    }),
  );
  record.status = to;
}

/** How a feedback came in, when not typed by an officer (an Open311 submission). */
export interface FeedbackIntake {
  /** What the `created` entry says (the answers to the service's questions, the media link). */
  readonly note?: string;
  readonly open311?: FeedbackRecord["open311"];
}

/** Records intake; staff intake belongs to the officer's agency at once, a service's to none yet. */
export function createFeedback(
  store: MockStore,
  body: Schemas["FeedbackCreate"],
  author: ApiPersonRef,
  agencyCode: string | null,
  intake: FeedbackIntake = {},
): FeedbackRecord {
  if (!store.world.feedbackCategories.some((category) => category.code === body.categoryCode))
    throw invalid([
      field(
        "/categoryCode",
        "unknown_category",
        "Not a feedback category (see GET /v1/feedback-categories).",
      ),
    ]);
  const now = store.now();
  const id = store.nextId("fb", 6);
  const record: FeedbackRecord = {
    id,
    code: `PA-${isoOf(now).slice(0, 4)}-${id.slice(3)}`,
    title: body.title,
    description: body.description,
    channel: body.channel,
    categoryCode: body.categoryCode,
    status: "pending_assignment",
    agencyCode,
    assignee: null,
    ...(body.reporter ? { reporter: body.reporter } : {}),
    ...(body.location ? { location: body.location } : {}),
    public: body.public ?? false,
    createdAtMs: now,
    updatedAtMs: now,
    dueAtMs: Date.parse(
      dueDate(new Date(now), { amount: 10, unit: "working_day" }, { calendar: store.calendar }),
    ),
    rating: null,
    thread: [],
    version: 1,
    reporterCitizenId: null,
    ...(intake.open311 ? { open311: intake.open311 } : {}),
  };
  record.thread.push({
    ...entry(store, now, author, { entryType: "activity", activity: "created" }),
    ...(intake.note ? { body: intake.note } : {}),
  });
  store.feedback.set(id, record);
  store.feedbackByCode.set(record.code, record);
  store.webhooks.dispatch(
    "feedback.created",
    { feedbackId: id, code: record.code, channel: record.channel, categoryCode: record.categoryCode },
    isoOf(now),
  );
  return record;
}

export function assignFeedback(
  store: MockStore,
  record: FeedbackRecord,
  body: Schemas["FeedbackAssign"],
  ifMatch: string | undefined,
  author: ApiPersonRef,
): FeedbackRecord {
  checkIfMatch(ifMatch, feedbackEtag(record));
  const errors: FieldError[] = [];
  const assignee = store.users.get(body.assigneeId);
  if (!assignee) errors.push(field("/assigneeId", "unknown_user", "No civil servant has this id."));
  if (
    body.agencyCode !== undefined &&
    !store.world.agencies.some((agency) => agency.code === body.agencyCode)
  )
    errors.push(field("/agencyCode", "unknown_agency", "No agency has this code."));
  if (errors.length > 0 || !assignee) throw invalid(errors);
  if (!isFeedbackOpen(record.status))
    throw conflict("invalid_state", `The feedback is ${record.status}; reopen it before assigning it.`);
  const now = touch(store, record);
  record.assignee = personRef(assignee);
  record.agencyCode = body.agencyCode ?? assignee.agencyCode;
  record.thread.push(
    entry(store, now, author, {
      entryType: "activity",
      activity: "assigned",
      body: `Giao ${assignee.name} xử lý.`,
    }),
  );
  if (body.note)
    record.thread.push(entry(store, now, author, { entryType: "internal_note", body: body.note }));
  changeStatus(store, record, "in_progress", now, author);
  publishNotification(
    store,
    assignee.id,
    "feedback.assigned",
    `Phản ánh ${record.code} được giao cho bạn`,
    record.id,
    {
      feedbackId: record.id,
      title: record.title,
    },
  );
  return record;
}

export interface FeedbackUpdateInput {
  entryType: "public_reply" | "internal_note";
  body: string;
  status?: Status;
  files?: (Blob & { name?: string })[];
  fileAlts?: string[];
}

export async function postFeedbackUpdate(
  store: MockStore,
  record: FeedbackRecord,
  input: FeedbackUpdateInput,
  author: ApiPersonRef,
): Promise<ApiThreadEntry> {
  if (!feedbackAcceptsPosts(record.status))
    throw conflict("invalid_state", "The feedback is closed; reopen it to write in its thread.");
  if (
    input.status !== undefined &&
    input.status !== record.status &&
    !feedbackStatusChangesFrom(record.status).includes(input.status)
  )
    throw conflict(
      "invalid_status_change",
      `A ${record.status} feedback cannot become ${input.status} with an update.`,
    );
  const files = input.files ?? [];
  checkUploads("feedback.postUpdate", files);
  const alts = altsFor(files, input.fileAlts);
  const attachments = [];
  for (const [index, file] of files.entries()) {
    const id = store.nextId("fa");
    const name = file.name || `tep-${id}`;
    const contentType = file.type || "application/octet-stream";
    store.uploads.set(id, { name, contentType, bytes: new Uint8Array(await file.arrayBuffer()) });
    attachments.push({ id, name, contentType, size: file.size, alt: alts[index] ?? null });
  }
  const now = touch(store, record);
  const posted = entry(store, now, author, { entryType: input.entryType, body: input.body, attachments });
  record.thread.push(posted);
  if (input.status !== undefined) changeStatus(store, record, input.status, now, author);
  return posted;
}

export function reopenFeedback(
  store: MockStore,
  record: FeedbackRecord,
  reason: string,
  author: ApiPersonRef,
): FeedbackRecord {
  if (!canReopenFeedback(record.status))
    throw conflict("invalid_state", `The feedback is ${record.status}: it is open already.`);
  const now = touch(store, record);
  record.thread.push(
    entry(store, now, author, { entryType: "activity", activity: "reopened", body: reason }),
  );
  changeStatus(store, record, "in_progress", now, author);
  return record;
}

export function rateFeedback(
  store: MockStore,
  record: FeedbackRecord,
  body: Schemas["FeedbackRatingInput"],
  author: ApiPersonRef,
): FeedbackRecord {
  if (!canRateFeedback(record.status))
    throw conflict(
      "invalid_state",
      `Only resolved or closed feedback can be rated; this one is ${record.status}.`,
    );
  const until = record.ratingChangeableUntil;
  if (record.rating && until && store.now() > Date.parse(until))
    throw conflict("rating_window_closed", "The rating can no longer be changed.");
  const now = touch(store, record);
  record.rating = body.rating;
  record.ratingComment = body.comment?.trim() || null;
  record.ratedAt = isoOf(now);
  // The first rating opens the window; changes inside it do not extend it.
  record.ratingChangeableUntil ??= isoOf(now + RATING_CHANGE_WINDOW_MS);
  record.thread.push(
    entry(store, now, author, {
      entryType: "activity",
      activity: "rated",
      rating: body.rating,
      ...(body.comment ? { body: body.comment } : {}),
    }),
  );
  return record;
}
