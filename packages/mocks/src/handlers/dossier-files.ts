import { samplePdf } from "../pdf";
import { reuseStoredDocument, storedDocumentsOf, storedDocumentView } from "../store/citizen-store";
import { ensureAttachments } from "../store/dossier-ops";
import {
  confirmPayment,
  paymentRequestOf,
  paymentRequestsOf,
  requestPayment,
  settlePayments,
} from "../store/payment-ops";
import { notFound } from "../store/problem";
import { checkHash, checkUploads } from "../store/uploads";
import type { Resolvers } from "./context";
import { authorOf, dossierOf } from "./records";
import { file, json } from "./respond";

type FileOperations =
  | "dossiers.listAttachments"
  | "dossiers.uploadAttachment"
  | "dossiers.downloadAttachment"
  | "dossiers.listReusableDocuments"
  | "dossiers.reuseDocument"
  | "dossiers.listFees"
  | "dossiers.requestPayment"
  | "dossiers.getPaymentRequest"
  | "dossiers.listPaymentRequests"
  | "dossiers.confirmPayment"
  | "dossiers.downloadReceipt";

interface AttachmentUpload {
  file: Blob & { name?: string };
  kind: "application" | "supplement" | "result" | "other";
  digitised?: boolean;
  name?: string;
  sha256?: string;
}

export const dossierFileResolvers: Pick<Resolvers, FileOperations> = {
  "dossiers.listAttachments": (context) =>
    json("dossiers.listAttachments", 200, {
      items: [...ensureAttachments(context.store, dossierOf(context, context.path.code))],
    }),
  "dossiers.uploadAttachment": async (context) => {
    const { store } = context;
    const record = dossierOf(context, context.path.code);
    const body = await context.form<AttachmentUpload>();
    checkUploads("dossiers.uploadAttachment", [body.file]);
    const bytes = new Uint8Array(await body.file.arrayBuffer());
    const sha256 = await checkHash(bytes, body.sha256);
    const attachments = ensureAttachments(store, record);
    const id = store.nextId("att_u");
    const name = body.name?.trim() || body.file.name || "tep-dinh-kem";
    const contentType = body.file.type || "application/octet-stream";
    store.uploads.set(id, { name, contentType, bytes });
    const attachment = {
      id,
      name,
      contentType,
      size: body.file.size,
      digitised: body.digitised ?? false,
      kind: body.kind,
      uploadedAt: store.nowIso(),
      sha256,
    };
    attachments.push(attachment);
    record.version += 1;
    record.updatedAt = store.now();
    return json("dossiers.uploadAttachment", 201, attachment);
  },
  "dossiers.downloadAttachment": (context) => {
    const { store, path } = context;
    const record = dossierOf(context, path.code);
    const attachment = ensureAttachments(store, record).find((item) => item.id === path.attachmentId);
    if (!attachment) throw notFound(`Attachment ${path.attachmentId}`);
    const uploaded = store.uploads.get(attachment.id);
    if (uploaded) return file(uploaded.bytes, "application/octet-stream", attachment.name);
    return file(
      samplePdf([`Ho so ${record.code}`, attachment.name, record.procedureName]),
      "application/octet-stream",
      attachment.name,
    );
  },
  // Whose store: the dossier's applicant, reached only through a dossier the caller sees (404 otherwise);
  // the contract's x-principals keep citizens and service accounts out (403).
  "dossiers.listReusableDocuments": async (context) => {
    const { store } = context;
    const record = dossierOf(context, context.path.code);
    const documents = await storedDocumentsOf(store, record);
    return json("dossiers.listReusableDocuments", 200, {
      items: documents.map((document) => storedDocumentView(store, record, document)),
    });
  },
  "dossiers.reuseDocument": async (context) => {
    const record = dossierOf(context, context.path.code);
    const attachment = await reuseStoredDocument(context.store, record, await context.json());
    return json("dossiers.reuseDocument", 201, attachment);
  },
  "dossiers.listFees": (context) => {
    const { store, path } = context;
    const record = dossierOf(context, path.code);
    settlePayments(store, record);
    const total = record.fees.reduce((sum, fee) => sum + fee.amount, 0);
    const paid = record.fees.filter((fee) => fee.state === "paid").reduce((sum, fee) => sum + fee.amount, 0);
    return json("dossiers.listFees", 200, { items: record.fees.map((fee) => ({ ...fee })), total, paid });
  },
  "dossiers.requestPayment": async (context) => {
    const record = dossierOf(context, context.path.code);
    const request = requestPayment(context.store, record, await context.json());
    return json("dossiers.requestPayment", 201, request);
  },
  "dossiers.getPaymentRequest": (context) => {
    const record = dossierOf(context, context.path.code);
    return json(
      "dossiers.getPaymentRequest",
      200,
      paymentRequestOf(context.store, record, context.path.paymentRequestId),
    );
  },
  "dossiers.listPaymentRequests": (context) => {
    const record = dossierOf(context, context.path.code);
    return json("dossiers.listPaymentRequests", 200, { items: paymentRequestsOf(context.store, record) });
  },
  "dossiers.confirmPayment": (context) => {
    const record = dossierOf(context, context.path.code);
    return json(
      "dossiers.confirmPayment",
      200,
      confirmPayment(context.store, record, context.path.paymentRequestId, authorOf(context)),
    );
  },
  "dossiers.downloadReceipt": (context) => {
    const { path } = context;
    const record = dossierOf(context, path.code);
    const fee = record.fees.find((item) => item.receiptId === path.receiptId);
    if (!fee) throw notFound(`Receipt ${path.receiptId}`);
    const lines = [
      "BIEN LAI THU PHI, LE PHI",
      `Ho so: ${record.code}`,
      `Khoan thu: ${fee.name}`,
      `So tien: ${fee.amount} VND`,
    ];
    return file(samplePdf(lines), "application/pdf", `bien-lai-${path.receiptId}.pdf`);
  },
};
