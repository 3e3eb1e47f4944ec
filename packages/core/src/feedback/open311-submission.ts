// What GeoReport v2 requires of a `POST requests` (open311/open311.github.io GeoReport/v2/index.md, docs/domain.md
// §4): a service code, a location (lat and long, or address_string, or address_id), a plain-text description of
// at most 4,000 characters, an optional media URL; and the answers the service definition asks for.
import { checkOpen311Attributes, type Open311Attribute, type Open311Problem } from "./open311-attributes";
import {
  characterCount,
  containsControlCharacters,
  containsMarkup,
  OPEN311_DESCRIPTION_MAX,
} from "./open311-text";

/** The form fields of a `POST requests`, as received (text); an empty field counts as absent (v2). */
export interface Open311SubmissionFields {
  readonly service_code?: string | undefined;
  readonly lat?: string | number | undefined;
  readonly long?: string | number | undefined;
  readonly address_string?: string | undefined;
  readonly address_id?: string | undefined;
  readonly email?: string | undefined;
  readonly device_id?: string | undefined;
  readonly account_id?: string | undefined;
  readonly first_name?: string | undefined;
  readonly last_name?: string | undefined;
  readonly phone?: string | undefined;
  readonly description?: string | undefined;
  readonly media_url?: string | undefined;
  /** `attribute[code]` answers by code; a multivaluelist sends several (`attribute[code][]`). */
  readonly attributes?: Readonly<Record<string, string | readonly string[]>> | undefined;
}

/** A checked submission: what the platform records. `reporter` is personal data — never log it. */
export interface Open311Submission {
  readonly serviceCode: string;
  readonly location: {
    readonly address: string | null;
    readonly addressId: string | null;
    readonly lat: number | null;
    readonly long: number | null;
  };
  readonly description: string;
  readonly mediaUrl: string | null;
  readonly reporter: { readonly name?: string; readonly email?: string; readonly phone?: string };
  readonly accountId: string | null;
  readonly deviceId: string | null;
  /** Answers kept (variable attributes the service asks), trimmed, by code. */
  readonly attributes: Readonly<Record<string, readonly string[]>>;
}

