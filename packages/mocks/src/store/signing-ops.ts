// Signing requests as the providers behave (docs/domain.md §3): remote providers wait for the user's confirmation
// in their app (after a configurable delay), NEAC waits for the right OTP (wrong ones count down the attempts),
// the VGCA plugin waits for the signed files; a request not confirmed in time expires. Completion signs the
// documents, notifies the stream and fires the `signing.completed` webhook.
import type { components } from "@chinhquyenso/spec";
import type { ApiSigningProvider, SigningRequestRecord } from "../dataset/types";
import type { FieldError } from "../openapi/schema";
import { isoOf } from "../util";
import { canSeeDocument, canSeeSigningRequest } from "./access";
import { publishNotification } from "./notify";
import { type Principal, recipientOf } from "./principals";
import { conflict, field, invalid, notFound, ProblemError } from "./problem";
import type { MockStore } from "./store";

type SigningRequestCreate = components["schemas"]["SigningRequestCreate"];
type SigningErrorCode = components["schemas"]["SigningErrorCode"];

const PLUGIN_FUNCTIONS = {
  approval: "vgca_sign_approved",
  issuance: "vgca_sign_issued",
  copy: "vgca_sign_copy",
  appendix: "vgca_sign_appendix",
} as const;

const ERROR_MESSAGES: Record<SigningErrorCode, string> = {
  user_rejected: "Người ký đã từ chối giao dịch trên ứng dụng.",
  transaction_expired: "Giao dịch ký số đã hết hạn do người ký không xác nhận.",
  wrong_otp: "Mã OTP không đúng.",
  otp_attempts_exceeded: "Đã nhập sai mã OTP quá số lần cho phép.",
  certificate_expired: "Chứng thư số đã hết hạn.",
  certificate_revoked: "Chứng thư số đã bị thu hồi.",
  plugin_missing: "Không tìm thấy phần mềm ký số trên máy tính.",
  invalid_credentials: "Thông tin xác thực dịch vụ ký số không hợp lệ.",
  provider_unavailable: "Nhà cung cấp dịch vụ ký số không phản hồi.",
  request_not_pending: "Yêu cầu ký không còn chờ xác nhận.",
  document_not_awaiting_signature: "Văn bản không ở trạng thái chờ ký số.",
};

export function signingProblem(
  status: number,
  errorCode: SigningErrorCode,
  detail: string,
  extra: Record<string, unknown> = {},
): ProblemError {
  return new ProblemError(status, errorCode, status === 502 ? "Bad gateway" : "Signing failed", detail, {
    errorCode,
    ...extra,
  });
}

export function findProvider(store: MockStore, id: string): ApiSigningProvider {
  const provider = store.world.signingProviders.find((item) => item.provider === id);
  if (!provider) throw notFound(`Signing provider ${id}`);
  return provider;
}

export function findSigningRequest(
  store: MockStore,
  id: string | undefined,
  principal: Principal,
): SigningRequestRecord {
  const record = id === undefined ? undefined : store.signingRequests.get(id);
  if (!record || !canSeeSigningRequest(principal, record)) throw notFound(`Signing request ${id}`);
  return record;
}

/**
 * A request the principal may act on (confirm, upload, cancel): one it opened. Colleagues of its agency see it
 * (and who holds it), but another officer's transaction is theirs to finish or cancel — 403 `action_not_allowed`.
 */
export function findOwnSigningRequest(
  store: MockStore,
  id: string | undefined,
  principal: Principal,
): SigningRequestRecord {
  const record = findSigningRequest(store, id, principal);
  if (record.createdBy !== recipientOf(principal))
    throw new ProblemError(
      403,
      "action_not_allowed",
      "Forbidden",
      "This signing request was opened by another officer: only they can confirm, upload to or cancel it.",
    );
  return record;
}

/**
 * 422 for malformed items (a document out of the principal's reach is as unknown as a missing one); then 409
 * `document_not_awaiting_signature` for a document already signed, recalled…
 */
function checkItems(store: MockStore, body: SigningRequestCreate, principal: Principal): void {
  const errors: FieldError[] = [];
  const notAwaiting: string[] = [];
  body.items.forEach((item, index) => {
    const at = `/items/${index}`;
    if (item.source === "document") {
      if (!item.documentId)
        errors.push(field(`${at}/documentId`, "required", "A document item needs documentId."));
      else {
        const found = store.documents.get(item.documentId);
        const document = found && canSeeDocument(principal, found) ? found : undefined;
        if (!document) errors.push(field(`${at}/documentId`, "unknown_document", "No document has this id."));
        else if (document.state !== "awaiting_signature")
          notAwaiting.push(`${item.documentId} is ${document.state}`);
      }
      if (item.format !== "pades")
        errors.push(field(`${at}/format`, "invalid_value", "A PDF document is signed with pades."));
    } else {
      if (!item.submissionId)
        errors.push(field(`${at}/submissionId`, "required", "An eForm item needs submissionId."));
      if (item.format === "pades")
        errors.push(field(`${at}/format`, "invalid_value", "eForm data is signed with xades or json."));
    }
  });
  if (errors.length > 0) throw invalid(errors);
  if (notAwaiting.length > 0)
    throw signingProblem(
      409,
      "document_not_awaiting_signature",
      `Not awaiting a signature: document ${notAwaiting.join(", document ")}.`,
    );
}

