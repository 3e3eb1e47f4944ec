// Once-only reuse: the applicant's stored documents, listed for the dossier and attached by reference; who sees
// them follows from the caller and the dossier, never from a parameter.
import { createClient } from "@chinhquyenso/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierRecord } from "../dataset/types";
import { apiError, startTestSandbox } from "../sandbox/sandbox.test-support";
import type { Sandbox } from "../sandbox/server";
import { storedDocumentsOf } from "../store/citizen-store";
import { DEFAULT_TOKENS } from "../store/principals";
import { sha256Hex } from "../store/uploads";

let sandbox: Sandbox;
beforeAll(async () => {
  ({ sandbox } = await startTestSandbox());
});
afterAll(() => sandbox.close());

const as = (token: string) =>
  createClient({ baseUrl: sandbox.url, auth: { token: () => token }, retry: false });
const officer = () => as(DEFAULT_TOKENS.officer);

/** Dossiers of the default officer's agency whose applicant has a citizen ID, with their stored documents. */
async function ownDossiers() {
  const agency = sandbox.store.currentUser.agencyCode;
  const found: { record: DossierRecord; count: number }[] = [];
  for (const record of sandbox.store.dossiers.values()) {
    if (record.agencyCode !== agency || !record.applicant.citizenId) continue;
    found.push({ record, count: (await storedDocumentsOf(sandbox.store, record)).length });
    if (found.length >= 40) break;
  }
  return found;
}

describe("dossiers.listReusableDocuments", () => {
  it("lists the applicant's stored documents newest first, the same on every call", async () => {
    const withDocuments = (await ownDossiers()).find((item) => item.count >= 2);
    if (!withDocuments) throw new Error("the sample data has no applicant with two stored documents");
    const { items } = await officer().dossiers.listReusableDocuments(withDocuments.record.code);
    expect(items).toHaveLength(withDocuments.count);
    const times = items.map((item) => Date.parse(item.storedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const item of items) {
      expect(item).toMatchObject({ contentType: "application/pdf", attachedAs: null });
      expect(item.title.length).toBeGreaterThan(0);
      expect(item.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const again = await officer().dossiers.listReusableDocuments(withDocuments.record.code);
    expect(again.items.map((item) => item.id)).toEqual(items.map((item) => item.id));
    // The citizen's ID number is never part of what the store shows (ids, names, codes).
    expect(JSON.stringify(items)).not.toContain(withDocuments.record.applicant.citizenId);
  });

  it("answers an empty list for an applicant with nothing stored", async () => {
    const empty = (await ownDossiers()).find((item) => item.count === 0);
    if (!empty) throw new Error("the sample data has no applicant with an empty store");
    expect(await officer().dossiers.listReusableDocuments(empty.record.code)).toEqual({ items: [] });
  });

  it("is for the dossier's agency only: another agency's officer gets 404, citizens and services 403", async () => {
    const [first] = await ownDossiers();
    if (!first) throw new Error("no dossier of the officer's agency");
    const code = first.record.code;
    const elsewhere = await apiError(as(DEFAULT_TOKENS.otherOfficer).dossiers.listReusableDocuments(code));
    expect(elsewhere.status).toBe(404);
    expect(JSON.stringify(elsewhere.problem)).not.toContain(first.record.applicant.citizenId);
    const citizen = await apiError(as(DEFAULT_TOKENS.citizen).dossiers.listReusableDocuments(code));
    expect(citizen.status).toBe(403);
    expect(citizen.problem).toMatchObject({ code: "principal_not_allowed" });
    const service = await apiError(as(DEFAULT_TOKENS.service).dossiers.listReusableDocuments(code));
    expect(service.status).toBe(403);
  });
});

describe("dossiers.reuseDocument", () => {
  it("attaches a stored document by reference: same bytes and hash, digitised kept, listed as attached", async () => {
    const target = (await ownDossiers()).find((item) => item.count >= 1);
    if (!target) throw new Error("no applicant with a stored document");
    const code = target.record.code;
    const [stored] = (await officer().dossiers.listReusableDocuments(code)).items;
    if (!stored) throw new Error("empty store");
    const attachment = await officer().dossiers.reuseDocument(code, {
      storedDocumentId: stored.id,
      kind: "supplement",
    });
    expect(attachment).toMatchObject({
      name: stored.name,
      sha256: stored.sha256,
      digitised: stored.digitised,
      kind: "supplement",
      reusedFrom: stored.id,
    });
    const { items: files } = await officer().dossiers.listAttachments(code);
    expect(files.map((item) => item.id)).toContain(attachment.id);
    const bytes = new Uint8Array(
      await (await (await officer().dossiers.downloadAttachment(code, attachment.id)).blob()).arrayBuffer(),
    );
    expect(await sha256Hex(bytes)).toBe(stored.sha256);
    const listed = await officer().dossiers.listReusableDocuments(code);
    expect(listed.items.find((item) => item.id === stored.id)?.attachedAs).toBe(attachment.id);
    // Twice is a mistake (a new intent, a new key): 409 already_attached, naming the attachment.
    const twice = await apiError(
      officer().dossiers.reuseDocument(code, { storedDocumentId: stored.id, kind: "supplement" }),
    );
    expect(twice.status).toBe(409);
    expect(twice.problem).toMatchObject({ code: "already_attached", attachmentId: attachment.id });
  });

  it("replays the first answer for the same Idempotency-Key", async () => {
    const target = (await ownDossiers()).filter((item) => item.count >= 1)[1];
    if (!target) throw new Error("no second applicant with a stored document");
    const code = target.record.code;
    const free = (await officer().dossiers.listReusableDocuments(code)).items.find(
      (item) => !item.attachedAs,
    );
    if (!free) throw new Error("nothing free to attach");
    const body = { storedDocumentId: free.id, kind: "application" as const };
    const first = await officer().dossiers.reuseDocument(code, body, { idempotencyKey: "reuse-key-0001" });
    const replay = await officer().dossiers.reuseDocument(code, body, { idempotencyKey: "reuse-key-0001" });
    expect(replay).toEqual(first);
    const attached = (await officer().dossiers.listAttachments(code)).items.filter(
      (item) => item.reusedFrom === free.id,
    );
    expect(attached).toHaveLength(1);
  });

  it("refuses a document of another applicant's store as missing (404), and callers out of reach", async () => {
    const dossiers = (await ownDossiers()).filter((item) => item.count >= 1);
    const [mine, theirs] = dossiers.filter(
      (item, index) =>
        dossiers.findIndex(
          (other) => other.record.applicant.citizenId === item.record.applicant.citizenId,
        ) === index,
    );
    if (!mine || !theirs) throw new Error("need two applicants with stored documents");
    const [foreign] = (await officer().dossiers.listReusableDocuments(theirs.record.code)).items;
    const refused = await apiError(
      officer().dossiers.reuseDocument(mine.record.code, {
        storedDocumentId: foreign?.id ?? "",
        kind: "other",
      }),
    );
    expect(refused.status).toBe(404);
    expect(JSON.stringify(refused.problem)).not.toMatch(/\d{9,12}/);
    const elsewhere = await apiError(
      as(DEFAULT_TOKENS.otherOfficer).dossiers.reuseDocument(mine.record.code, {
        storedDocumentId: foreign?.id ?? "",
        kind: "other",
      }),
    );
    expect(elsewhere.status).toBe(404);
    const citizen = await apiError(
      as(DEFAULT_TOKENS.citizen).dossiers.reuseDocument(mine.record.code, {
        storedDocumentId: foreign?.id ?? "",
        kind: "other",
      }),
    );
    expect(citizen.status).toBe(403);
  });
});
