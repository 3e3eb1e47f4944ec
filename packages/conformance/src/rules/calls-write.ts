// A valid call of each writing operation (and of the reads that need a record only a write creates), each on a
// record of its own taken from discovery. Run with --allow-writes only.
import { shiftDay } from "../discovery";
import type { Http, Reply } from "../http";
import type { RunContext } from "../rule";
import {
  SYNTHETIC_HEADER_TEXT,
  syntheticCitizenId,
  syntheticFeedback,
  syntheticPdf,
  syntheticText,
} from "../synthetic";
import type { Call } from "./calls-read";

type Item = Record<string, unknown>;
const str = (item: Item | undefined, key = "id") =>
  typeof item?.[key] === "string" ? (item[key] as string) : undefined;
const itemsOf = (reply: Reply) => ((reply.body as { items?: Item[] } | undefined)?.items ?? []) as Item[];

/** An officer of the officer's agency to assign work to. */
const assignee = (context: RunContext) => str(context.data.officers[0]);

/** The etag of a record, read fresh. */
async function etagOf(http: Http, id: string, path: Record<string, string>): Promise<string | undefined> {
  const reply = await http.call(id, { path });
  return str(reply.body as Item, "etag") ?? reply.headers.get("etag") ?? undefined;
}

/** Opens a signing request for a document awaiting signature, with a provider of `flow`. */
export async function openSigningRequest(
  context: RunContext,
  flow: (provider: Item) => boolean,
  kind: "approval" | "issuance" = "approval",
  given?: Item,
): Promise<Reply | string> {
  const { http, data } = context;
  const provider = data.providers.find((item) => item.available !== false && flow(item));
  if (!provider) return "no available signing provider of the needed kind";
  const document = given ?? data.take(data.documents, (item) => item.state === "awaiting_signature");
  if (!document) return "no document awaiting signature is left";
  const certificates = await http.call("signing.listCertificates", {
    path: { provider: str(provider, "provider") ?? "" },
  });
  const valid = itemsOf(certificates).filter((item) => item.status === "valid");
  return http.call("signing.createRequest", {
    json: {
      provider: str(provider, "provider"),
      kind,
      items: [{ source: "document", documentId: str(document), format: "pades" }],
      ...(valid.length > 1 ? { certificateSerial: str(valid[0], "serial") } : {}),
    },
  });
}

const remoteApp = (item: Item) => item.flow === "remote" && item.confirmation === "app";
const plugin = (item: Item) => item.flow === "plugin";

async function afterCreate(created: Reply | string, then: (requestId: string) => Promise<Reply>) {
  if (typeof created === "string") return created;
  const requestId = str(created.body as Item);
  return created.status === 201 && requestId ? then(requestId) : created;
}

/** An apology letter on an overdue dossier that has none yet (one letter per dossier). */
const createApologyLetter: Call = async ({ http, data }) => {
  // One letter per dossier: a dossier that has one answers 409 letter_exists.
  const candidates = data.dossiers.filter(
    (item) => item.timeliness === "overdue" && item.status === "processing",
  );
  let code: string | undefined;
  for (const dossier of candidates.slice(0, 20)) {
    const letter = await http.call("dossiers.getApologyLetter", {
      path: { code: str(dossier, "code") ?? "" },
    });
    if (letter.status === 404 && data.claim(dossier)) {
      code = str(dossier, "code");
      break;
    }
  }
  if (!code) return "no overdue dossier in processing without an apology letter";
  return http.call("dossiers.createApologyLetter", {
    path: { code },
    json: {
      reason: syntheticText("Cần xác minh thêm"),
      newDueAt: `${shiftDay(data.today, 20)}T17:00:00+07:00`,
    },
  });
};