/**
 * 409 `signing_request_open` when a document of the request already has a request awaiting the user, whoever
 * opened it: one document never gets two signing transactions (tabs, devices and users alike). Checked and
 * recorded in one synchronous step, so concurrent requests cannot both pass.
 */
function checkNoOpenRequest(store: MockStore, body: SigningRequestCreate): void {
  const wanted = new Set(body.items.flatMap((item) => (item.documentId ? [item.documentId] : [])));
  if (wanted.size === 0) return;
  for (const record of store.signingRequests.values()) {
    if (record.state !== "awaiting_user") continue;
    const overlap = record.items.flatMap((item) =>
      item.documentId && wanted.has(item.documentId) ? [item.documentId] : [],
    );
    if (overlap.length > 0)
      throw new ProblemError(
        409,
        "signing_request_open",
        "Signing request already open",
        `Document ${overlap.join(", ")} already has an open signing request; follow it instead of opening another.`,
        { openRequestId: record.id, openRequestState: record.state, documentIds: overlap },
      );
  }
}

export function createSigningRequest(
  store: MockStore,
  body: SigningRequestCreate,
  principal: Principal,
): SigningRequestRecord {
  const provider = findProvider(store, body.provider);
  if (!provider.available)
    throw signingProblem(502, "provider_unavailable", `${provider.name} is not available now.`);
  const certificates = store.world.certificates[provider.provider] ?? [];
  let certificate =
    body.certificateSerial === undefined
      ? undefined
      : certificates.find((item) => item.serial === body.certificateSerial);
  if (body.certificateSerial !== undefined && !certificate)
    throw invalid([
      field(
        "/certificateSerial",
        "unknown_certificate",
        "You have no certificate with this serial at this provider.",
      ),
    ]);
  if (!certificate) {
    const valid = certificates.filter((item) => item.status === "valid");
    if (valid.length > 1)
      throw invalid([
        field(
          "/certificateSerial",
          "required",
          `You have ${valid.length} valid certificates: choose one by serial.`,
        ),
      ]);
    certificate = valid[0] ?? certificates[0];
  }
  if (!certificate || certificate.status === "expired")
    throw signingProblem(
      409,
      "certificate_expired",
      "The certificate has expired; choose another or renew it.",
    );
  if (certificate.status === "revoked")
    throw signingProblem(409, "certificate_revoked", "The certificate has been revoked; choose another.");
  checkItems(store, body, principal);
  checkNoOpenRequest(store, body);

  const now = store.now();
  const behaviour = store.signing;
  const seconds = behaviour.transactionSeconds ?? provider.transactionSeconds ?? 300;
  const id = store.nextId("sig");
  // Who acts without an OTP or a file: the simulated user in a remote app (confirm or reject), or the provider (fail).
  const actsByItself =
    provider.flow === "remote" && (provider.confirmation === "app" || behaviour.outcome !== "complete");
  const record: SigningRequestRecord = {
    id,
    provider: provider.provider,
    kind: body.kind,
    certificateSerial: certificate.serial,
    state: "awaiting_user",
    items: body.items.map((item) => ({ ...item, signedFileId: null })),
    createdAtMs: now,
    expiresAtMs: now + seconds * 1000,
    completedAtMs: null,
    confirmAtMs: actsByItself && behaviour.outcome !== "expire" ? now + behaviour.confirmAfterMs : null,
    outcome: behaviour.outcome,
    errorCode: null,
    errorMessage: null,
    ownerAgencyCode: principal.agencyCode ?? store.currentUser.agencyCode,
    createdBy: recipientOf(principal),
    ...(provider.confirmation === "otp" ? { otpAttemptsLeft: behaviour.otpAttempts } : {}),
    ...(provider.flow === "plugin"
      ? {
          plugin: {
            function: PLUGIN_FUNCTIONS[body.kind],
            fileUrl: `https://files.chinhquyenso.example/signing/${id}/items/0`,
          },
        }
      : {}),
  };
  store.signingRequests.set(id, record);
  store.settle();
  return record;
}

function finish(
  store: MockStore,
  record: SigningRequestRecord,
  state: SigningRequestRecord["state"],
  at: number,
  errorCode: SigningErrorCode | null,
): void {
  record.state = state;
  record.errorCode = errorCode;
  record.errorMessage = errorCode === null ? null : ERROR_MESSAGES[errorCode];
  if (state === "completed") {
    record.completedAtMs = at;
    for (const item of record.items) {
      item.signedFileId ??= store.nextId("sf");
      const document = item.documentId ? store.documents.get(item.documentId) : undefined;
      if (document && document.state === "awaiting_signature") {
        document.state = "signed";
        document.version += 1;
        document.updatedAtMs = at;
      }
    }
    store.webhooks.dispatch(
      "signing.completed",
      {
        requestId: record.id,
        provider: record.provider,
        signedFileIds: record.items.map((item) => item.signedFileId as string),
      },
      isoOf(at),
    );
  }
  publishNotification(
    store,
    record.createdBy,
    "signing.status_changed",
    `Yêu cầu ký số ${record.id}: ${state}`,
    record.id,
    {
      requestId: record.id,
      state,
      errorCode,
    },
  );
}

