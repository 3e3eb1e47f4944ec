// The applicant's store of documents (kho dữ liệu của công dân — once-only, docs/domain.md §1 "Once-only"): what a
// citizen submitted with earlier dossiers or holds as digitised results, which an officer attaches to a new dossier
// by reference instead of asking for it again. Seeded lazily per citizen from the data set's seed; whose store it is
// always comes from the dossier, and nothing here (ids, errors) carries the citizen's ID number.
import type { ApiAttachment, DossierRecord } from "../dataset/types";
import { samplePdf } from "../pdf";
import { createRandom } from "../random";
import { DAY_MS, HOUR_MS, isoOf, streamSeed } from "../util";
import { ensureAttachments } from "./dossier-ops";
import { conflict, notFound } from "./problem";
import type { MockStore } from "./store";
import { sha256Hex } from "./uploads";

type Kind = ApiAttachment["kind"];

/** One document of an applicant's store, with its bytes (what `dossiers.reuseDocument` copies). */
export interface StoredDocumentRecord {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly kind: "application" | "supplement" | "result" | "other";
  readonly digitised: boolean;
  readonly storedAt: number;
  readonly sourceDossierCode: string | null;
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

const CATALOGUE: readonly { title: string; name: string; kind: Kind; fromDossier: boolean }[] = [
  { title: "Giấy khai sinh", name: "giay-khai-sinh.pdf", kind: "result", fromDossier: true },
  {
    title: "Giấy xác nhận tình trạng hôn nhân",
    name: "xac-nhan-tinh-trang-hon-nhan.pdf",
    kind: "result",
    fromDossier: true,
  },
  {
    title: "Giấy chứng nhận đăng ký kết hôn",
    name: "dang-ky-ket-hon.pdf",
    kind: "result",
    fromDossier: true,
  },
  {
    title: "Giấy chứng nhận quyền sử dụng đất",
    name: "giay-chung-nhan-qsdd.pdf",
    kind: "result",
    fromDossier: true,
  },
  { title: "Tờ khai đăng ký cư trú", name: "to-khai-cu-tru.pdf", kind: "application", fromDossier: true },
  { title: "Bản vẽ hiện trạng nhà ở", name: "ban-ve-hien-trang.pdf", kind: "supplement", fromDossier: true },
  {
    title: "Bằng tốt nghiệp trung học phổ thông",
    name: "bang-tot-nghiep-thpt.pdf",
    kind: "other",
    fromDossier: false,
  },
  { title: "Giấy khám sức khỏe", name: "giay-kham-suc-khoe.pdf", kind: "other", fromDossier: false },
];

// Seeded on first use, per generated world (a cache, not data: `reset` makes a new world and forgets it).
// The promise is kept, so two first requests for one applicant share one seeding (the same ids).
const STORES = new WeakMap<object, Map<string, Promise<StoredDocumentRecord[]>>>();

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** `{agency}-{yyMMdd}-{NNNN}` on the day it was stored (docs/domain.md §1, dossier code). */
function dossierCodeOn(agencyCode: string, at: number, sequence: number): string {
  const day = new Date(at + 7 * HOUR_MS);
  const yymmdd = `${pad(day.getUTCFullYear() % 100, 2)}${pad(day.getUTCMonth() + 1, 2)}${pad(day.getUTCDate(), 2)}`;
  return `${agencyCode}-${yymmdd}-${pad(sequence, 4)}`;
}

async function seedStore(store: MockStore, citizenId: string, agencyCode: string) {
  const random = createRandom(streamSeed(store.datasetOptions.seed, `citizen-store:${citizenId}`));
  // About one citizen in five has nothing stored yet (the empty state is real).
  const count = random.next() < 0.2 ? 0 : random.int(1, 4);
  const titles = [...CATALOGUE];
  const documents: StoredDocumentRecord[] = [];
  for (let index = 0; index < count; index++) {
    const entry = titles.splice(random.int(0, titles.length - 1), 1)[0] as (typeof CATALOGUE)[number];
    // Between 10 days and about 2.5 years ago, at a whole hour of the morning.
    const day = Math.floor((store.now() - random.int(10, 900) * DAY_MS) / DAY_MS) * DAY_MS;
    const storedAt = day + random.int(1, 4) * HOUR_MS;
    const bytes = samplePdf([entry.title, `Luu tru ngay ${isoOf(storedAt).slice(0, 10)}`]);
    documents.push({
      id: store.nextId("sd"),
      name: entry.name,
      title: entry.title,
      kind: entry.kind,
      digitised: entry.kind === "result" || random.next() < 0.5,
      storedAt,
      sourceDossierCode: entry.fromDossier ? dossierCodeOn(agencyCode, storedAt, random.int(1, 400)) : null,
      bytes,
      sha256: await sha256Hex(bytes),
    });
  }
  return documents.sort((a, b) => b.storedAt - a.storedAt);
}

/** The stored documents of the dossier's applicant, newest first (none when the applicant has no citizen ID). */
export async function storedDocumentsOf(
  store: MockStore,
  record: DossierRecord,
): Promise<readonly StoredDocumentRecord[]> {
  const citizenId = record.applicant.citizenId;
  if (!citizenId) return [];
  let stores = STORES.get(store.world);
  if (!stores) {
    stores = new Map();
    STORES.set(store.world, stores);
  }
  let documents = stores.get(citizenId);
  if (!documents) {
    documents = seedStore(store, citizenId, record.agencyCode);
    stores.set(citizenId, documents);
  }
  return documents;
}

/** A stored document as the contract shows it, with the attachment of this dossier it already is, if any. */
export function storedDocumentView(store: MockStore, record: DossierRecord, document: StoredDocumentRecord) {
  const attached = ensureAttachments(store, record).find((item) => item.reusedFrom === document.id);
  return {
    id: document.id,
    name: document.name,
    title: document.title,
    kind: document.kind,
    contentType: "application/pdf",
    size: document.bytes.length,
    digitised: document.digitised,
    storedAt: isoOf(document.storedAt),
    sourceDossierCode: document.sourceDossierCode,
    sha256: document.sha256,
    attachedAs: attached?.id ?? null,
  };
}

/**
 * Attaches a stored document of the applicant to the dossier by reference: its bytes, hash and `digitised` flag
 * are copied. Outside the applicant's store: 404, as a missing one; already attached: 409 `already_attached`.
 */
export async function reuseStoredDocument(
  store: MockStore,
  record: DossierRecord,
  body: { storedDocumentId: string; kind: Kind },
): Promise<ApiAttachment> {
  const document = (await storedDocumentsOf(store, record)).find((item) => item.id === body.storedDocumentId);
  if (!document) throw notFound(`Stored document ${body.storedDocumentId}`);
  const attachments = ensureAttachments(store, record);
  const existing = attachments.find((item) => item.reusedFrom === document.id);
  if (existing)
    throw conflict("already_attached", `This document is already attached as ${existing.id}.`, {
      attachmentId: existing.id,
    });
  const id = store.nextId("att_r");
  store.uploads.set(id, { name: document.name, contentType: "application/pdf", bytes: document.bytes });
  const attachment: ApiAttachment = {
    id,
    name: document.name,
    contentType: "application/pdf",
    size: document.bytes.length,
    digitised: document.digitised,
    kind: body.kind,
    uploadedAt: store.nowIso(),
    sha256: document.sha256,
    reusedFrom: document.id,
  };
  attachments.push(attachment);
  record.version += 1;
  record.updatedAt = store.now();
  return attachment;
}
