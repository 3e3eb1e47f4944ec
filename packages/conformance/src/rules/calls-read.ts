// A valid call of each reading operation, with inputs found by discovery; a string is why it cannot be made.
import { shiftDay } from "../discovery";
import type { Reply } from "../http";
import type { RunContext } from "../rule";

export type Call = (context: RunContext) => Promise<Reply | string>;

const id = (item: Record<string, unknown> | undefined, key = "id") =>
  typeof item?.[key] === "string" ? (item[key] as string) : undefined;

export const READ_CALLS = {
  "agencies.list": ({ http }) => http.call("agencies.list"),
  "agencies.get": async ({ http, data }) => {
    const code = id(data.agencies[0], "code");
    return code ? http.call("agencies.get", { path: { agencyCode: code } }) : "no agency listed";
  },
  "procedures.list": ({ http }) => http.call("procedures.list", { query: { limit: 5 } }),
  "procedures.get": async ({ http, data }) => {
    const code = id(data.procedures[0], "code");
    return code ? http.call("procedures.get", { path: { procedureCode: code } }) : "no procedure listed";
  },
  "procedures.listFields": ({ http }) => http.call("procedures.listFields"),
  "holidays.list": ({ http, data }) =>
    http.call("holidays.list", { as: null, query: { year: Number(data.today.slice(0, 4)) } }),
  "dossiers.list": ({ http }) => http.call("dossiers.list", { query: { limit: 10 } }),
  "dossiers.counts": ({ http }) => http.call("dossiers.counts"),
  "dossiers.get": async ({ http, data }) => {
    const code = id(data.dossiers[0], "code");
    return code ? http.call("dossiers.get", { path: { code } }) : "the officer sees no dossier";
  },
  "dossiers.history": async ({ http, data }) => {
    const code = id(data.dossiers[0], "code");
    return code ? http.call("dossiers.history", { path: { code } }) : "the officer sees no dossier";
  },
  "dossiers.listAttachments": async ({ http, data }) => {
    const code = id(data.dossiers[0], "code");
    return code ? http.call("dossiers.listAttachments", { path: { code } }) : "the officer sees no dossier";
  },
  "dossiers.downloadAttachment": async ({ http, data }) => {
    for (const dossier of data.dossiers.slice(0, 10)) {
      const code = id(dossier, "code") ?? "";
      const list = await http.call("dossiers.listAttachments", { path: { code } });
      const attachmentId = id((list.body as { items?: Record<string, unknown>[] })?.items?.[0]);
      if (attachmentId) return http.call("dossiers.downloadAttachment", { path: { code, attachmentId } });
    }
    return "no dossier of the officer has an attachment";
  },
  "dossiers.listReusableDocuments": async ({ http, data }) => {
    const code = id(data.dossiers[0], "code");
    return code
      ? http.call("dossiers.listReusableDocuments", { path: { code } })
      : "the officer sees no dossier";
  },
  "dossiers.listFees": async ({ http, data }) => {
    const code = id(data.dossiers[0], "code");
    return code ? http.call("dossiers.listFees", { path: { code } }) : "the officer sees no dossier";
  },
  "dossiers.getPaymentRequest": async ({ http, data }) => {
    for (const dossier of data.dossiers.filter((item) => item.status === "awaiting_payment").slice(0, 10)) {
      const code = id(dossier, "code") ?? "";
      const fees = await http.call("dossiers.listFees", { path: { code } });
      const items = (fees.body as { items?: Record<string, unknown>[] })?.items ?? [];
      const paymentRequestId = items.map((fee) => id(fee, "paymentRequestId")).find(Boolean);
      if (paymentRequestId)
        return http.call("dossiers.getPaymentRequest", { path: { code, paymentRequestId } });
    }
    return "no dossier awaiting payment with a payment request";
  },
  "dossiers.listPaymentRequests": async ({ http, data }) => {
    const code = id(data.dossiers[0], "code");
    return code
      ? http.call("dossiers.listPaymentRequests", { path: { code } })
      : "the officer sees no dossier";
  },
  "dossiers.downloadReceipt": async ({ http, data }) => {
    for (const dossier of data.dossiers.slice(0, 40)) {
      const code = id(dossier, "code") ?? "";
      const fees = await http.call("dossiers.listFees", { path: { code } });
      const items = (fees.body as { items?: Record<string, unknown>[] })?.items ?? [];
      const receiptId = items.map((fee) => id(fee, "receiptId")).find(Boolean);
      if (receiptId) return http.call("dossiers.downloadReceipt", { path: { code, receiptId } });
    }
    return "no dossier of the officer has a receipt";
  },
  "dossiers.lookupStatus": async ({ http, data }) => {
    const code = id(data.dossiers[0], "code");
    // The kit holds no citizen's receipt, so its PIN is synthetic: the declared answer is then 404 (as for an
    // unknown code); a platform that answers 200 to any PIN is caught by the schema and the sandbox's own tests.
    return code
      ? http.call("dossiers.lookupStatus", {
          as: null,
          path: { code },
          headers: { "x-lookup-pin": "000000" },
        })
      : "no dossier";
  },
  "documents.list": ({ http }) => http.call("documents.list", { query: { limit: 10 } }),
  "documents.get": async ({ http, data }) => {
    const documentId = id(data.documents[0]);
    return documentId ? http.call("documents.get", { path: { documentId } }) : "no document";
  },
  "documents.download": async ({ http, data }) => {
    const documentId = id(data.documents[0]);
    return documentId ? http.call("documents.download", { path: { documentId } }) : "no document";
  },
  "signing.listProviders": ({ http }) => http.call("signing.listProviders"),
  "signing.listCertificates": async ({ http, data }) => {
    const provider = id(
      data.providers.find((item) => item.available !== false) ?? data.providers[0],
      "provider",
    );
    return provider ? http.call("signing.listCertificates", { path: { provider } }) : "no signing provider";
  },
  "feedback.list": ({ http }) => http.call("feedback.list", { query: { limit: 10 } }),
  "feedback.get": async ({ http, data }) => {
    const feedbackId = id(data.feedback[0]);
    return feedbackId ? http.call("feedback.get", { path: { feedbackId } }) : "no feedback";
  },
  "feedback.thread": async ({ http, data }) => {
    const feedbackId = id(data.feedback[0]);
    return feedbackId ? http.call("feedback.thread", { path: { feedbackId } }) : "no feedback";
  },
  "feedback.listCategories": ({ http }) => http.call("feedback.listCategories"),
  "open311.discover": ({ http }) => http.call("open311.discover", { as: null, path: { format: "json" } }),
  "open311.listServices": ({ http }) =>
    http.call("open311.listServices", { as: null, path: { format: "json" } }),
  "open311.getService": async ({ http, data }) => {
    const code = id(data.open311Services[0], "service_code");
    return code
      ? http.call("open311.getService", { as: null, path: { service_code: code, format: "json" } })
      : "no Open311 service";
  },
  "open311.listRequests": ({ http }) =>
    http.call("open311.listRequests", { as: null, path: { format: "json" } }),
  "open311.getRequest": async ({ http, data }) => {
    const requestId = id(data.open311Requests[0], "service_request_id");
    return requestId
      ? http.call("open311.getRequest", { as: null, path: { service_request_id: requestId, format: "json" } })
      : "no public Open311 request";
  },
  "calendar.listEvents": ({ http, data }) =>
    http.call("calendar.listEvents", {
      query: { from: shiftDay(data.today, -3), to: shiftDay(data.today, 3) },
    }),
  "calendar.getEvent": async ({ http, data }) => {
    const eventId = id(data.calendarEvents[0]);
    return eventId ? http.call("calendar.getEvent", { path: { eventId } }) : "no calendar event this week";
  },
  "meetings.list": ({ http, data }) =>
    http.call("meetings.list", { query: { from: shiftDay(data.today, -30), to: shiftDay(data.today, 30) } }),
  "meetings.get": async ({ http, data }) => {
    const meetingId = id(data.meetings[0]);
    return meetingId ? http.call("meetings.get", { path: { meetingId } }) : "the officer has no meeting";
  },
  "meetings.downloadDocument": async ({ http, data }) => {
    const meeting = data.meetings.find((item) => Array.isArray(item.documents) && item.documents.length > 0);
    const documentId = id((meeting?.documents as Record<string, unknown>[] | undefined)?.[0]);
    return meeting && documentId
      ? http.call("meetings.downloadDocument", { path: { meetingId: id(meeting) ?? "", documentId } })
      : "no meeting with documents";
  },
  "notifications.list": ({ http }) => http.call("notifications.list", { query: { limit: 10 } }),
  "notifications.stream": async ({ http }) => {
    // The headers tell: the stream itself is the stream rules' business.
    const controller = new AbortController();
    try {
      return await http.call("notifications.stream", { signal: controller.signal });
    } finally {
      controller.abort();
    }
  },
  "news.list": ({ http }) => http.call("news.list", { query: { limit: 5 } }),
  "news.get": async ({ http, data }) => {
    const articleId = id(data.news[0]);
    return articleId ? http.call("news.get", { path: { articleId } }) : "no news";
  },
  "indicators.listFields": ({ http }) => http.call("indicators.listFields"),
  "indicators.list": ({ http }) => http.call("indicators.list"),
  "indicators.series": async ({ http, data }) => {
    const code = id(data.indicators[0], "code");
    return code ? http.call("indicators.series", { path: { indicatorCode: code } }) : "no indicator";
  },
  "reports.timeliness": ({ http, data }) =>
    http.call("reports.timeliness", { query: { from: shiftDay(data.today, -60), to: data.today } }),
  "reports.decision766": async ({ http, data }) =>
    data.agencyCode
      ? http.call("reports.decision766", {
          query: { agencyCode: data.agencyCode, year: Number(data.today.slice(0, 4)) },
        })
      : "the officer's agency is unknown (no dossier)",
  "citizens.lookupAudit": ({ http }) =>
    http.has("leader")
      ? http.call("citizens.lookupAudit", { as: "leader" })
      : Promise.resolve("needs a leader token with citizens:lookup"),
  "officers.list": ({ http, data }) =>
    http.call("officers.list", {
      query: { limit: 5, ...(data.agencyCode ? { agencyCode: data.agencyCode } : {}) },
    }),
  "session.me": ({ http }) => http.call("session.me"),
} satisfies Record<string, Call>;
