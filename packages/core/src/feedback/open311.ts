import { InvalidInputError, UnknownValueError } from "../errors";
import { type InstantInput, toVietnamIso } from "../time/instant";
import { FEEDBACK_OPEN311_STATUS, FEEDBACK_STATUSES, type FeedbackStatus } from "./enums";
import { toOpen311Description } from "./open311-text";

/** The feedback fields the Open311 mapping reads; the API's feedback type satisfies it structurally. */
export interface FeedbackOpen311Input {
  readonly id: string;
  readonly status: FeedbackStatus | (string & {});
  readonly createdAt: InstantInput;
  /** Missing or null becomes `createdAt`: GeoReport v2 always has an `updated_datetime`. */
  readonly updatedAt?: InstantInput | null | undefined;
  /** When the agency expects to resolve it. */
  readonly dueAt?: InstantInput | null | undefined;
  /** The feedback category: GeoReport v2's service (`service_code`, `service_name`) — both required. */
  readonly categoryCode: string;
  readonly categoryName: string;
  /**
   * Missing or null becomes "" (GeoReport v2 lets a request have no description). Markup is removed and text
   * over 4,000 characters is cut (GeoReport v2: plain text, at most 4,000 characters).
   */
  readonly description?: string | null | undefined;
  /** The latest public reply or status explanation — never an internal note. */
  readonly statusNotes?: string | null | undefined;
  readonly agencyName?: string | null | undefined;
  readonly address?: string | null | undefined;
  readonly lat?: number | null | undefined;
  readonly lng?: number | null | undefined;
  readonly mediaUrl?: string | null | undefined;
  /** The jurisdiction's own address id (GeoReport v2 `address_id`), when the report was filed with one. */
  readonly addressId?: string | null | undefined;
}

/** An Open311 GeoReport v2 `service_request` (mysociety/fixmystreet `perllib/Open311.pm`). */
export interface Open311ServiceRequest {
  service_request_id: string;
  status: "open" | "closed";
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string | null;
  address_id: string | null;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
}

/** `open` for pending assignment and in progress, `closed` for resolved, rejected and closed. */
export function toOpen311Status(status: FeedbackStatus | (string & {})): "open" | "closed" {
  if (!Object.hasOwn(FEEDBACK_OPEN311_STATUS, status)) {
    throw new UnknownValueError("feedback status", status, FEEDBACK_STATUSES);
  }
  return FEEDBACK_OPEN311_STATUS[status as FeedbackStatus];
}

// Runs of 9+ digits (spaces or dots allowed between): citizen ID numbers (CCCD) and phone numbers.
const PERSONAL_NUMBER = /\+?\d(?:[ .]?\d){8,}/g;

export interface Open311Options {
  /**
   * Open311 feeds are public: replace ID and phone numbers a citizen typed into free text with "***"
   * (default true).
   */
  readonly redactPersonalNumbers?: boolean;
}

function requiredText(value: unknown, field: string): string {
  if (typeof value === "string" && value.trim() !== "") return value;
  throw new InvalidInputError(
    "missing_category",
    field,
    "is required: GeoReport v2 identifies every request by its service (the feedback category)",
  );
}

/**
 * A feedback item as a public Open311 service request. Only the listed fields are copied — contact details
 * never leave — and dates become ISO strings with `+07:00`. `service_code` and `service_name` come from the
 * category (both required: `InvalidInputError` `missing_category` otherwise); a missing description becomes
 * "" (markup removed, cut at 4,000 characters), a missing update time becomes the creation time. Throws
 * `UnknownValueError` for a status this version cannot map, rather than guessing open or closed.
 */
export function toOpen311ServiceRequest(
  feedback: FeedbackOpen311Input,
  options: Open311Options = {},
): Open311ServiceRequest {
  const redact = options.redactPersonalNumbers !== false;
  const text = (value: string | null | undefined) =>
    value === undefined || value === null ? null : redact ? value.replace(PERSONAL_NUMBER, "***") : value;
  const instant = (value: InstantInput | null | undefined, field: string) =>
    value === undefined || value === null ? null : toVietnamIso(value, field);
  return {
    service_request_id: feedback.id,
    status: toOpen311Status(feedback.status),
    status_notes: text(feedback.statusNotes),
    service_name: requiredText(feedback.categoryName, "categoryName"),
    service_code: requiredText(feedback.categoryCode, "categoryCode"),
    description: toOpen311Description(text(feedback.description) ?? ""),
    agency_responsible: feedback.agencyName ?? null,
    service_notice: null,
    requested_datetime: toVietnamIso(feedback.createdAt, "createdAt"),
    updated_datetime:
      instant(feedback.updatedAt, "updatedAt") ?? toVietnamIso(feedback.createdAt, "createdAt"),
    expected_datetime: instant(feedback.dueAt, "dueAt"),
    address: text(feedback.address),
    address_id: feedback.addressId ?? null,
    zipcode: null,
    lat: feedback.lat ?? null,
    long: feedback.lng ?? null,
    media_url: feedback.mediaUrl ?? null,
  };
}
