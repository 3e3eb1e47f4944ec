// Valid inputs for every operation, taken from the store of a sandbox, and the calls that use them.
import type { ChinhQuyenSoClient } from "@chinhquyenso/client";
import type { OperationId } from "../openapi/document";
import type { Sandbox } from "../sandbox/server";
import { dossierLookupPin } from "../store/lookup-pin";

function pick<T>(items: Iterable<T>, predicate: (item: T) => boolean, what: string): T {
  for (const item of items) if (predicate(item)) return item;
  throw new Error(`the sample data has no ${what}`);
}

/** One call per operation with valid inputs; the compiler fails when an operation of the contract is missing. */
export function contractCalls(
  sandbox: Sandbox,
  client: ChinhQuyenSoClient,
): Record<OperationId, () => Promise<unknown>> {
  const store = sandbox.store;
  const me = store.currentUser.id;
  const dossiers = [...store.dossiers.values()];
  const documents = [...store.documents.values()];
  const feedback = [...store.feedback.values()];
  const processing = pick(dossiers, (item) => item.status === "processing", "processing dossier");
  const received = pick(dossiers, (item) => item.status === "received", "received dossier");
  const overdue = pick(
    dossiers,
    (item) =>
      item.status === "processing" && item.dueMs !== null && item.dueMs < store.now() - 86_400_000 * 2,
    "overdue dossier",
  );
  const unpaid = pick(
    dossiers,
    (item) => item.fees.some((fee) => fee.state === "unpaid"),
    "dossier with an unpaid fee",
  );
  const withPayment = pick(
    dossiers,
    (item) => item.paymentRequests.length > 0,
    "dossier with a payment request",
  );
  const paidOnPlatform = pick(
    dossiers,
    (item) => item.paymentRequests.some((request) => request.state === "paid"),
    "dossier with a paid payment request",
  );
  const withReceipt = pick(
    dossiers,
    (item) => item.fees.some((fee) => fee.receiptId),
    "dossier with a receipt",
  );
  const incoming = pick(
    documents,
    (item) => item.direction === "incoming" && item.state === "received",
    "incoming document to assign",
  );
  const awaiting = documents.filter((item) => item.state === "awaiting_signature");
  const resolved = pick(feedback, (item) => item.status === "resolved", "resolved feedback");
  const closed = pick(feedback, (item) => item.status === "closed", "closed feedback");
  const inProgress = pick(feedback, (item) => item.status === "in_progress", "feedback in progress");
  const open311 = pick(feedback, (item) => item.public === true, "public feedback");
  const meeting = pick(
    store.meetings.values(),
    (item) => item.state === "scheduled" && item.documents.length > 0,
    "scheduled meeting",
  );
  const documentItem = (index: number) => ({
    source: "document" as const,
    documentId: (awaiting[index] ?? awaiting[0])?.id ?? "",
    format: "pades" as const,
  });
  const pdf = () => new Blob(["%PDF-1.7 sample"], { type: "application/pdf" });

  return {
    "agencies.list": () => client.agencies.list(),
    "agencies.get": () => client.agencies.get(store.world.agencies[1]?.code ?? ""),
    "procedures.list": () => client.procedures.list({ limit: 5 }),
    "procedures.get": () => client.procedures.get(store.world.procedures[0]?.code ?? ""),
    "procedures.listFields": () => client.procedures.listFields(),
    "holidays.list": () => client.holidays.list({ year: 2026 }),
    "dossiers.list": () => client.dossiers.list({ queue: "due_or_overdue", limit: 10 }),
    "dossiers.counts": () => client.dossiers.counts({ assignee: "me" }),
    "dossiers.get": () => client.dossiers.get(processing.code),
    "dossiers.history": () => client.dossiers.history(processing.code),
    "dossiers.transition": async () => {
      const view = await client.dossiers.get(received.code);
      return client.dossiers.transition(
        received.code,
        { action: "start_processing", assigneeId: me },
        { ifMatch: view.etag },
      );
    },
    "dossiers.createApologyLetter": () =>
      client.dossiers.createApologyLetter(overdue.code, {
        reason: "Cần xác minh thêm thông tin tại địa phương.",
        newDueAt: "2026-12-15T17:00:00+07:00",
      }),
    "dossiers.getApologyLetter": () => client.dossiers.getApologyLetter(overdue.code),
    "dossiers.listAttachments": () => client.dossiers.listAttachments(processing.code),
    "dossiers.uploadAttachment": () =>
      client.dossiers.uploadAttachment(processing.code, {
        file: pdf(),
        kind: "supplement",
        digitised: true,
        name: "giấy-khai-sinh.pdf",
      }),
    "dossiers.downloadAttachment": async () => {
      const { items } = await client.dossiers.listAttachments(processing.code);
      return (await client.dossiers.downloadAttachment(processing.code, items[0]?.id ?? "")).blob();
    },
    "dossiers.listReusableDocuments": () => client.dossiers.listReusableDocuments(processing.code),
    "dossiers.reuseDocument": async () => {
      // The first dossier in processing whose applicant has a stored document not yet attached.
      for (const dossier of dossiers.filter((item) => item.status === "processing").slice(0, 20)) {
        const { items } = await client.dossiers.listReusableDocuments(dossier.code);
        const free = items.find((item) => item.attachedAs === null);
        if (free)
          return client.dossiers.reuseDocument(dossier.code, {
            storedDocumentId: free.id,
            kind: "supplement",
          });
      }
      throw new Error("the sample data has no applicant with a stored document");
    },
    "dossiers.listFees": () => client.dossiers.listFees(unpaid.code),
    "dossiers.requestPayment": () =>
      client.dossiers.requestPayment(unpaid.code, {
        feeIds: [unpaid.fees.find((fee) => fee.state === "unpaid")?.id ?? ""],
      }),
    "dossiers.getPaymentRequest": () =>
      client.dossiers.getPaymentRequest(withPayment.code, withPayment.paymentRequests[0]?.id ?? ""),
    "dossiers.listPaymentRequests": () => client.dossiers.listPaymentRequests(withPayment.code),
    "dossiers.confirmPayment": () =>
      client.dossiers.confirmPayment(
        paidOnPlatform.code,
        paidOnPlatform.paymentRequests.find((request) => request.state === "paid")?.id ?? "",
      ),
    "dossiers.downloadReceipt": async () =>
      (
        await client.dossiers.downloadReceipt(
          withReceipt.code,
          withReceipt.fees.find((fee) => fee.receiptId)?.receiptId ?? "",
        )
      ).blob(),
    "dossiers.lookupStatus": () =>
      client.dossiers.lookupStatus(processing.code, { lookupPin: dossierLookupPin(store, processing.code) }),
    "documents.list": () => client.documents.list({ direction: "incoming", limit: 10 }),
    "documents.get": () => client.documents.get(incoming.id),
    "documents.download": async () => (await client.documents.download(incoming.id)).blob(),
    "documents.assign": async () => {
      const view = await client.documents.get(incoming.id);
      return client.documents.assign(
        incoming.id,
        { instruction: "Chủ trì tham mưu.", assignments: [{ role: "lead", assigneeId: me }] },
        { ifMatch: view.etag },
      );
    },
    "documents.complete": async () => {
      const view = await client.documents.get(incoming.id);
      return client.documents.complete(
        incoming.id,
        { comment: "Đã tham mưu văn bản trả lời." },
        { ifMatch: view.etag },
      );
    },
    "signing.listProviders": () => client.signing.listProviders(),
    "signing.listCertificates": () => client.signing.listCertificates("smartca"),
    "signing.createRequest": () =>
      client.signing.createRequest({ provider: "mysign", kind: "approval", items: [documentItem(0)] }),
    "signing.getRequest": () => client.signing.getRequest([...store.signingRequests.keys()][0] ?? ""),
    "signing.confirm": async () => {
      const serial =
        store.world.certificates.neac?.find((certificate) => certificate.status === "valid")?.serial ?? "";
      const created = await client.signing.createRequest({
        provider: "neac",
        certificateSerial: serial,
        kind: "approval",
        items: [documentItem(1)],
      });
      return client.signing.confirm(created.id, { otp: store.signing.otp });
    },
    "signing.cancel": async () => {
      const created = await client.signing.createRequest({
        provider: "vgca",
        kind: "approval",
        items: [documentItem(2)],
      });
      return client.signing.cancel(created.id);
    },
    "signing.uploadSigned": async () => {
      const created = await client.signing.createRequest({
        provider: "vgca",
        kind: "issuance",
        items: [documentItem(3)],
      });
      return client.signing.uploadSigned(created.id, { file: pdf(), itemIndex: 0 });
    },
    "feedback.list": () => client.feedback.list({ status: ["in_progress"], limit: 10 }),
    "feedback.create": () =>
      client.feedback.create({
        title: "Đèn đường không sáng",
        description: "Ba trụ đèn không sáng từ tối qua.",
        channel: "phone",
        categoryCode: "street_lighting",
        public: true,
      }),
    "feedback.get": () => client.feedback.get(inProgress.id),
    "feedback.thread": () => client.feedback.thread(inProgress.id, { visibility: "public" }),
    "feedback.postUpdate": () =>
      client.feedback.postUpdate(inProgress.id, {
        entryType: "public_reply",
        body: "Đơn vị đã thay bóng đèn.",
        files: [new Blob(["ảnh"], { type: "image/jpeg" })],
        fileAlts: ["Ảnh hiện trường"],
      }),
    "feedback.assign": async () => {
      const view = await client.feedback.get(inProgress.id);
      return client.feedback.assign(
        inProgress.id,
        { assigneeId: me, note: "Ưu tiên xử lý." },
        { ifMatch: view.etag },
      );
    },
    "feedback.reopen": () => client.feedback.reopen(resolved.id, { reason: "Đèn lại hư sau hai ngày." }),
    "feedback.rate": () => client.feedback.rate(closed.id, { rating: 4, comment: "Xử lý nhanh." }),
    "feedback.listCategories": () => client.feedback.listCategories(),
    "open311.discover": () => client.open311.discover("json"),
    "open311.listServices": () => client.open311.listServices("json"),
    "open311.getService": () => client.open311.getService("street_lighting", "json"),
    "open311.listRequests": () => client.open311.listRequests("json", { status: ["open"] }),
    "open311.createRequest": () =>
      client.open311.createRequest("json", {
        api_key: "open311-sandbox-key",
        service_code: "street_lighting",
        lat: 10.9804,
        long: 106.6519,
        description: "Trụ đèn số 3 không sáng.",
        "attribute[hien_tuong]": "khong_sang",
      }),
    "open311.getRequest": () => client.open311.getRequest(open311.code, "json"),
    "calendar.listEvents": () => client.calendar.listEvents({ from: "2026-11-23", to: "2026-11-29" }),
    "calendar.getEvent": () => client.calendar.getEvent(store.world.calendarEvents[0]?.id ?? ""),
    "meetings.list": () => client.meetings.list({ from: "2026-11-01", to: "2026-12-31" }),
    "meetings.get": () => client.meetings.get(meeting.id),
    "meetings.downloadDocument": async () =>
      (await client.meetings.downloadDocument(meeting.id, meeting.documents[0]?.id ?? "")).blob(),
    "meetings.confirmAttendance": () =>
      client.meetings.confirmAttendance(meeting.id, {
        response: "delegated",
        delegateName: "Nguyễn Thị Lan",
      }),
    "notifications.list": () => client.notifications.list({ unread: true }),
    "notifications.markRead": () => client.notifications.markRead([...store.notifications.keys()][0] ?? ""),
    "notifications.markAllRead": () =>
      client.notifications.markAllRead({ before: "2026-11-20T00:00:00+07:00" }),
    "notifications.stream": async () => {
      const controller = new AbortController();
      const events = client.notifications.stream({ signal: controller.signal })[Symbol.asyncIterator]();
      const first = events.next();
      // The event must happen after the stream is subscribed, or it would only be in the replay buffer.
      for (let wait = 0; store.events.subscriberCount === 0 && wait < 200; wait++)
        await new Promise((resolve) => setTimeout(resolve, 10));
      const view = await client.feedback.get(
        feedback.find((item) => item.status === "pending_assignment")?.id ?? inProgress.id,
      );
      await client.feedback.assign(view.id, { assigneeId: me }, { ifMatch: view.etag });
      // Other state changes (a signing request completing on its timer) may be announced in between.
      let event = await first;
      const seen: string[] = [];
      while (event.value && event.value.type !== "feedback.assigned" && seen.length < 20) {
        seen.push(event.value.type);
        event = await events.next();
      }
      controller.abort();
      if (event.value?.type !== "feedback.assigned")
        throw new Error(`expected feedback.assigned, got ${[...seen, event.value?.type].join(", ")}`);
      return event.value;
    },
    "officers.list": () => client.officers.list({ agencyCode: store.currentUser.agencyCode, limit: 5 }),
    "session.me": () => client.session.me(),
    "news.list": () => client.news.list({ category: "news", limit: 5 }),
    "news.get": () => client.news.get(store.world.news[0]?.id ?? ""),
    "indicators.listFields": () => client.indicators.listFields(),
    "indicators.list": () => client.indicators.list(),
    "indicators.series": () =>
      client.indicators.series(store.world.indicators[0]?.code ?? "", { from: "2026-01", to: "2026-Q3" }),
    "reports.timeliness": () =>
      client.reports.timeliness({ from: "2026-09-01", to: "2026-11-25", granularity: "month" }),
    "reports.decision766": () =>
      client.reports.decision766({ agencyCode: store.currentUser.agencyCode, year: 2026, quarter: 3 }),
    "citizens.lookupHousehold": () =>
      client.citizens.lookupHousehold(
        { citizenId: processing.applicant.citizenId ?? "" },
        { lookupReason: `Xác minh cư trú cho hồ sơ ${processing.code}` },
      ),
    "citizens.lookupAudit": () => client.citizens.lookupAudit({ limit: 5 }),
    "citizens.recordReveal": async () => {
      const household = await client.citizens.lookupHousehold(
        { citizenId: processing.applicant.citizenId ?? "" },
        { lookupReason: `Xác minh cư trú cho hồ sơ ${processing.code}`, lookupPurpose: "dossier_processing" },
      );
      return client.citizens.recordReveal(household.lookupId, { field: "address", memberIndex: null });
    },
    "integrations.sendTestDeliveries": () =>
      client.integrations.sendTestDeliveries({
        types: ["feedback.created"],
        url: `${sandbox.url}/__no-receiver`,
      }),
  };
}
