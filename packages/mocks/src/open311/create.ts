// POST requests: a GeoReport v2 submission becomes a feedback of channel `open311`, public (its id must answer
// GET requests/{id}), filed by the service account of the `api_key`, with its answers and media link in the
// `created` entry so the thread shows them like any other intake.
import {
  checkOpen311Submission,
  type Open311Attribute,
  type Open311Submission,
  type Open311SubmissionFields,
  open311FeedbackTitle,
} from "@chinhquyenso/core";
import type { RequestContext } from "../handlers/context";
import { createFeedback } from "../store/feedback-ops";
import { ProblemError } from "../store/problem";
import { checkJurisdiction } from "./jurisdiction";
import { open311ServiceData } from "./services";
import type { Open311Principal } from "./settings";

type Fields = Record<string, string[]>;

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * The form as sent (urlencoded, as v2 clients send it, or multipart), every value as text; files are not taken.
 * Undefined when the body is not such a form. Core checks the fields (v2: an empty field is as absent).
 */
async function rawFields(context: RequestContext): Promise<Fields | undefined> {
  const contentType = context.request.headers.get("content-type") ?? "";
  if (!FORM_TYPES.includes(contentType.split(";")[0]?.trim().toLowerCase() ?? "")) return undefined;
  let form: FormData;
  try {
    form = await new Response(context.bytes as Uint8Array<ArrayBuffer>, {
      headers: { "content-type": contentType },
    }).formData();
  } catch {
    return undefined;
  }
  const fields: Fields = {};
  for (const [name, value] of form)
    if (typeof value === "string") fields[name] = [...(fields[name] ?? []), value];
  return fields;
}

const last = (fields: Fields, name: string) => fields[name]?.at(-1);

function forbidden(): ProblemError {
  return new ProblemError(403, "invalid_api_key", "Forbidden", "api_key: missing or not valid");
}

/** The principal of the request's `api_key` (form field or query parameter); 403 without a valid one. */
function authorOf(context: RequestContext, fields: Fields): Open311Principal {
  const key = last(fields, "api_key") ?? new URL(context.request.url).searchParams.get("api_key") ?? "";
  const principal = key === "" ? undefined : context.store.open311.resolveApiKey(key);
  if (!principal) throw forbidden();
  return principal;
}

function submissionFields(fields: Fields): Open311SubmissionFields {
  const attributes: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(fields)) {
    const match = /^attribute\[([^\]]+)\](\[\])?$/.exec(name);
    if (match?.[1]) attributes[match[1]] = [...(attributes[match[1]] ?? []), ...values];
  }
  const text = (name: keyof Open311SubmissionFields) => last(fields, name);
  return {
    service_code: text("service_code"),
    lat: text("lat"),
    long: text("long"),
    address_string: text("address_string"),
    address_id: text("address_id"),
    email: text("email"),
    device_id: text("device_id"),
    account_id: text("account_id"),
    first_name: text("first_name"),
    last_name: text("last_name"),
    phone: text("phone"),
    description: text("description"),
    media_url: text("media_url"),
    attributes,
  };
}

/** "Đèn bị làm sao: Không sáng" per answer, then the media link (UserText makes it a link, never an image). */
function intakeNote(submission: Open311Submission, attributes: readonly Open311Attribute[]): string {
  const lines = attributes
    .filter((attribute) => submission.attributes[attribute.code] !== undefined)
    .map((attribute) => {
      const answers = submission.attributes[attribute.code] ?? [];
      const shown = answers.map((key) => attribute.values.find((value) => value.key === key)?.name ?? key);
      return `${attribute.description.replace(/[?:\s]+$/, "")}: ${shown.join(", ")}`;
    });
  if (submission.mediaUrl) lines.push(`Hình ảnh, tệp đính kèm: ${submission.mediaUrl}`);
  return lines.join("\n");
}

function problems(list: readonly { field: string; code: string; message: string }[]): ProblemError {
  return new ProblemError(400, "invalid_submission", "Bad request", list.map((p) => p.message).join("; "), {
    errors: list.map((problem) => ({
      field: `/${problem.field}`,
      code: problem.code,
      message: problem.message,
    })),
  });
}

/** Files a submission; answers GeoReport v2's `[{ service_request_id, service_notice, account_id }]`. */
export async function createOpen311Request(context: RequestContext) {
  const fields = await rawFields(context);
  // 403 first: nothing is said about the body to a caller without a valid key.
  const author = authorOf(context, fields ?? {});
  if (!fields)
    throw new ProblemError(
      400,
      "unsupported_media_type",
      "Bad request",
      `Content-Type: must be ${FORM_TYPES.join(" or ")}`,
    );
  checkJurisdiction(context.store, last(fields, "jurisdiction_id"));
  const { store } = context;
  const code = last(fields, "service_code")?.trim() ?? "";
  const category = store.world.feedbackCategories.find((item) => item.code === code);
  if (code !== "" && !category)
    throw new ProblemError(404, "unknown_service", "Not found", "service_code: no service has this code");
  const attributes = open311ServiceData(code)?.attributes ?? [];
  const checked = checkOpen311Submission(submissionFields(fields), attributes);
  if (!checked.ok) throw problems(checked.problems);
  const { submission } = checked;
  const { lat, long, address, addressId } = submission.location;
  const record = createFeedback(
    store,
    {
      title: open311FeedbackTitle(category?.name ?? code, submission.description),
      description: submission.description,
      channel: "open311",
      categoryCode: code,
      reporter: submission.reporter,
      location: {
        address: address ?? addressId ?? `${lat}, ${long}`,
        ...(lat !== null && long !== null ? { lat, long } : {}),
      },
      public: true,
    },
    { id: author.id, name: author.name },
    null,
    {
      note: intakeNote(submission, attributes),
      open311: { address, addressId, mediaUrl: submission.mediaUrl },
    },
  );
  return [{ service_request_id: record.code, service_notice: null, account_id: submission.accountId }];
}
