// GET requests: GeoReport v2's filters over public feedback — comma-separated lists, `service_request_id`
// overriding everything else, the 90-day window (default and cap), at most 1,000 per answer, `page` and
// `page_size` as the documented extension.
import { type Open311ServiceRequest, toOpen311ServiceRequest, toOpen311Status } from "@chinhquyenso/core";
import type { FeedbackRecord } from "../dataset/types";
import { ProblemError } from "../store/problem";
import type { MockStore } from "../store/store";
import { DAY_MS } from "../util";

/** The widest window `start_date`..`end_date` may span, and the default window. */
export const OPEN311_WINDOW_MS = 90 * DAY_MS;
/** GeoReport v2's limit per answer ("first 1000 requests"), also the largest `page_size`. */
export const OPEN311_MAX_RESULTS = 1000;

export interface Open311ListQuery {
  readonly service_request_id?: readonly string[];
  readonly service_code?: readonly string[];
  readonly start_date?: string;
  readonly end_date?: string;
  readonly status?: readonly ("open" | "closed")[];
  readonly page?: number;
  readonly page_size?: number;
}

const badRequest = (field: string, message: string) =>
  new ProblemError(400, "bad_request", "Bad request", `${field} ${message}`, {
    errors: [{ field: `query/${field}`, code: "invalid_value", message }],
  });

/** The public request of a feedback (its category and agency names looked up). */
export function open311Request(store: MockStore, record: FeedbackRecord): Open311ServiceRequest {
  const category = store.world.feedbackCategories.find((item) => item.code === record.categoryCode);
  // Every feedback has a category of the seed or one checked at intake: a missing one is a bug (500).
  if (!category) throw new Error(`feedback ${record.id} has an unknown category`);
  const agency = store.world.agencies.find((item) => item.code === record.agencyCode);
  const lastReply = [...record.thread].reverse().find((entry) => entry.entryType === "public_reply");
  return toOpen311ServiceRequest({
    id: record.code,
    status: record.status,
    createdAt: new Date(record.createdAtMs),
    updatedAt: new Date(record.updatedAtMs),
    dueAt: record.dueAtMs === null ? null : new Date(record.dueAtMs),
    categoryCode: record.categoryCode,
    categoryName: category.name,
    description: record.description,
    statusNotes: lastReply?.body ?? null,
    agencyName: agency?.name ?? null,
    address: record.open311 ? record.open311.address : (record.location?.address ?? null),
    addressId: record.open311?.addressId ?? null,
    lat: record.location?.lat ?? null,
    lng: record.location?.long ?? null,
    mediaUrl: record.open311?.mediaUrl ?? null,
  });
}

/** The requested_datetime window: 90 days by default, anchored on whichever bound is given; never wider. */
function windowOf(store: MockStore, query: Open311ListQuery): { from: number; to: number } {
  const start = query.start_date === undefined ? undefined : Date.parse(query.start_date);
  const end = query.end_date === undefined ? undefined : Date.parse(query.end_date);
  if (start !== undefined && end !== undefined) {
    if (end < start) throw badRequest("end_date", "must not be before start_date");
    if (end - start > OPEN311_WINDOW_MS)
      throw badRequest("end_date", "must be at most 90 days after start_date (GeoReport v2)");
    return { from: start, to: end };
  }
  if (start !== undefined) return { from: start, to: start + OPEN311_WINDOW_MS };
  const to = end ?? store.now();
  return { from: to - OPEN311_WINDOW_MS, to };
}

/** Public requests for a GET requests query, newest first. */
export function listOpen311Requests(store: MockStore, query: Open311ListQuery): Open311ServiceRequest[] {
  const isPublic = (record: FeedbackRecord | undefined): record is FeedbackRecord => record?.public === true;
  const ids = query.service_request_id ?? [];
  if (ids.length > 0) {
    // v2: service_request_id overrides every other argument. Unknown and non-public ids are left out.
    const found = [...new Set(ids)].map((id) => store.feedbackByCode.get(id)).filter(isPublic);
    return found.sort((a, b) => b.createdAtMs - a.createdAtMs).map((record) => open311Request(store, record));
  }
  const { from, to } = windowOf(store, query);
  const codes = query.service_code ?? [];
  const statuses = query.status ?? [];
  const matching = [...store.feedback.values()]
    .filter(isPublic)
    .filter((record) => record.createdAtMs >= from && record.createdAtMs <= to)
    .filter((record) => codes.length === 0 || codes.includes(record.categoryCode))
    .filter((record) => statuses.length === 0 || statuses.includes(toOpen311Status(record.status)))
    .sort((a, b) => b.createdAtMs - a.createdAtMs);
  const size = query.page_size ?? OPEN311_MAX_RESULTS;
  const first = ((query.page ?? 1) - 1) * size;
  return matching.slice(first, first + size).map((record) => open311Request(store, record));
}