export const WRITE_CALLS = {
  "dossiers.transition": async (context) => {
    const { http, data } = context;
    const dossier = data.take(data.dossiers, (item) => item.status === "registered");
    if (!dossier) return "no registered dossier left to accept";
    const code = str(dossier, "code") ?? "";
    const ifMatch = await etagOf(http, "dossiers.get", { code });
    return http.call("dossiers.transition", {
      path: { code },
      headers: { "if-match": ifMatch ?? "" },
      json: { action: "accept", comment: syntheticText("Tiếp nhận") },
    });
  },
  "dossiers.getApologyLetter": async (context) => {
    const created = await createApologyLetter(context);
    if (typeof created === "string" || created.status !== 201) return created;
    const code = decodeURIComponent(new URL(created.exchange.request.url).pathname.split("/")[3] ?? "");
    return context.http.call("dossiers.getApologyLetter", { path: { code } });
  },
  "dossiers.createApologyLetter": createApologyLetter,
  "dossiers.uploadAttachment": async ({ http, data }) => {
    const dossier = data.take(data.dossiers, (item) => item.status === "processing");
    if (!dossier) return "no dossier in processing left";
    const form = new FormData();
    form.set("file", syntheticPdf(), "kiem-thu.pdf");
    form.set("kind", "supplement");
    return http.call("dossiers.uploadAttachment", { path: { code: str(dossier, "code") ?? "" }, form });
  },
  "dossiers.reuseDocument": async ({ http, data }) => {
    // A dossier whose applicant has a stored document not attached yet (once-only reuse): finished ones first, so
    // the dossiers the transition and payment rules need are left to them.
    const settled = ["returned", "finished", "refused", "withdrawn"];
    const candidates = [...data.dossiers].sort(
      (a, b) => Number(!settled.includes(String(a.status))) - Number(!settled.includes(String(b.status))),
    );
    for (const dossier of candidates.slice(0, 20)) {
      const code = str(dossier, "code") ?? "";
      const stored = itemsOf(await http.call("dossiers.listReusableDocuments", { path: { code } })).find(
        (item) => item.attachedAs === null,
      );
      if (stored && data.claim(dossier))
        return http.call("dossiers.reuseDocument", {
          path: { code },
          json: { storedDocumentId: str(stored), kind: "supplement" },
        });
    }
    return "no dossier whose applicant has a stored document to reuse";
  },
  "dossiers.requestPayment": async ({ http, data }) => {
    // Unpaid fees are on dossiers awaiting payment (or not yet accepted): look there first.
    const open = ["awaiting_payment", "registered", "received", "processing", "awaiting_supplement"];
    const candidates = data.dossiers
      .filter((item) => open.includes(String(item.status)))
      .sort((a, b) => open.indexOf(String(a.status)) - open.indexOf(String(b.status)));
    for (const dossier of candidates.slice(0, 40)) {
      const code = str(dossier, "code") ?? "";
      const fee = itemsOf(await http.call("dossiers.listFees", { path: { code } })).find(
        (item) => item.state === "unpaid",
      );
      if (fee && data.claim(dossier))
        return http.call("dossiers.requestPayment", { path: { code }, json: { feeIds: [str(fee)] } });
    }
    return "no open dossier with an unpaid fee";
  },
  "dossiers.confirmPayment": async ({ http, data }) => {
    // Confirming a payment already confirmed answers it again (the contract): a safe write on any platform.
    for (const dossier of data.dossiers.slice(0, 60)) {
      const code = str(dossier, "code") ?? "";
      const paid = itemsOf(await http.call("dossiers.listPaymentRequests", { path: { code } })).find(
        (item) => item.state === "paid",
      );
      if (paid)
        return http.call("dossiers.confirmPayment", { path: { code, paymentRequestId: str(paid) ?? "" } });
    }
    return "no dossier of the officer has a paid payment request";
  },
  "documents.assign": async (context) => {
    const { http, data } = context;
    const document = data.take(
      data.documents,
      (item) => item.direction === "incoming" && item.state === "received",
    );
    const to = assignee(context);
    if (!document || !to) return "no incoming document to assign, or no officer to assign it to";
    const documentId = str(document) ?? "";
    return http.call("documents.assign", {
      path: { documentId },
      headers: { "if-match": (await etagOf(http, "documents.get", { documentId })) ?? "" },
      json: {
        instruction: syntheticText("Chủ trì tham mưu"),
        assignments: [{ role: "lead", assigneeId: to }],
      },
    });
  },
  "documents.complete": async ({ http, data }) => {
    // Only the holder of an open assignment completes it: one of the officer's own documents.
    const document = data.take(
      data.myDocuments,
      (item) => item.state === "assigned" || item.state === "in_progress",
    );
    if (!document) return "the officer has no assigned document to complete";
    const documentId = str(document) ?? "";
    return http.call("documents.complete", {
      path: { documentId },
      headers: { "if-match": (await etagOf(http, "documents.get", { documentId })) ?? "" },
      json: { comment: syntheticText("Đã xử lý") },
    });
  },
  "signing.createRequest": (context) => openSigningRequest(context, remoteApp),
  "signing.getRequest": async (context) =>
    afterCreate(await openSigningRequest(context, remoteApp), (requestId) =>
      context.http.call("signing.getRequest", { path: { requestId } }),
    ),
  "signing.confirm": async (context) => {
    const otp = context.tokens.hints?.signingOtp;
    if (!otp) return "needs hints.signingOtp in the tokens file (an OTP the platform accepts)";
    return afterCreate(
      await openSigningRequest(context, (item) => item.confirmation === "otp"),
      (requestId) => context.http.call("signing.confirm", { path: { requestId }, json: { otp } }),
    );
  },
  "signing.cancel": async (context) =>
    afterCreate(await openSigningRequest(context, plugin), (requestId) =>
      context.http.call("signing.cancel", { path: { requestId } }),
    ),
  "signing.uploadSigned": async (context) =>
    afterCreate(await openSigningRequest(context, plugin, "issuance"), (requestId) => {
      const form = new FormData();
      form.set("file", syntheticPdf(), "da-ky.pdf");
      form.set("itemIndex", "0");
      return context.http.call("signing.uploadSigned", { path: { requestId }, form });
    }),
  "feedback.create": async ({ http, data }) => {
    const category = str(data.categories[0], "code");
    return category
      ? http.call("feedback.create", { json: syntheticFeedback(category) })
      : "no feedback category";
  },
  "feedback.postUpdate": async ({ http, data }) => {
    const item = data.take(data.feedback, (entry) => entry.status === "in_progress");
    if (!item) return "no feedback in progress left";
    const form = new FormData();
    form.set("entryType", "public_reply");
    form.set("body", syntheticText("Đơn vị đã tiếp nhận và đang xử lý"));
    return http.call("feedback.postUpdate", { path: { feedbackId: str(item) ?? "" }, form });
  },
  "feedback.assign": async (context) => {
    const { http, data } = context;
    const item = data.take(data.feedback, (entry) => entry.status === "in_progress");
    const to = assignee(context);
    if (!item || !to) return "no feedback in progress, or no officer to assign it to";
    const feedbackId = str(item) ?? "";
    return http.call("feedback.assign", {
      path: { feedbackId },
      headers: { "if-match": (await etagOf(http, "feedback.get", { feedbackId })) ?? "" },
      json: { assigneeId: to, note: syntheticText("Ưu tiên xử lý") },
    });
  },
  "feedback.reopen": async ({ http, data }) => {
    const item = data.take(data.feedback, (entry) => entry.status === "resolved");
    if (!item) return "no resolved feedback left";
    return http.call("feedback.reopen", {
      path: { feedbackId: str(item) ?? "" },
      json: { reason: syntheticText("Chưa xử lý dứt điểm") },
    });
  },
  "feedback.rate": async ({ http, data }) => {
    if (!http.has("service"))
      return "needs a service token (the operation is for citizens and service accounts)";
    const item = data.take(data.feedback, (entry) => entry.status === "closed" && entry.rating == null);
    if (!item) return "no closed feedback without a rating left";
    return http.call("feedback.rate", {
      as: "service",
      path: { feedbackId: str(item) ?? "" },
      json: { rating: 4, comment: syntheticText("Đánh giá") },
    });
  },
  "open311.createRequest": async ({ http, data, tokens }) => {
    if (!tokens.open311ApiKey) return "needs open311ApiKey in the tokens file";
    const service = data.open311Services.find((item) => item.metadata !== true) ?? data.open311Services[0];
    const code = str(service, "service_code");
    if (!code) return "no Open311 service";
    const form = new URLSearchParams({
      api_key: tokens.open311ApiKey,
      service_code: code,
      lat: "10.9804",
      long: "106.6519",
      description: syntheticText("Trụ đèn không sáng"),
    });
    if (service?.metadata === true) {
      const definition = await http.call("open311.getService", {
        as: null,
        path: { service_code: code, format: "json" },
      });
      for (const attribute of ((definition.body as { attributes?: Item[] })?.attributes ?? []) as Item[]) {
        if (attribute.required !== true || attribute.variable === false) continue;
        const first = (attribute.values as Item[] | undefined)?.[0];
        form.set(`attribute[${str(attribute, "code")}]`, str(first, "key") ?? "1");
      }
    }
    return http.call("open311.createRequest", { as: null, path: { format: "json" }, form });
  },
  "meetings.confirmAttendance": async ({ http, data }) => {
    const meeting = data.take(data.meetings, (item) => item.state === "scheduled");
    if (!meeting) return "the officer has no scheduled meeting";
    return http.call("meetings.confirmAttendance", {
      path: { meetingId: str(meeting) ?? "" },
      json: { response: "attending", note: syntheticText("Xác nhận") },
    });
  },
  "notifications.markRead": async ({ http, data }) => {
    const notification = data.take(data.notifications, () => true);
    if (!notification) return "the officer has no notification";
    return http.call("notifications.markRead", { path: { notificationId: str(notification) ?? "" } });
  },
  "notifications.markAllRead": ({ http, data }) =>
    http.call("notifications.markAllRead", {
      json: { before: `${shiftDay(data.today, -60)}T00:00:00+07:00` },
    }),
  "citizens.lookupHousehold": async ({ http }) => {
    if (!http.has("leader")) return "needs a leader token with citizens:lookup";
    // A citizen ID of the reserved test block: the kit never looks up a real person. 404 is the declared answer.
    return http.call("citizens.lookupHousehold", {
      as: "leader",
      headers: { "x-lookup-reason": SYNTHETIC_HEADER_TEXT },
      json: { citizenId: syntheticCitizenId() },
    });
  },
  "citizens.recordReveal": async ({ http }) => {
    if (!http.has("leader")) return "needs a leader token with citizens:lookup";
    // A lookup id no platform issued: the kit never reveals a real person's data. 404 is the declared answer.
    return http.call("citizens.recordReveal", {
      as: "leader",
      path: { lookupId: "aud_conformance_none" },
      json: { field: "address", memberIndex: null },
    });
  },
  "integrations.sendTestDeliveries": async () =>
    "checked by the webhooks rules (it needs the kit's receiver)",
} satisfies Record<string, Call>;