export type Open311SubmissionCheck =
  | { readonly ok: true; readonly submission: Open311Submission }
  | { readonly ok: false; readonly problems: readonly Open311Problem[] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const SHORT_TEXT_MAX = 200;
const ADDRESS_MAX = 1000;
const URL_MAX = 2048;

/** A field's text, trimmed; undefined when absent or empty ("optional" in v2: empty is as not sent). */
function present(value: string | number | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  return text === "" ? undefined : text;
}

function coordinate(
  value: string | number | undefined,
  field: "lat" | "long",
  problems: Open311Problem[],
): number | undefined {
  const text = present(value);
  if (text === undefined) return undefined;
  const limit = field === "lat" ? 90 : 180;
  if (!NUMBER.test(text) || Math.abs(Number(text)) > limit) {
    problems.push({
      field,
      code: "invalid_coordinate",
      message: `must be a WGS84 ${field === "lat" ? "latitude" : "longitude"} between -${limit} and ${limit}`,
    });
    return undefined;
  }
  return Number(text);
}

function shortText(value: string | undefined, field: string, max: number, problems: Open311Problem[]) {
  const text = present(value);
  if (text === undefined) return undefined;
  if (characterCount(text) > max)
    problems.push({ field, code: "too_long", message: `must have at most ${max} characters` });
  else if (containsControlCharacters(text) || /[\r\n]/.test(text))
    problems.push({ field, code: "invalid_characters", message: "must be one line of text" });
  else return text;
  return undefined;
}

function checkDescription(value: string | undefined, problems: Open311Problem[]): string {
  const text = value?.trim() ?? "";
  const count = characterCount(text);
  if (count > OPEN311_DESCRIPTION_MAX)
    problems.push({
      field: "description",
      code: "description_too_long",
      message: `must have at most ${OPEN311_DESCRIPTION_MAX} characters (${count} given)`,
    });
  if (containsMarkup(text))
    problems.push({
      field: "description",
      code: "description_not_plain_text",
      message: "must be plain text: no HTML tags, comments or character references",
    });
  if (containsControlCharacters(text))
    problems.push({
      field: "description",
      code: "invalid_characters",
      message: "must not contain control characters (line breaks and tabs are fine)",
    });
  return text;
}

function checkMediaUrl(value: string | undefined, problems: Open311Problem[]): string | null {
  const text = present(value);
  if (text === undefined) return null;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {}
  if (!url || !/^https?:$/.test(url.protocol) || text.length > URL_MAX) {
    problems.push({
      field: "media_url",
      code: "invalid_media_url",
      message: `must be an absolute http(s) URL of at most ${URL_MAX} characters`,
    });
    return null;
  }
  return url.href;
}

/**
 * Checks a GeoReport v2 submission against the standard's rules and the service's attributes, collecting every
 * problem (v2 answers them all at once, as an array of errors). Messages never echo what was sent.
 */
export function checkOpen311Submission(
  fields: Open311SubmissionFields,
  attributes: readonly Open311Attribute[] = [],
): Open311SubmissionCheck {
  const problems: Open311Problem[] = [];
  const serviceCode = present(fields.service_code);
  if (serviceCode === undefined)
    problems.push({ field: "service_code", code: "missing_service_code", message: "is required" });

  const lat = coordinate(fields.lat, "lat", problems);
  const long = coordinate(fields.long, "long", problems);
  const latGiven = present(fields.lat) !== undefined;
  const longGiven = present(fields.long) !== undefined;
  if (latGiven !== longGiven)
    problems.push({
      field: latGiven ? "long" : "lat",
      code: "incomplete_coordinates",
      message: "lat and long go together: send both",
    });
  const address = shortText(fields.address_string, "address_string", ADDRESS_MAX, problems);
  const addressId = shortText(fields.address_id, "address_id", SHORT_TEXT_MAX, problems);
  if (
    !(latGiven && longGiven) &&
    present(fields.address_string) === undefined &&
    present(fields.address_id) === undefined
  )
    problems.push({
      field: "location",
      code: "missing_location",
      message: "is required: send lat and long, or address_string, or address_id",
    });

  const description = checkDescription(fields.description, problems);
  const mediaUrl = checkMediaUrl(fields.media_url, problems);
  const email = shortText(fields.email, "email", SHORT_TEXT_MAX, problems);
  if (email !== undefined && !EMAIL.test(email))
    problems.push({ field: "email", code: "invalid_email", message: "must be an e-mail address" });
  const firstName = shortText(fields.first_name, "first_name", SHORT_TEXT_MAX, problems);
  const lastName = shortText(fields.last_name, "last_name", SHORT_TEXT_MAX, problems);
  const phone = shortText(fields.phone, "phone", SHORT_TEXT_MAX, problems);
  const accountId = shortText(fields.account_id, "account_id", SHORT_TEXT_MAX, problems);
  const deviceId = shortText(fields.device_id, "device_id", SHORT_TEXT_MAX, problems);
  const answers = checkOpen311Attributes(attributes, fields.attributes ?? {}, problems);

  if (problems.length > 0 || serviceCode === undefined) return { ok: false, problems };
  // Vietnamese names put the family name first (Nguyễn Văn An): last_name then first_name.
  const name = [lastName, firstName].filter(Boolean).join(" ");
  return {
    ok: true,
    submission: {
      serviceCode,
      location: {
        address: address ?? null,
        addressId: addressId ?? null,
        lat: lat ?? null,
        long: long ?? null,
      },
      description,
      mediaUrl,
      reporter: {
        ...(name ? { name } : {}),
        ...(email !== undefined && EMAIL.test(email) ? { email } : {}),
        ...(phone ? { phone } : {}),
      },
      accountId: accountId ?? null,
      deviceId: deviceId ?? null,
      attributes: answers,
    },
  };
}

/**
 * A feedback title for a submission: the description's first line (cut at 120 characters with "…"), or the
 * service's name when there is no description (GeoReport v2 has no title; the 1022 platform needs one).
 */
export function open311FeedbackTitle(serviceName: string, description: string): string {
  const firstLine =
    description
      .split(/\r?\n/)
      .find((line) => line.trim() !== "")
      ?.trim() ?? "";
  if (firstLine === "") return serviceName;
  const characters = [...firstLine];
  return characters.length > 120 ? `${characters.slice(0, 119).join("")}…` : firstLine;
}