/** Applies confirmations and expiries that are due; returns the next instant one is due (or null). */
export function settleSigning(store: MockStore): number | null {
  const now = store.now();
  let next: number | null = null;
  for (const record of store.signingRequests.values()) {
    if (record.state !== "awaiting_user") continue;
    const confirmAt = record.confirmAtMs;
    if (confirmAt !== null && confirmAt <= record.expiresAtMs && now >= confirmAt) {
      if (record.outcome === "reject") finish(store, record, "rejected", confirmAt, "user_rejected");
      else if (record.outcome === "fail") finish(store, record, "failed", confirmAt, "provider_unavailable");
      else finish(store, record, "completed", confirmAt, null);
    } else if (now >= record.expiresAtMs) {
      finish(store, record, "expired", record.expiresAtMs, "transaction_expired");
    } else {
      const due = Math.min(record.expiresAtMs, confirmAt ?? Number.POSITIVE_INFINITY);
      if (next === null || due < next) next = due;
    }
  }
  return next;
}

/** 409 `request_not_pending`: the request is no longer awaiting the user; `requestState` says what it is. */
function notPending(record: SigningRequestRecord, doing: string): ProblemError {
  return signingProblem(
    409,
    "request_not_pending",
    `The request is ${record.state}; only a request awaiting the user can be ${doing}.`,
    { requestState: record.state },
  );
}

export function confirmSigning(
  store: MockStore,
  record: SigningRequestRecord,
  otp: string,
): SigningRequestRecord {
  if (record.state === "completed") return record;
  if (record.state !== "awaiting_user") throw notPending(record, "confirmed");
  const provider = findProvider(store, record.provider);
  if (provider.confirmation !== "otp")
    throw invalid([
      field(
        "/otp",
        "not_applicable",
        `${provider.name} is confirmed ${provider.flow === "plugin" ? "with the plugin" : "in its app"}, not with an OTP.`,
      ),
    ]);
  if (otp === store.signing.otp) {
    finish(store, record, "completed", store.now(), null);
    return record;
  }
  const left = Math.max((record.otpAttemptsLeft ?? 1) - 1, 0);
  record.otpAttemptsLeft = left;
  if (left === 0) {
    finish(store, record, "failed", store.now(), "otp_attempts_exceeded");
    throw signingProblem(409, "otp_attempts_exceeded", "Too many wrong OTPs; create a new request.", {
      otpAttemptsLeft: 0,
    });
  }
  throw signingProblem(409, "wrong_otp", `Wrong OTP; ${left} attempt${left === 1 ? "" : "s"} left.`, {
    otpAttemptsLeft: left,
  });
}

export function cancelSigning(store: MockStore, record: SigningRequestRecord): SigningRequestRecord {
  if (record.state !== "awaiting_user") throw notPending(record, "cancelled");
  finish(store, record, "cancelled", store.now(), null);
  return record;
}

const SIGNED_PREFIX = { pades: "%PDF", xades: "<", json: "{" } as const;

export async function uploadSignedFile(
  store: MockStore,
  record: SigningRequestRecord,
  body: { file: Blob; itemIndex: number },
): Promise<SigningRequestRecord> {
  if (record.provider !== "vgca")
    throw conflict(
      "invalid_state",
      "Signed files are uploaded only for requests signed with the VGCA plugin.",
    );
  if (record.state !== "awaiting_user") throw notPending(record, "signed");
  const item = record.items[body.itemIndex];
  if (!item)
    throw invalid([field("/itemIndex", "out_of_range", `The request has ${record.items.length} item(s).`)]);
  const bytes = new Uint8Array(await body.file.arrayBuffer());
  const head = new TextDecoder().decode(bytes.slice(0, 8)).trimStart();
  if (bytes.byteLength === 0 || !head.startsWith(SIGNED_PREFIX[item.format]))
    throw new ProblemError(
      422,
      "invalid_signature",
      "Invalid signature",
      "The signed file does not match the document.",
      {
        errors: [field("/file", "hash_mismatch", "The signed file does not match the document.")],
      },
    );
  const id = store.nextId("sf");
  store.uploads.set(id, {
    name: `${id}.${item.format === "pades" ? "pdf" : item.format === "xades" ? "xml" : "json"}`,
    contentType: "application/octet-stream",
    bytes,
  });
  item.signedFileId = id;
  if (record.items.every((entry) => entry.signedFileId !== null))
    finish(store, record, "completed", store.now(), null);
  return record;
}
